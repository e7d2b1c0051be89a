using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;

namespace BorderWatch.Core.Tests.Review;

public class ReextractionPlannerTests
{
    // Three sentences: [0,40) [41,90) [91,130)
    private static readonly IReadOnlyList<(int, int)> Sentences = [(0, 40), (41, 90), (91, 130)];

    private static ReextractionStep Step(ReextractionPlan plan, int id) => plan.Steps.Single(s => s.StoredId == id);

    [Fact]
    public void Same_fingerprint_keeps_an_anchored_incident_and_updates_an_unanchored_one()
    {
        var plan = ReextractionPlanner.Plan(
            [new StoredSpan(1, "a", IncidentType.ArmedClash, 0, 30, Anchored: true), new StoredSpan(2, "b", IncidentType.ArmedClash, 41, 60, Anchored: false)],
            [new FreshSpan("a", IncidentType.ArmedClash, 0, 30), new FreshSpan("b", IncidentType.ArmedClash, 41, 60), new FreshSpan("c", IncidentType.Deployment, 91, 120)],
            Sentences);
        Step(plan, 1).Action.ShouldBe(ReextractionAction.Keep);
        Step(plan, 2).ShouldBe(new ReextractionStep(2, ReextractionAction.Update, "b"));
        plan.Added.ShouldBe(["c"]);
    }

    [Fact]
    public void An_anchored_incident_whose_span_moved_goes_to_the_fresh_incident_of_its_sentence_preferring_its_type()
    {
        var plan = ReextractionPlanner.Plan(
            [new StoredSpan(7, "old", IncidentType.ArmedClash, 45, 80, Anchored: true)],
            [new FreshSpan("other-sentence", IncidentType.ArmedClash, 0, 38), new FreshSpan("same-sentence-other-type", IncidentType.Statement, 45, 80),
             new FreshSpan("same-sentence-same-type", IncidentType.ArmedClash, 60, 89)],
            Sentences);
        Step(plan, 7).ShouldBe(new ReextractionStep(7, ReextractionAction.Reattach, "same-sentence-same-type"));
        plan.Added.ShouldBe(["other-sentence", "same-sentence-other-type"], ignoreOrder: true);
    }

    [Fact]
    public void Without_a_same_type_candidate_the_largest_overlap_wins_and_a_fresh_incident_takes_one_decision_only()
    {
        var plan = ReextractionPlanner.Plan(
            [new StoredSpan(1, "x", IncidentType.ArmedClash, 41, 60, Anchored: true), new StoredSpan(2, "y", IncidentType.ArmedClash, 70, 89, Anchored: true)],
            [new FreshSpan("f", IncidentType.Exercise, 41, 89)],
            Sentences);
        Step(plan, 1).ShouldBe(new ReextractionStep(1, ReextractionAction.Reattach, "f"));
        Step(plan, 2).Action.ShouldBe(ReextractionAction.Orphan, "the only fresh incident of the sentence is taken");
        plan.Added.ShouldBeEmpty();
    }

    [Fact]
    public void Nothing_in_the_sentence_orphans_an_anchored_incident_and_removes_an_unanchored_one()
    {
        var plan = ReextractionPlanner.Plan(
            [new StoredSpan(1, "x", IncidentType.ArmedClash, 91, 100, Anchored: true), new StoredSpan(2, "y", IncidentType.ArmedClash, 92, 99, Anchored: false)],
            [new FreshSpan("z", IncidentType.ArmedClash, 0, 20)],
            Sentences);
        Step(plan, 1).Action.ShouldBe(ReextractionAction.Orphan);
        Step(plan, 2).Action.ShouldBe(ReextractionAction.Remove);
        plan.Added.ShouldBe(["z"]);
    }

    [Fact]
    public void A_fresh_incident_already_matched_by_fingerprint_is_never_taken_by_a_moved_decision()
    {
        var plan = ReextractionPlanner.Plan(
            [new StoredSpan(1, "kept", IncidentType.ArmedClash, 41, 60, Anchored: false), new StoredSpan(2, "moved", IncidentType.ArmedClash, 42, 61, Anchored: true)],
            [new FreshSpan("kept", IncidentType.ArmedClash, 41, 60)],
            Sentences);
        Step(plan, 1).Action.ShouldBe(ReextractionAction.Update);
        Step(plan, 2).Action.ShouldBe(ReextractionAction.Orphan);
    }
}
