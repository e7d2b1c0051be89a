using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// review24: whether a sentence has a regular trigger is a lazy fact; the look that computes it is given facts that
/// cannot ask for it again (no re-entry), it is looked for once, and a sentence whose clauses need it reads right.
/// </summary>
public class SentenceFactsTests
{
    [Fact]
    public void A_look_that_asks_for_the_fact_it_computes_is_an_error_not_an_endless_recursion()
    {
        var facts = new SentenceFacts(false, f => f.HasRegularTrigger);
        Should.Throw<InvalidOperationException>(() => facts.HasRegularTrigger);
    }

    [Fact]
    public void The_look_gets_the_modals_reading_and_runs_once()
    {
        var looks = 0;
        var facts = new SentenceFacts(true, f => { looks++; return f.ModalsReport; });
        facts.HasRegularTrigger.ShouldBeTrue();
        facts.HasRegularTrigger.ShouldBeTrue();
        looks.ShouldBe(1);
    }

    [Fact]
    public void A_weak_trigger_gives_way_to_a_regular_one_of_the_sentence()
    {
        // "armoured vehicles" alone would be a thing supplied; beside "moved a battalion" they are what was deployed.
        const string text = "Uzbekistan moved a battalion of border troops and a dozen armoured vehicles to the Termez stretch of the Afghan border.";
        Detect.One(text, "2029-03-14").Type.ShouldBe(BorderWatch.Core.Domain.IncidentType.Deployment);
    }
}
