using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// fields47: (1) a past participle on a noun beside a future verb ("will use boats delivered from Uzbekistan in August") tells
/// an act of its own: its bare month is read in the year of writing (not pushed to next year by "will"), and the act is
/// reported when that month is not after the writing, planned when it is (<c>IncidentDating.OfNounParticiple</c>,
/// <c>ParticipleActs</c>); a month that "last year" qualifies, or a past act, stays past. Sentences of our own, in no corpus.
/// </summary>
public class Fields47Tests
{
    private const string Lead = "DUSHANBE - Tajik border officials opened a new frontier post on the Panj river this week.\n\n";
    private const string Boats = "The post's guards will use six patrol boats delivered from Uzbekistan in August, officials said.";

    [Fact]
    public void A_participle_month_before_the_writing_is_this_year_and_reported()
    {
        var text = Lead + Boats;
        var boats = Detect.Quoting(text, "patrol boats", "2026-11-28");
        boats.Date.ShouldBe(PartialDate.OfMonth(2026, 8), Detect.Describe(text, [boats]));
        boats.Status.ShouldBe(IncidentStatus.Reported, Detect.Describe(text, [boats]));
    }

    /// <summary>The same words written in June: August is still to come, so the delivery is planned, this year.</summary>
    [Fact]
    public void A_participle_month_after_the_writing_is_still_planned()
    {
        var text = Lead + Boats;
        var boats = Detect.Quoting(text, "patrol boats", "2026-06-10");
        boats.Date.ShouldBe(PartialDate.OfMonth(2026, 8), Detect.Describe(text, [boats]));
        boats.Status.ShouldBe(IncidentStatus.Planned, Detect.Describe(text, [boats]));
    }

    /// <summary>A participle with no time of its own tells nothing past: the future verb plans the clause.</summary>
    [Fact]
    public void A_participle_without_a_time_of_its_own_leaves_the_plan()
    {
        var text = Lead + "The post's guards will use six patrol boats delivered from Uzbekistan, officials said.";
        var boats = Detect.Quoting(text, "patrol boats", "2026-11-28");
        boats.Status.ShouldBe(IncidentStatus.Planned, Detect.Describe(text, [boats]));
    }

    /// <summary>A future verb with its own month ahead, no participle: next year's month, planned.</summary>
    [Fact]
    public void A_future_verb_with_its_own_month_still_looks_ahead()
    {
        var text = Lead + "Uzbekistan will deliver six patrol boats to the Tajik border guards in August, officials said.";
        var boats = Detect.Quoting(text, "patrol boats", "2026-11-28");
        boats.Date.ShouldBe(PartialDate.OfMonth(2027, 8), Detect.Describe(text, [boats]));
        boats.Status.ShouldBe(IncidentStatus.Planned, Detect.Describe(text, [boats]));
    }

    /// <summary>A past act, or a month that "last year" qualifies, is past.</summary>
    [Theory]
    [InlineData("The two border services held a joint rescue exercise on the Kairakkum reservoir in May last year, the committee said.", "rescue exercise", 2025)]
    [InlineData("The two border services held the joint rescue exercise they had wanted on the Kairakkum reservoir in May, the committee said.", "rescue exercise", 2026)]
    public void A_past_month_stays_past(string sentence, string words, int year)
    {
        var text = Lead + sentence;
        var found = Detect.Quoting(text, words, "2026-11-28");
        found.Status.ShouldBe(IncidentStatus.Reported, Detect.Describe(text, [found]));
        found.Date.ShouldBe(PartialDate.OfMonth(year, 5), Detect.Describe(text, [found]));
    }
}
