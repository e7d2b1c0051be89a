using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// type25: a party's report typed by the act it tells, that says part of it did not happen, answers the other side's
/// claim just before: it is the party's denial (a denied statement), and the claim is denied (<c>Contradictions.Rebuttal</c>).
/// Sentences of our own, in no corpus.
/// </summary>
public class OwnAccountRebuttalTests
{
    // The incident quoting the words is the party's denial: a statement, denied.
    private static void DeniedStatement(string text, string words, string published) =>
        Detect.Quoting(text, words, published).ShouldSatisfyAllConditions(
            i => i.Type.ShouldBe(IncidentType.Statement), i => i.Status.ShouldBe(IncidentStatus.Denied));

    [Fact]
    public void An_innocent_account_with_a_negated_part_is_a_denial_not_the_act()
    {
        var text = "Villagers of Kok-Terek said on Wednesday that Tajik soldiers had fired at a Kyrgyz shepherd near the canal on Tuesday evening. " +
                   "The Tajik Border Troops told reporters that their guards had been firing at stray dogs near the post and had not aimed a single shot at the Kyrgyz side.";
        DeniedStatement(text, "stray dogs", "2026-03-05");
        Detect.Quoting(text, "Kyrgyz shepherd", "2026-03-05").Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_report_that_its_soldiers_did_not_cross_answers_the_crossing_claim()
    {
        var text = "Farmers near Sokh told reporters that Uzbek soldiers had crossed the irrigation ditch into Kyrgyz fields on Monday. " +
                   "The Uzbek Border Service said its soldiers did not cross the ditch and had stayed at their post all day.";
        DeniedStatement(text, "did not cross the ditch", "2026-03-04");
    }

    [Fact]
    public void A_report_of_an_act_with_a_negated_detail_and_no_claim_stays_the_act()
    {
        var text = "The Kyrgyz Border Service said its guards had detained four smugglers near Kara-Suu on Sunday and had not fired a shot.";
        var found = Detect.All(text, "2026-03-02");
        found.ShouldContain(i => i.Type != IncidentType.Statement, Detect.Describe(text, found));
        found.ShouldAllBe(i => i.Status != IncidentStatus.Denied);
    }
}
