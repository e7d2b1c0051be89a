using System.Diagnostics;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Hosting;

/// <summary>What a warm-up did: requests made, the answers per path, the failure that stopped it (if any), its time.</summary>
public sealed record WarmupReport(int Requests, IReadOnlyDictionary<string, string> Answers, string? StoppedBy, TimeSpan Took,
    long MethodsCompiled, string? SkippedBecause = null)
{
    public static WarmupReport Skipped(string because) => new(0, new Dictionary<string, string>(), null, TimeSpan.Zero, 0, because);
}

/// <summary>
/// Renders the hot pages (<see cref="WarmupOptions.Paths"/>) <see cref="WarmupOptions.Rounds"/> times through the app's
/// own request pipeline before the server listens (<see cref="WarmingServer"/>), then waits (within the budget) until
/// the runtime has stopped compiling: the framework's methods those pages call are promoted by tiered compilation
/// during the warm-up, not during the first visitors' renders (docs/history/session-21.md, store43, and session-22.md, store44). The requests
/// are anonymous GETs that never look up the output caches (each is a render) and are logged at Debug.
/// <para>
/// It runs once per process, and not at all on the start that imported the seeds (<see cref="Skip"/>: a first start
/// is long already, and a five-article store renders cheaply). It stops at the first answer of 500 or more, or the first
/// exception (a failing store): the server then starts at once and answers its visitors with that error; the budget
/// bounds it in every case.
/// </para>
/// </summary>
public sealed class StartupWarmup(IOptions<WarmupOptions> options, ILogger<StartupWarmup> logger, PrerenderedValues? prerendered = null)
{
    private int ran;
    private string? skip;

    /// <summary>The report of the warm-up run at start (null until it has run or been skipped).</summary>
    public WarmupReport? Report { get; private set; }

    /// <summary>True for a request of the warm-up.</summary>
    public static bool IsWarmup(HttpContext http) => http.Features.Get<WarmupRequest>() is not null;

    /// <summary>This start needs no warm-up (said before the server starts), for the reason given.</summary>
    public void Skip(string because) => skip = because;

    public async Task<WarmupReport> RunAsync<TContext>(IHttpApplication<TContext> application, CancellationToken ct) where TContext : notnull
    {
        if (Interlocked.Exchange(ref ran, 1) == 1) return Report ?? WarmupReport.Skipped("already running");
        var o = options.Value;
        var reason = !o.Enabled ? "switched off (Warmup:Enabled)" : o.Rounds <= 0 ? "no rounds (Warmup:Rounds)" : skip;
        if (reason is not null)
        {
            logger.LogInformation("Starting: no warm-up: {Reason}", reason);
            return Report = WarmupReport.Skipped(reason);
        }
        var paths = o.EffectivePaths;
        var started = Stopwatch.GetTimestamp();
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        logger.LogInformation("Starting: warming up {Paths} ({Rounds} rounds, at most {Budget} s)…", string.Join(" ", paths), o.Rounds, o.Budget.TotalSeconds);
        var requests = 0;
        string? stoppedBy = null;
        var answers = new Dictionary<string, (int Status, int Times)>(StringComparer.Ordinal);
        for (var round = 0; round < o.Rounds && stoppedBy is null && !Spent(); round++)
        {
            foreach (var path in paths)
            {
                if (answers.TryGetValue(path, out var earlier) && earlier.Status != StatusCodes.Status200OK) continue;
                if (ct.IsCancellationRequested || Spent()) break;
                var (status, error) = await RequestAsync(application, path, ct);
                requests++;
                answers[path] = (status, (answers.TryGetValue(path, out var a) ? a.Times : 0) + 1);
                if (error is null && status < 500) continue;
                stoppedBy = $"GET {path}: {(error is null ? $"status {status}" : error.GetType().Name + ": " + error.Message)}";
                break;
            }
        }
        if (stoppedBy is null) await SettleAsync(o.Budget - Stopwatch.GetElapsedTime(started), ct);
        // Nobody connects a circuit to a warm-up's page: the values it left for circuits would only take their room.
        prerendered?.Clear();
        var summary = answers.ToDictionary(a => a.Key, a => $"{a.Value.Status} x{a.Value.Times}", StringComparer.Ordinal);
        Report = new WarmupReport(requests, summary, stoppedBy, Stopwatch.GetElapsedTime(started), System.Runtime.JitInfo.GetCompiledMethodCount() - methods);
        var listed = string.Join(", ", summary.Select(a => $"{a.Key} {a.Value}"));
        if (stoppedBy is not null)
            logger.LogWarning("Warm-up stopped after {Requests} request(s) ({Answers}): {StoppedBy}; the server starts now", requests, listed, stoppedBy);
        else
            logger.LogInformation("Warm-up: {Requests} requests in {Seconds:F1} s ({Answers}), {Methods} methods compiled", requests,
                Report.Took.TotalSeconds, listed, Report.MethodsCompiled);
        return Report;

        bool Spent() => Stopwatch.GetElapsedTime(started) >= o.Budget;
    }

    private static async Task<(int Status, Exception? Error)> RequestAsync<TContext>(IHttpApplication<TContext> application, string path,
        CancellationToken ct) where TContext : notnull
    {
        var response = new WarmupResponse();
        var context = application.CreateContext(WarmupRequest.Features(path, response, ct));
        Exception? error = null;
        try
        {
            await application.ProcessRequestAsync(context);
            await response.FinishAsync();
        }
        catch (Exception e)
        {
            error = e;
        }
        application.DisposeContext(context, error);
        return (response.StatusCode, error);
    }

    /// <summary>
    /// Waits until the runtime's compiled-method count has not moved for a quarter of a second (the background compiler
    /// has promoted what the renders made hot), or the time left is spent.
    /// </summary>
    private static async Task SettleAsync(TimeSpan left, CancellationToken ct)
    {
        var until = Stopwatch.GetTimestamp() + (long)(Math.Max(0, left.TotalSeconds) * Stopwatch.Frequency);
        var count = System.Runtime.JitInfo.GetCompiledMethodCount();
        var still = 0;
        while (still < 5 && Stopwatch.GetTimestamp() < until && !ct.IsCancellationRequested)
        {
            try { await Task.Delay(50, ct); } catch (OperationCanceledException) { return; }
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            still = now == count ? still + 1 : 0;
            count = now;
        }
    }
}
