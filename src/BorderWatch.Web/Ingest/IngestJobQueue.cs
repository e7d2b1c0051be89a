using System.Collections.Concurrent;
using System.Threading.Channels;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Fetching;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Ingest;

/// <summary>Limits of the web's ingest queue (section <c>Ingest</c>).</summary>
public sealed class IngestJobOptions
{
    public const string Section = "Ingest";
    /// <summary>Jobs waiting to run; a submission beyond it is refused ("try again shortly"), nothing is lost.</summary>
    public int QueueCapacity { get; set; } = 32;
    /// <summary>How long a finished job's results stay available to poll.</summary>
    public TimeSpan KeepFinished { get; set; } = TimeSpan.FromHours(2);
    /// <summary>Where uploaded files wait for their job (a private folder per job, deleted when it ends); the system temp folder when empty.</summary>
    public string? SpoolDirectory { get; set; }
    /// <summary>
    /// Wall time to read one file and to analyse one article (seed import, uploads, URLs) before that file is reported
    /// as given up; the ingestion's defaults (<see cref="BorderWatch.Ingestion.Limits.IngestLimits"/>) when not set.
    /// The analysis runs on low-priority threads (<see cref="BackgroundAnalysisOptions.AnalysisNice"/>), so on a
    /// saturated machine it needs more wall time than its CPU time: test fixtures give it minutes.
    /// </summary>
    public TimeSpan? ReadBudget { get; set; }
    public TimeSpan? AnalysisBudget { get; set; }
}

/// <summary>
/// The web's ingest jobs: a bounded queue that <see cref="IngestJobRunner"/> drains one job at a time, and the jobs
/// by id (finished ones kept for <see cref="IngestJobOptions.KeepFinished"/>) for pages and API clients to follow.
/// The Ingest page, <c>POST /api/ingest</c> and <c>POST /api/ingest/url</c> all submit here: one ingest path.
/// </summary>
public sealed class IngestJobQueue(Microsoft.Extensions.Options.IOptions<IngestJobOptions> options, TimeProvider time) : IDisposable
{
    private readonly Channel<IngestJob> _waiting = Channel.CreateBounded<IngestJob>(
        new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly ConcurrentDictionary<Guid, IngestJob> _jobs = new();

    public int Capacity => Math.Max(1, options.Value.QueueCapacity);

    internal ChannelReader<IngestJob> Waiting => _waiting.Reader;

    public IngestJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>
    /// Queues uploaded or pasted documents (their bytes already read, or spooled to files that <paramref name="owned"/>
    /// deletes when the job ends); null when the queue is full, and then <paramref name="owned"/> is released at once.
    /// </summary>
    public IngestJob? SubmitDocuments(IngestJobKind kind, string title, IReadOnlyList<IngestItem> items, IDisposable? owned = null,
        string? submittedBy = null) =>
        Submit(new IngestJob(kind, title, items.Count, time, async (services, job, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var batch = scope.ServiceProvider.GetRequiredService<IngestBatch>();
            await batch.RunAsync(items, p => { job.Report(p); return Task.CompletedTask; }, ct, job.Add);
        }, owned, submittedBy));

    /// <summary>Queues the fetch and ingest of one URL (already checked to be an absolute http or https address).</summary>
    public IngestJob? SubmitUrl(string url, string? submittedBy = null) =>
        Submit(new IngestJob(IngestJobKind.Url, url, 1, time, async (services, job, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var started = time.GetTimestamp();
            job.Report(new IngestProgress(0, 1, 0, 0, TimeSpan.Zero, url));
            var report = await sp.GetRequiredService<IngestionService>().IngestUrlAsync(sp.GetRequiredService<PageFetcher>(), url,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("BorderWatch.Fetch"), ct);
            foreach (var r in report.Results) job.Add(new IngestedDocument(r, []));
            job.Report(new IngestProgress(1, 1, 0, 0, time.GetElapsedTime(started), null));
        }, submittedBy: submittedBy));

    private IngestJob? Submit(IngestJob job)
    {
        Prune();
        _jobs[job.Id] = job;
        if (_waiting.Writer.TryWrite(job)) return job;
        _jobs.TryRemove(job.Id, out _);
        job.Release();
        return null;
    }

    private void Prune()
    {
        var before = time.GetUtcNow() - options.Value.KeepFinished;
        foreach (var (id, job) in _jobs)
            if (job.Snapshot() is { IsFinished: true, Finished: { } at } && at < before) _jobs.TryRemove(id, out _);
    }

    /// <summary>On shutdown: jobs that never ran give back their spooled files.</summary>
    public void Dispose()
    {
        _waiting.Writer.TryComplete();
        foreach (var job in _jobs.Values) job.Release();
    }
}
