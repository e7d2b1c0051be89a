using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall45 (issue 8): a clause that names its party only by a definite reference ("The border department warned on
/// Thursday ...", "In October the department bought ...", "The two services will hold ...") several paragraphs after the
/// story named its states speaks of those states (<c>StoryParties</c>): before, the builder looked only three sentences
/// (two paragraphs) back and dropped it. Sentences of our own, in no corpus; each paragraph a sentence, as wire copy is.
/// </summary>
public class Recall45StoryPartiesTests
{
    private const string Published = "2026-11-20";

    // The story's states are named in the first paragraph only; four paragraphs without a state follow.
    private static readonly string[] Story =
    [
        "Kazakh border guards detained two Uzbek shepherds who had driven sheep across the line near Saryagash on Tuesday night, the regional border department said.",
        "The men were taken to the post and questioned.",
        "Their flock, about sixty sheep, was kept in a pen overnight.",
        "Villagers in Zhibek Zholy said grazing on both sides of the ditch had been common for years.",
        "Prices for lamb at the market have risen since the autumn.",
    ];

    private static string Told(string last) => string.Join("\n\n", Story.Append(last));

    [Theory]
    [InlineData("The border department warned on Thursday that any herder who drives animals over the line will lose the flock.", IncidentType.Statement, "2026-11-19")]
    [InlineData("In October the department bought four thermal imagers for its posts near Saryagash.", IncidentType.ArmsTransfer, "2026-10")]
    [InlineData("The two services will hold a joint search drill near Saryagash on 3 December.", IncidentType.Exercise, "2026-12-03")]
    public void A_definite_party_far_from_the_states_speaks_for_the_story_s_parties(string last, IncidentType type, string date)
    {
        var text = Told(last);
        var found = Detect.All(text, Published);
        var late = found.FirstOrDefault(i => text[i.ExcerptStart..i.ExcerptEnd] == last);
        late.ShouldNotBeNull(Detect.Describe(text, found));
        late.Type.ShouldBe(type, Detect.Describe(text, found));
        late.Date.ToString().ShouldBe(date, Detect.Describe(text, found));
        late.BorderCode.ShouldBe("KAZ-UZB", Detect.Describe(text, found));
    }

    [Theory]
    // A law's summary: whoever crosses faces prison, with no speaker and no day.
    [InlineData("Under the criminal code, anyone who crosses the border outside a checkpoint faces up to two years in prison.")]
    // A habit with no start.
    [InlineData("The department usually publishes its figures at the end of each month.")]
    // A wait, no act.
    [InlineData("Since Monday the drivers have been waiting at the gate.")]
    // The party's act told in a relative clause, background to the release of the men already on record.
    [InlineData("The shepherds, whom the department questioned for six hours, were released on Thursday.")]
    public void What_is_no_act_of_a_party_gets_no_record_however_the_story_names_its_parties(string last)
    {
        var text = Told(last);
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.ExcerptStart >= text.IndexOf(last, StringComparison.Ordinal), Detect.Describe(text, found));
    }

    [Fact]
    public void A_page_that_names_no_state_lends_no_parties()
    {
        var text = string.Join("\n\n", Story.Skip(1).Append("The border department warned on Thursday that any herder who drives animals over the line will lose the flock."));
        var found = Detect.All(text, Published);
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }
}
