using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>"Overnight" in a dated item is the night that ends on the day of writing. Sentences of our own, in no corpus.</summary>
public class OvernightTests
{
    [Fact]
    public void Overnight_is_the_day_of_writing() =>
        DateRules.Default.Finder.Find("Guards held six men overnight near the ford.").Single().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(DateExpressionKind.Relative), e => e.Offset.ShouldBe(0));

    [Fact]
    public void Overnight_on_a_named_day_is_that_days_night()
    {
        DateRules.Default.Finder.Find("Guards held six men overnight on Friday near the ford.").ShouldNotContain(e => e.Text.StartsWith("overnight", StringComparison.OrdinalIgnoreCase));
        // The adjective's hyphenated compounds are no date.
        DateRules.Default.Finder.Find("The overnight-stay permits were withdrawn.").ShouldBeEmpty();
    }

    [Fact]
    public void An_event_overnight_in_a_dated_item_takes_that_day()
    {
        const string text = "Tajik guards stopped four fishermen overnight while they were rowing across the Panj towards the Afghan bank, the regional border detachment reported.";
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.OfDay(2027, 2, 16));
        article.Incidents.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement && i.Date == PartialDate.OfDay(2027, 2, 16));
    }
}
