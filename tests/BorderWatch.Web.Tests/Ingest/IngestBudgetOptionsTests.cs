using BorderWatch.Ingestion.Limits;
using BorderWatch.Web.Ingest;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Ingest;

/// <summary>
/// The web's ingest time budgets come from the <c>Ingest</c> settings (the seeded fixtures give minutes, so a loaded CI
/// machine does not reject a seed article) and still run on the lowered analysis threads.
/// </summary>
public sealed class IngestBudgetOptionsTests
{
    [Fact]
    public async Task The_settings_reach_the_limits_of_every_web_ingest_and_the_threads_stay_lowered()
    {
        await using var app = new KestrelDashboard(null, ("Ingest:AnalysisBudget", "00:00:05"), ("Ingest:ReadBudget", "00:02:00"));
        var limits = app.Services.GetRequiredService<IngestLimits>();
        limits.AnalysisBudget.ShouldBe(TimeSpan.FromSeconds(5));
        limits.ReadBudget.ShouldBe(TimeSpan.FromMinutes(2));
        limits.Scheduler.ShouldBeSameAs(app.Services.GetRequiredService<BackgroundAnalysis>());
        limits.MaxArticleCharacters.ShouldBe(IngestLimits.Default.MaxArticleCharacters);
    }
}
