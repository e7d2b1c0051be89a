using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// status29: the plan of a clause read on its own predicate (Incidents/PlanScope.cs, status.json prospectVerbs,
/// planningVerbs "expect"); an office among lay sources puts their account on the record; unnamed outlets ("websites",
/// "channels") give an unconfirmed account; a speaker's negation in a turn does not deny the speaker's own account.
/// Sentences of our own, in no corpus.
/// </summary>
public class Status29Tests
{
    private static string Describe(string text, string? published) => Detect.Describe(text, Detect.All(text, published));

    [Theory]
    [InlineData("A joint session of the two border commissions on the spring flooding is scheduled to take place in Osh at the end of March.", "joint session", "2026-03-02")]
    [InlineData("A Kazakh delegation is expected in Khorgos next week to inspect the new terminal, the regional administration said.", "Kazakh delegation", "2026-03-02")]
    [InlineData("Deputy ministers of both states are expected in Isfara on Thursday to walk the disputed road, the Tajik government said.", "Deputy ministers", "2026-03-02")]
    [InlineData("We expect to sign an agreement on joint patrols of the lake with the Kazakh side in April.", "joint patrols", "2026-03-02")]
    public void A_predicate_still_to_come_is_planned(string text, string words, string published) =>
        Detect.Quoting(text, words, published).Status.ShouldBe(IncidentStatus.Planned, Describe(text, published));

    [Theory]
    [InlineData("On Tuesday the Kyrgyz and Tajik governors signed a protocol under which their guards will patrol the canal together.", "protocol", "2026-03-05")]
    [InlineData("Uzbek troops retook the hilltop post on Sunday from a band of smugglers that would not give up its rifles, the ministry said.", "hilltop post", "2026-03-05")]
    [InlineData("After the talks Kyrgyz and Uzbek commanders signed a memorandum under which mixed teams will survey the pastures.", "memorandum", "2026-03-05")]
    [InlineData("Kyrgyz and Tajik commanders met at the bridge on Tuesday and agreed that both sides would withdraw their patrols from the bank.", "met at the bridge", "2026-03-05")]
    [InlineData("Under an agreement signed in Osh on Monday by Kyrgyz and Uzbek customs chiefs, the Dostuk crossing will also open at night from April.", "agreement signed", "2026-03-05")]
    public void A_future_word_of_another_clause_leaves_a_past_act_reported(string text, string words, string published) =>
        Detect.Quoting(text, words, published).Status.ShouldBe(IncidentStatus.Reported, Describe(text, published));

    [Theory]
    [InlineData("The Kyrgyz government announced on Monday it would build two new posts near the Tajik border.", "new posts")]
    [InlineData("Kyrgyz guards detained three herders near the canal on Monday, the Border Service said.", "detained")]
    [InlineData("The minister's last stop will be Kyrgyzstan, where some 500 Russian airmen are stationed at the Kant base.", "stationed")]
    public void The_predicate_decides_its_own_time(string text, string words)
    {
        var found = Detect.Quoting(text, words, "2026-03-05");
        found.Status.ShouldBe(words == "new posts" ? IncidentStatus.Planned : IncidentStatus.Reported, Describe(text, "2026-03-05"));
    }

    [Theory]
    [InlineData("Uzbek troops moved two companies up to the canal on Sunday, farmers and a district official said.", "two companies")]
    [InlineData("Kazakh guards turned back forty lorries at the pass on Friday, drivers and the transport ministry said.", "forty lorries")]
    public void An_office_among_lay_sources_puts_the_account_on_the_record(string text, string words) =>
        Detect.Quoting(text, words, "2026-03-10").Status.ShouldBe(IncidentStatus.Reported, Describe(text, "2026-03-10"));

    [Theory]
    [InlineData("Uzbek troops moved two companies up to the canal on Sunday, farmers in the district said.", "two companies")]
    [InlineData("Several Tajik websites reported that Kyrgyz soldiers dug a trench near the canal on Friday.", "trench")]
    [InlineData("Local Telegram channels wrote that Uzbek guards fired on a car near the bridge on Sunday.", "fired")]
    public void Lay_people_and_unnamed_outlets_give_an_unconfirmed_account(string text, string words) =>
        Detect.Quoting(text, words, "2026-03-10").Status.ShouldBe(IncidentStatus.Unconfirmed, Describe(text, "2026-03-10"));

    [Fact]
    public void A_named_office_reporting_stays_on_the_record()
    {
        const string text = "The Kyrgyz Border Service reported that Tajik soldiers dug a trench near the canal on Friday.";
        Detect.Quoting(text, "trench", "2026-03-10").Status.ShouldBe(IncidentStatus.Reported, Describe(text, "2026-03-10"));
    }

    private const string Question = "CHAIR: Colonel, what happened on the lake this month?\n\n";

    [Fact]
    public void A_speakers_own_negation_does_not_deny_the_speakers_account()
    {
        const string text = Question + "COLONEL NAZAROV: On 3 March our patrol stopped four Kazakh fishermen who had crossed the lake in a motor boat. " +
                            "They had no nets with them; they were handed back the next day.";
        var found = Detect.All(text, "2026-03-10");
        Detect.Quoting(text, found, "crossed the lake").ShouldNotBeEmpty(Detect.Describe(text, found));
        Detect.Quoting(text, found, "crossed the lake").ShouldAllBe(i => i.Status == IncidentStatus.Reported, Detect.Describe(text, found));
    }

    [Fact]
    public void A_claim_the_speaker_retells_from_another_side_is_still_denied()
    {
        const string text = Question + "COLONEL NAZAROV: The Kazakh border service says our boat crossed the lake on Monday night. We deny these reports.";
        var found = Detect.All(text, "2026-03-10");
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Fact]
    public void What_others_are_expected_to_do_is_a_forecast_not_a_plan()
    {
        const string text = "I expect Afghan smugglers to try the frozen river near Termez in January, the Uzbek commander said.";
        Detect.All(text, "2026-03-05").ShouldAllBe(i => i.Status != IncidentStatus.Planned, Describe(text, "2026-03-05"));
    }
}
