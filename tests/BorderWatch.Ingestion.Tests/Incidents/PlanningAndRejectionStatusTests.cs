using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// status22: events governed by a planning verb are planned (AccountStatus.Intended, status.json planningVerbs); people
/// with no office named a long way before their report verb give an unconfirmed account (AccountStatus.LayAccount);
/// rejections worded without a denial verb ("rejecting accusations", "a distortion", "called ... invented") are denials.
/// </summary>
public class PlanningAndRejectionStatusTests
{
    private const string Published = "2026-12-05";

    [Theory]
    [InlineData("Kazakh and Chinese border units plan their first joint exercise near Khorgos, the Kazakh Border Service said.", "joint exercise")]
    [InlineData("The Kyrgyz defence ministry plans an exercise in Naryn region in the spring.", "plans an exercise")]
    [InlineData("The Kazakh and Chinese border services hope to sign a protocol on river patrols in the summer, the ministry added.", "sign a protocol")]
    [InlineData("The Kazakh government intends to open two new border posts on the Chinese frontier.", "border posts")]
    public void An_event_a_planning_verb_governs_is_planned(string text, string words) =>
        Detect.Quoting(text, words, Published).Status.ShouldBe(IncidentStatus.Planned, text);

    [Fact]
    public void A_noun_plan_plans_nothing()
    {
        const string text = "Under a plan their ministers signed in May, Kazakh troops withdrew from the lake shore in June.";
        NoIncident(text, IncidentStatus.Planned);
    }

    [Theory]
    [InlineData("Chinese armoured vehicles were seen moving along the frontier road on Thursday evening, residents of the nearby village of Koktal on the Kazakh side said.")]
    [InlineData("Stallholders in the Zharkent bazaar told the paper they had seen Chinese troops dig trenches near the river on Tuesday.")]
    [InlineData("Kazakh guards fired at a boat near the shore on Monday, fishermen from the village of Akzhar on the lake said.")]
    [InlineData("Truckers waiting at the Nur-Zholy crossing write to us that Chinese guards deployed more armoured cars at the crossing on Friday.")]
    public void People_with_no_office_named_far_before_their_verb_give_an_unconfirmed_account(string text) =>
        EveryIncident(text, IncidentStatus.Unconfirmed);

    [Fact]
    public void People_who_are_told_something_give_no_account()
    {
        const string text = "Kazakh patrols on the lake shore near Akzhar have been doubled since Monday, the Border Service said, and fishermen have been told to stay off the water at night.";
        EveryIncident(text, IncidentStatus.Reported);
    }

    [Fact]
    public void Officials_after_a_comma_stay_on_the_record()
    {
        const string text = "Chinese armoured vehicles moved along the frontier road near the village of Koktal on Thursday evening, the Kazakh Border Service said.";
        EveryIncident(text, IncidentStatus.Reported);
    }

    [Theory]
    [InlineData("The Kazakh defence ministry on Friday called the posts a distortion of the facts.")]
    [InlineData("A state newspaper carried a statement by the Kazakh foreign ministry on Friday rejecting Chinese accusations that a Kazakh drone had crashed near Khorgos.")]
    [InlineData("The Kazakh Border Service called the photographs staged and said its guards had stayed on their side of the lake.")]
    [InlineData("I asked the Kazakh border guards whether Chinese herders graze their sheep on the shore, and they said such a thing never happens there.")]
    public void A_rejection_without_a_denial_verb_is_denied(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(text);
        found.ShouldContain(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Chinese bloggers claimed on Thursday that Kazakh troops had crossed the Khorgos river and dug trenches on the Chinese bank. Kazakhstan's Border Service on Friday dismissed the videos as fakes.", "crossed the Khorgos")]
    [InlineData("According to the Chinese statement, Kazakh soldiers had been building firing positions near the river since Monday. On Friday evening a Kazakh Border Service spokesman described that claim as pure fabrication.", "firing positions")]
    public void A_rejection_of_the_videos_or_that_claim_denies_the_claim_before(string text, string words) =>
        Detect.Quoting(text, words, Published).Status.ShouldBe(IncidentStatus.Denied, text);

    [Fact]
    public void A_pronoun_after_a_new_speaker_does_not_continue_the_denial_before()
    {
        const string text = "On Friday evening a Kazakh Border Service spokesman described that claim as pure fabrication. " +
                            "Valery Orlov, a Russian analyst, added to the confusion when he said on Saturday that the trenches had been dug by smugglers.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart).Contains("Orlov"), Detect.Describe(text, found));
    }

    // Some incident is found in the text, and every one has (or none has) the status.
    private static void EveryIncident(string text, IncidentStatus status)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status == status, Detect.Describe(text, found));
    }

    private static void NoIncident(string text, IncidentStatus status)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status != status, Detect.Describe(text, found));
    }
}
