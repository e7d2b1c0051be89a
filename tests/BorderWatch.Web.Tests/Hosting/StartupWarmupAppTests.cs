using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The start-up warm-up in the real app on real Kestrel (an empty store, the gazetteer loaded): it renders the pages
/// it is given through the app's pipeline before the server listens, is skipped on a start that imports the seeds, and
/// stops at a failing page without keeping the server from starting and answering.
/// </summary>
public sealed class StartupWarmupAppTests
{
    private static (string, string)[] Warmup(int rounds, params string[] paths) =>
    [
        ("Warmup:Enabled", "true"), ("Warmup:Rounds", rounds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Warmup:Budget", "00:10:00"),
        .. paths.Select((p, i) => ($"Warmup:Paths:{i}", p)),
    ];

    [Fact]
    public async Task The_app_renders_the_hot_pages_through_its_pipeline_before_it_listens()
    {
        await using var app = new KestrelDashboard(null, Warmup(2, "/", "/borders/AFG-TJK", "/api/incidents"));
        using var client = app.RealClient();   // started

        app.Services.GetRequiredService<IServer>().ShouldBeOfType<WarmingServer>();
        var report = app.Services.GetRequiredService<StartupWarmup>().Report!;
        report.Requests.ShouldBe(6);
        report.StoppedBy.ShouldBeNull();
        report.Answers.ShouldBe(new Dictionary<string, string> { ["/"] = "200 x2", ["/borders/AFG-TJK"] = "200 x2", ["/api/incidents"] = "200 x2" },
            ignoreOrder: true);
        app.Services.GetRequiredService<PrerenderedValues>().Count.ShouldBe(0, "no circuit takes a warm-up page's values");
        (await client.GetAsync("/borders/AFG-TJK")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_start_that_imports_the_seeds_listens_without_warm_up()
    {
        var empty = Directory.CreateTempSubdirectory("bw-no-seeds-").FullName;
        try
        {
            await using var app = new KestrelDashboard(null,
                [("Seeds:ImportOnFirstStart", "true"), ("Seeds:Folder", empty), .. Warmup(2, "/")]);
            using var client = app.RealClient();

            var report = app.Services.GetRequiredService<StartupWarmup>().Report!;
            report.SkippedBecause.ShouldBe("the seeds were imported on this start");
            report.Requests.ShouldBe(0);
        }
        finally { Directory.Delete(empty, recursive: true); }
    }

    [Fact]
    public async Task A_page_failing_during_the_warm_up_stops_it_and_the_server_starts_and_answers()
    {
        await using var app = new KestrelDashboard(s => s.AddTransient<IStartupFilter, FailingStore>(), Warmup(5, "/failing-store", "/"));
        using var client = app.RealClient();

        var report = app.Services.GetRequiredService<StartupWarmup>().Report!;
        report.Requests.ShouldBe(1);
        report.StoppedBy!.ShouldStartWith("GET /failing-store: ");
        report.StoppedBy.ShouldContain("the store is unreachable");
        (await client.GetAsync("/")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await client.GetAsync("/failing-store")).StatusCode.ShouldBe(System.Net.HttpStatusCode.InternalServerError);
    }

    /// <summary>A page whose store fails, ahead of the app's own pipeline.</summary>
    private sealed class FailingStore : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, inner) =>
            {
                if (http.Request.Path == "/failing-store") throw new InvalidOperationException("the store is unreachable");
                await inner(http);
            });
            next(app);
        };
    }
}
