namespace BorderWatch.Web.Ingest;

/// <summary>
/// Runs the web's ingest jobs in the background, one at a time in submission order (each job's own documents are
/// stored in order by one writer, ADR 0007), independent of the requests and circuits that submitted them. A job
/// that throws is marked failed with a one-line problem; the runner goes on with the next. Stopping the app cancels
/// the running job between articles.
/// </summary>
public sealed class IngestJobRunner(IngestJobQueue queue, IServiceProvider services, TimeProvider time, ILogger<IngestJobRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Waiting.ReadAllAsync(stoppingToken))
            await RunAsync(job, stoppingToken);
    }

    private async Task RunAsync(IngestJob job, CancellationToken stoppingToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, job.Cancellation);
        if (both.IsCancellationRequested)
        {
            job.Finish(IngestJobState.Cancelled, [], "cancelled before it started", time.GetUtcNow());
            return;
        }
        job.Start();
        logger.LogInformation("Ingest job {JobId} started: {Kind} {Title}", job.Id, job.Kind, job.Title);
        try
        {
            var results = await job.Work(services, job, both.Token);
            var state = results.Count > 0 && results.All(r => r.Result.Outcome == BorderWatch.Ingestion.IngestOutcome.Failed)
                ? IngestJobState.Failed : IngestJobState.Done;
            job.Finish(state, results, state == IngestJobState.Failed ? string.Join("; ", results.Select(r => r.Result.Error)) : null, time.GetUtcNow());
        }
        catch (OperationCanceledException) when (both.IsCancellationRequested)
        {
            job.Finish(IngestJobState.Cancelled, [], "cancelled; the articles stored before it stopped stay stored", time.GetUtcNow());
        }
        catch (Exception e)
        {
            logger.LogError(e, "Ingest job {JobId} failed", job.Id);
            job.Finish(IngestJobState.Failed, [], $"the ingest stopped on an internal error ({e.GetType().Name}); details are in the log", time.GetUtcNow());
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
        services.AddHostedService<IngestJobRunner>();
        return services;
    }
}
