using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Web.Review;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The web app holds one parser, type model and detector, owned by DI: every ingest path it builds receives that
/// detector, so the static <see cref="IncidentDetector.Default"/> (a second copy of the models) is not what it uses.
/// </summary>
public sealed class DetectorOwnerTests
{
    [Fact]
    public async Task Every_ingestion_service_of_the_app_uses_its_one_registered_detector()
    {
        await using var app = new EmptyDashboardFactory();
        var detector = app.Services.GetRequiredService<IncidentDetector>();
        app.Services.GetRequiredService<IncidentDetector>().ShouldBeSameAs(detector);
        app.Services.GetRequiredService<ISentenceParser>().ShouldBeSameAs(app.Services.GetRequiredService<ISentenceParser>());
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<IngestionService>().Detector.ShouldBeSameAs(detector);
            scope.ServiceProvider.GetRequiredService<ReprocessRun>().ShouldNotBeNull();   // built with the same detector
        }
    }

    [Fact]
    public async Task The_registered_detector_finds_what_the_static_one_finds()
    {
        const string text = "Border guards of Tajikistan exchanged fire with smugglers near the Afghan border on 3 May 2021; two smugglers were killed.";
        await using var app = new EmptyDashboardFactory();
        var registered = app.Services.GetRequiredService<IncidentDetector>().Detect(AnalysisInput.FromText(text));
        var fallback = IncidentDetector.Default.Detect(AnalysisInput.FromText(text));
        registered.ShouldNotBeEmpty();
        registered.Select(i => (i.Type, i.Status, i.ExcerptStart, i.ExcerptEnd)).ShouldBe(fallback.Select(i => (i.Type, i.Status, i.ExcerptStart, i.ExcerptEnd)));
    }
}
