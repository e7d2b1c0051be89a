using BorderWatch.Web.Ingest;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderWatch.Web.Api;

/// <summary>An ingest job as the API reports it; <c>statusUrl</c> is where to poll it.</summary>
public sealed record ApiIngestJob(Guid Id, string Kind, string Title, string State, int Done, int Total, double DocumentsPerMinute,
    double? SecondsLeft, string StatusUrl, string? Problem, IReadOnlyList<ApiIngestResult> Results, DateTimeOffset Created, DateTimeOffset? Finished)
{
    public static ApiIngestJob From(IngestJobSnapshot job) => new(job.Id, job.Kind.ToString().ToLowerInvariant(), job.Title,
        job.State.ToString().ToLowerInvariant(), job.Progress?.Done ?? 0, job.Progress?.Total ?? 0, Math.Round(job.Progress?.FilesPerMinute ?? 0, 1),
        job.IsFinished ? null : job.Progress?.Left?.TotalSeconds is double s ? Math.Round(s, 1) : null,
        IngestJobEndpoints.StatusUrl(job.Id), job.Problem,
        job.Results.Select(d => d.Result).Select(r => new ApiIngestResult(
            r.Source, r.Outcome.ToString().ToLowerInvariant(), r.ArticleId, r.IncidentIds, r.Error, r.DuplicateOfId)).ToList(),
        job.Created, job.Finished);
}

/// <summary>
/// Following a web ingest: <c>GET /api/ingest/jobs/{id}</c> answers the job's state, progress and results;
/// <c>DELETE /api/ingest/jobs/{id}</c> stops it (a queued job never starts, a running one stops between articles).
/// </summary>
public static class IngestJobEndpoints
{
    public static string StatusUrl(Guid id) => $"/api/ingest/jobs/{id}";

    public static Results<Ok<ApiIngestJob>, ProblemHttpResult> Get(Guid id, IngestJobQueue jobs) =>
        jobs.Find(id) is { } job
            ? TypedResults.Ok(ApiIngestJob.From(job.Snapshot()))
            : Unknown(id);

    private static ProblemHttpResult Unknown(Guid id) => TypedResults.Problem(title: "Not found",
        detail: $"There is no ingest job {id} (finished jobs are kept for a while, then forgotten).", statusCode: StatusCodes.Status404NotFound);

    /// <summary>
    /// Asks the job to stop: 202 with the job as it stands (already <c>cancelled</c> when it was waiting; a running
    /// job shows <c>cancelled</c> once the article in hand is done), 409 when it had already finished. Logged with who asked.
    /// </summary>
    public static Results<Accepted<ApiIngestJob>, ProblemHttpResult> Cancel(Guid id, IngestJobQueue jobs, HttpContext context, ILoggerFactory logs)
    {
        if (jobs.Find(id) is not { } job) return Unknown(id);
        if (!job.Cancel())
            return TypedResults.Problem(title: "Already finished",
                detail: $"The ingest job {id} has already finished ({job.Snapshot().State.ToString().ToLowerInvariant()}); there is nothing to stop.",
                statusCode: StatusCodes.Status409Conflict);
        logs.CreateLogger("BorderWatch.Ingest").LogInformation("Ingest job {JobId} cancelled by {User}", id, context.User.Identity?.Name ?? "(unknown)");
        return TypedResults.Accepted(StatusUrl(id), ApiIngestJob.From(job.Snapshot()));
    }

    /// <summary>202 Accepted with the job and its status URL (also the Location header).</summary>
    public static Accepted<ApiIngestJob> Accepted(IngestJob job) => TypedResults.Accepted(StatusUrl(job.Id), ApiIngestJob.From(job.Snapshot()));

    public static ProblemHttpResult QueueFull(int capacity) => TypedResults.Problem(title: "Too many ingests waiting",
        detail: $"{capacity} ingest jobs are already waiting; try again in a minute.", statusCode: StatusCodes.Status503ServiceUnavailable,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { "ingest queue full" } });
}
