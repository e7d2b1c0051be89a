using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// Rules that date an incident by what its clause says: a reported event's own day beats the day it was reported, an
/// event of several days is dated by the day the text gives (dates45; its month before), and what an agreement plans does not date the agreeing. Texts of their
/// own, in no corpus; the page is dated Friday 12 June 2026.
/// </summary>
public class EventDateRuleTests
{
    private const string Page = "Border Watch Weekly\nPublished 12 June 2026\n\n";

    private static ExtractedIncident Only(string body, IncidentType type)
    {
        var article = ArticleAnalysis.AnalyzeCleaned(Page + body, PartialDate.Unknown);
        return article.Incidents.Single(i => i.Type == type);
    }

    [Fact]
    public void A_reported_event_takes_its_own_day_not_the_day_it_was_reported()
    {
        var clash = Only("Afghan officials said on Thursday that Iranian and Afghan guards had exchanged fire across the river near Zaranj on Tuesday.",
            IncidentType.ArmedClash);
        clash.Date.ShouldBe(PartialDate.OfDay(2026, 6, 9));
    }

    [Fact]
    public void A_reported_clause_opened_by_that_and_a_comma_still_keeps_its_own_day() =>
        Only("Afghan officials said on Thursday that, near Zaranj, Iranian and Afghan guards had exchanged fire across the river on Tuesday.",
            IncidentType.ArmedClash).Date.ShouldBe(PartialDate.OfDay(2026, 6, 9));

    [Theory]
    [InlineData("Uzbek and Tajik troops on Wednesday concluded a joint exercise near Termez.")]
    [InlineData("Kazakh and Kyrgyz guards held a four-day exercise near Karkyra that ended on Wednesday.")]
    public void An_exercise_told_by_its_last_day_or_as_lasting_days_is_dated_by_that_day(string body) =>
        Only(body, IncidentType.Exercise).Date.ShouldBe(PartialDate.OfDay(2026, 6, 10));

    [Fact]
    public void An_exercise_told_by_its_first_day_keeps_the_day() =>
        Only("Kazakh and Kyrgyz guards began a four-day exercise near Karkyra on Wednesday.", IncidentType.Exercise).Date
            .ShouldBe(PartialDate.OfDay(2026, 6, 10));

    [Fact]
    public void What_an_agreement_plans_does_not_date_the_agreeing()
    {
        var article = ArticleAnalysis.AnalyzeCleaned(Page +
            "Kyrgyz and Kazakh border guards met at the Korday crossing on Tuesday. They agreed to open a third lane for lorries from 1 August.",
            PartialDate.Unknown);
        article.Incidents.ShouldContain(i => i.Type == IncidentType.Agreement);
        article.Incidents.Where(i => i.Date.IsKnown).ShouldAllBe(i => i.Date == PartialDate.OfDay(2026, 6, 9));
    }
}
