using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The start-up warm-up (<see cref="StartupWarmup"/>, <see cref="WarmingServer"/>) against an application of the test's
/// own (it sees each request's features as the server would hand them): how many requests, in what order, what stops
/// it, and that the server starts after it in every case. No timing is asserted; the budget is only ever ample or zero.
/// </summary>
public sealed class StartupWarmupTests
{
    /// <summary>An application that answers each path as told, writing a body, and records what it was asked.</summary>
    private sealed class Application(Func<HttpContext, Task>? answer = null) : IHttpApplication<HttpContext>
    {
        public List<string> Asked { get; } = [];
        public List<bool> Marked { get; } = [];
        public int Disposed { get; private set; }

        public HttpContext CreateContext(IFeatureCollection contextFeatures) => new DefaultHttpContext(contextFeatures);

        public async Task ProcessRequestAsync(HttpContext context)
        {
            Asked.Add(context.Request.Path + context.Request.QueryString);
            Marked.Add(StartupWarmup.IsWarmup(context));
            if (answer is not null) { await answer(context); return; }
            await context.Response.WriteAsync("<html>page</html>");
        }

        public void DisposeContext(HttpContext context, Exception? exception) => Disposed++;
    }

    private sealed class Server : IServer
    {
        public int Started { get; private set; }
        public int AskedBeforeStart { get; set; } = -1;
        public Application? Watching { get; set; }
        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull
        {
            Started++;
            AskedBeforeStart = Watching?.Asked.Count ?? -1;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public void Dispose() { }
    }

    private static StartupWarmup Warmup(int rounds = 3, string[]? paths = null, bool enabled = true, TimeSpan? budget = null,
        PrerenderedValues? values = null) =>
        new(Options.Create(new WarmupOptions
        {
            Enabled = enabled, Rounds = rounds, Paths = paths ?? ["/", "/borders/AFG-TJK?type=armed-clash"],
            Budget = budget ?? TimeSpan.FromMinutes(10),
        }), NullLogger<StartupWarmup>.Instance, values);

    [Fact]
    public async Task Each_path_is_requested_once_per_round_in_order_marked_as_a_warm_up_then_the_server_starts()
    {
        var app = new Application();
        var server = new Server { Watching = app };
        var warmup = Warmup(rounds: 3);
        await new WarmingServer(server, warmup).StartAsync(app, CancellationToken.None);

        app.Asked.ShouldBe(["/", "/borders/AFG-TJK?type=armed-clash", "/", "/borders/AFG-TJK?type=armed-clash", "/", "/borders/AFG-TJK?type=armed-clash"]);
        app.Marked.ShouldAllBe(m => m);
        app.Disposed.ShouldBe(6);
        server.Started.ShouldBe(1);
        server.AskedBeforeStart.ShouldBe(6, "every warm-up request is made before the server starts");
        warmup.Report!.Requests.ShouldBe(6);
        warmup.Report.StoppedBy.ShouldBeNull();
        warmup.Report.Answers["/"].ShouldBe("200 x3");
    }

