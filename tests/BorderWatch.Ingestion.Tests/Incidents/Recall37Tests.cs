using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records missed or given the wrong status (recall37): a protest note handed in a verb conjoined to the predicate
/// ("summoned the ambassador and gave him a protest note"); a week-ahead whose period line ("Monday 14 June - Sunday
/// 20 June 2027") lies after the day the page came in is written before that period, so its items told in the present
/// are planned. Texts of our own, in no corpus.
/// </summary>
public class Recall37Tests
{
    [Theory]
    [InlineData("On Tuesday Turkmenistan's foreign ministry called in the Afghan charge d'affaires in Ashgabat and gave him a note of protest.")]
    [InlineData("The Kazakh foreign ministry summoned the Kyrgyz envoy in Astana on Monday and handed him a protest note.")]
    public void A_protest_note_handed_after_a_summons_is_a_statement(string text)
    {
        var found = Detect.All(text, "2027-06-10");
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(text, found));
    }

    [Fact]
    public void A_summons_with_a_meeting_conjoined_stays_no_protest()
    {
        const string text = "The Kazakh foreign ministry summoned the Kyrgyz envoy in Astana on Monday and gave him a briefing on the new visa rules.";
        var found = Detect.All(text, "2027-06-10");
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    private const string WeekAhead =
        "REGIONAL DIARY - THE WEEK AHEAD\n" +
        "Monday 14 June - Sunday 20 June 2027\n" +
        "Put together on Thursday 10 June. Subject to change.\n\n" +
        "WEDNESDAY 16 JUNE\n" +
        "- KHOROG: Tajik and Afghan border commissioners meet at the Tem bridge on the spring flood; a Tajik deputy minister attends.\n\n" +
        "FRIDAY 18 JUNE\n" +
        "- OSH: Ballet premiere.";

    private static DateContext Context(PartialDate received) =>
        DateRules.Default.Resolver.ContextFor(WeekAhead, TextSegmenter.Sentences(WeekAhead), PartialDate.Unknown, received);

    [Fact]
    public void A_period_line_after_the_received_day_is_a_week_ahead_written_before_it()
    {
        var context = Context(PartialDate.OfDay(2027, 6, 12));
        context.Reference.ShouldBe(PartialDate.OfDay(2027, 6, 13));
    }

    [Fact]
    public void A_period_line_before_the_received_day_still_dates_the_page_by_its_end()
    {
        var context = Context(PartialDate.OfDay(2027, 6, 25));
        context.Reference.ShouldBe(PartialDate.OfDay(2027, 6, 20));
    }

    // Wednesday 15 September 2027; the same day and weekday fell last in 2021.
    private const string Programme =
        "Programme: Rivers and Frontiers workshop\n\n" +
        "Department of History and Law, Khujand State University - 15-16 September 2027\n\n" +
        "Wednesday 15 September\n\n" +
        "10:00 Panel 1. Abstract. In May 2027 Tajik and Uzbek border units trained together at Bekabad for the first time.";

    [Fact]
    public void A_weekday_line_takes_the_year_its_header_states_even_after_the_received_day()
    {
        var context = DateRules.Default.Resolver.ContextFor(Programme, TextSegmenter.Sentences(Programme), PartialDate.Unknown, PartialDate.OfDay(2027, 9, 1));
        context.Reference.ShouldBe(PartialDate.OfDay(2027, 9, 15));
    }
}
