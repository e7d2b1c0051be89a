namespace BorderWatch.Web.Ingest;

/// <summary>
/// Runs the web's ingest jobs in the background, one at a time in submission order (each job's own documents are
/// stored in order by one writer, ADR 0007), independent of the requests and circuits that submitted them. A job
/// that throws is marked failed with a one-line problem; the runner goes on with the next. Stopping the app, or
/// cancelling the job, stops it between articles; the results of the documents done so far stay with the job.
/// </summary>
public sealed class IngestJobRunner(IngestJobQueue queue, IServiceProvider services, ILogger<IngestJobRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Waiting.ReadAllAsync(stoppingToken))
        {
            if (stoppingToken.IsCancellationRequested) break;   // jobs still waiting give back their files when the queue is disposed
            try { await RunAsync(job, stoppingToken); }
            finally { job.Release(); }
        }
    }

    private async Task RunAsync(IngestJob job, CancellationToken stoppingToken)
    {
        if (!job.TryStart()) return;   // cancelled while it waited
        using var both = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, job.Cancellation);
        logger.LogInformation("Ingest job {JobId} started: {Kind} {Title}, submitted by {User}", job.Id, job.Kind, job.Title, job.SubmittedBy ?? "the page");
        try
        {
            both.Token.ThrowIfCancellationRequested();
            await job.Work(services, job, both.Token);
            var results = job.Results;
            var failed = results.Count > 0 && results.All(r => r.Result.Outcome == BorderWatch.Ingestion.IngestOutcome.Failed);
            job.Finish(failed ? IngestJobState.Failed : IngestJobState.Done, failed ? string.Join("; ", results.Select(r => r.Result.Error)) : null);
        }
        catch (OperationCanceledException) when (both.IsCancellationRequested)
        {
            job.Finish(IngestJobState.Cancelled, stoppingToken.IsCancellationRequested
                ? "stopped because the server is shutting down; the articles stored before it stopped stay stored"
                : "cancelled; the articles stored before it stopped stay stored");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Ingest job {JobId} failed", job.Id);
            job.Finish(IngestJobState.Failed, $"the ingest stopped on an internal error ({e.GetType().Name}); details are in the log");
        }
        logger.LogInformation("Ingest job {JobId} ended: {State}", job.Id, job.Snapshot().State);
    }
}

public static class IngestJobHosting
{
    /// <summary>The ingest queue (options from section <c>Ingest</c>) and the hosted service that runs it.</summary>
    public static IServiceCollection AddIngestJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IngestJobOptions>(configuration.GetSection(IngestJobOptions.Section));
        services.AddSingleton<IngestJobQueue>();
        services.AddSingleton<UploadSpool>();
        // Reading and analysis of web ingests run on threads that give way to the requests (issue 10: pages stay fast
        // while a large batch is ingested); as many workers as those threads.
        services.Configure<BackgroundAnalysisOptions>(configuration.GetSection(IngestJobOptions.Section));
        services.AddSingleton<BackgroundAnalysis>();
        services.AddSingleton(sp =>
        {
            var threads = sp.GetRequiredService<BackgroundAnalysis>();
            var budgets = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestJobOptions>>().Value;
            var defaults = BorderWatch.Ingestion.Limits.IngestLimits.Default;
            return new BorderWatch.Ingestion.Limits.IngestLimits
            {
                Scheduler = threads, Workers = threads.MaximumConcurrencyLevel,
                ReadBudget = budgets.ReadBudget ?? defaults.ReadBudget, AnalysisBudget = budgets.AnalysisBudget ?? defaults.AnalysisBudget,
            };
        });
        services.AddHostedService<IngestJobRunner>();
        return services;
    }
}