    [Fact]
    public async Task It_runs_once_per_process()
    {
        var app = new Application();
        var warmup = Warmup(rounds: 2, paths: ["/"]);
        await warmup.RunAsync(app, CancellationToken.None);
        await warmup.RunAsync(app, CancellationToken.None);
        app.Asked.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_failing_store_stops_it_at_the_first_error_and_the_server_starts_at_once()
    {
        var app = new Application(async http =>
        {
            if (http.Request.Path == "/incidents") { http.Response.StatusCode = 500; await http.Response.WriteAsync("store unreachable"); return; }
            await http.Response.WriteAsync("ok");
        });
        var server = new Server { Watching = app };
        var warmup = Warmup(rounds: 20, paths: ["/", "/incidents", "/api/incidents"]);
        await new WarmingServer(server, warmup).StartAsync(app, CancellationToken.None);

        app.Asked.ShouldBe(["/", "/incidents"]);
        server.Started.ShouldBe(1);
        warmup.Report!.StoppedBy.ShouldBe("GET /incidents: status 500");
    }

    [Fact]
    public async Task An_exception_stops_it_too_and_the_server_still_starts()
    {
        var app = new Application(_ => throw new InvalidOperationException("SQLite Error 26: file is not a database"));
        var server = new Server { Watching = app };
        var warmup = Warmup(rounds: 20);
        await new WarmingServer(server, warmup).StartAsync(app, CancellationToken.None);

        app.Asked.Count.ShouldBe(1);
        app.Disposed.ShouldBe(1);
        server.Started.ShouldBe(1);
        warmup.Report!.StoppedBy!.ShouldContain("file is not a database");
    }

    [Fact]
    public async Task A_page_that_does_not_answer_200_is_requested_once_only()
    {
        var app = new Application(async http =>
        {
            if (http.Request.Path == "/borders/XXX-YYY") { http.Response.StatusCode = 404; return; }
            await http.Response.WriteAsync("ok");
        });
        var warmup = Warmup(rounds: 3, paths: ["/borders/XXX-YYY", "/"]);
        await warmup.RunAsync(app, CancellationToken.None);

        app.Asked.ShouldBe(["/borders/XXX-YYY", "/", "/", "/"]);
        warmup.Report!.Answers["/borders/XXX-YYY"].ShouldBe("404 x1");
        warmup.Report.StoppedBy.ShouldBeNull();
    }

    [Theory]
    [InlineData("off")]
    [InlineData("skipped")]
    [InlineData("no budget")]
    public async Task Switched_off_skipped_or_without_budget_it_requests_nothing_and_the_server_starts(string how)
    {
        var app = new Application();
        var server = new Server { Watching = app };
        var warmup = Warmup(enabled: how != "off", budget: how == "no budget" ? TimeSpan.Zero : null);
        if (how == "skipped") warmup.Skip("the seeds were imported on this start");
        await new WarmingServer(server, warmup).StartAsync(app, CancellationToken.None);

        app.Asked.ShouldBeEmpty();
        server.Started.ShouldBe(1);
        warmup.Report!.Requests.ShouldBe(0);
        if (how == "skipped") warmup.Report.SkippedBecause.ShouldBe("the seeds were imported on this start");
    }

    [Fact]
    public async Task The_answer_runs_its_starting_callbacks_before_the_body_and_its_completed_ones_after()
    {
        var order = new List<string>();
        var app = new Application(async http =>
        {
            http.Response.OnStarting(() => { order.Add($"starting, started={http.Response.HasStarted}"); return Task.CompletedTask; });
            http.Response.OnCompleted(() => { order.Add("completed"); return Task.CompletedTask; });
            order.Add("writing");
            await http.Response.Body.WriteAsync("<p>x</p>"u8.ToArray());
            order.Add($"written, started={http.Response.HasStarted}");
            await http.Response.BodyWriter.WriteAsync("<p>y</p>"u8.ToArray());
        });
        await Warmup(rounds: 1, paths: ["/"]).RunAsync(app, CancellationToken.None);
        order.ShouldBe(["writing", "starting, started=False", "written, started=True", "completed"]);
    }

    [Fact]
    public async Task The_values_its_prerenders_left_for_circuits_are_dropped()
    {
        using var values = new PrerenderedValues();
        var app = new Application(async http =>
        {
            values.Keep("timeline:AFG-TJK", new object());
            await http.Response.WriteAsync("ok");
        });
        await Warmup(rounds: 2, paths: ["/"], values: values).RunAsync(app, CancellationToken.None);
        app.Asked.Count.ShouldBe(2);
        values.Count.ShouldBe(0);
    }

    [Fact]
    public void Configured_paths_replace_the_default_ones_and_repeats_are_dropped()
    {
        new WarmupOptions().EffectivePaths.ShouldBe(WarmupOptions.DefaultPaths);
        new WarmupOptions { Paths = ["/incidents", "/", "/incidents"] }.EffectivePaths.ShouldBe(["/incidents", "/"]);
    }
}
