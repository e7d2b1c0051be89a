using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Fetching;
using Microsoft.AspNetCore.Http.HttpResults;
using BorderWatch.Web.Ingest;

namespace BorderWatch.Web.Api;

/// <summary>The body of <c>POST /api/ingest/url</c>.</summary>
public sealed record UrlIngestRequest(string? Url);

/// <summary>One result of an ingest, as the API reports it.</summary>
public sealed record ApiIngestResult(string Source, string Outcome, int? ArticleId, IReadOnlyList<int> IncidentIds, string? Error, int? DuplicateOf);

/// <summary>
/// Ingest from a URL: the page is fetched under <see cref="PageFetcher"/>'s rules (the administrator's host
/// allow-list is <c>Fetch:AllowedHosts</c>) and ingested like an upload, as a background job.
/// </summary>
public static class UrlIngestEndpoint
{
    public const int MaxUrlLength = 2048;

    public static IServiceCollection AddUrlIngest(this IServiceCollection services, IConfiguration configuration)
    {
        var hosts = configuration.GetSection($"{FetchOptions.Section}:AllowedHosts").Get<string[]>() ?? [];
        services.AddSingleton(new PageFetcher(new FetchOptions { AllowedHosts = hosts }));
        return services;
    }

    /// <summary>
    /// Checks the address, then queues the fetch and ingest as a job (<see cref="IngestJobQueue"/>): 202 Accepted with
    /// the job's status URL, where a refused or failed fetch shows as a failed job naming the URL and the reason.
    /// </summary>
    public static Results<Accepted<ApiIngestJob>, ProblemHttpResult> IngestAsync(UrlIngestRequest? body, IngestJobQueue jobs, HttpContext context)
    {
        var url = body?.Url?.Trim();
        if (string.IsNullOrEmpty(url))
            return Problem(StatusCodes.Status400BadRequest, "url: an absolute http or https address is required");
        if (url.Length > MaxUrlLength)
            return Problem(StatusCodes.Status400BadRequest, $"url: {url.Length:N0} characters, more than the {MaxUrlLength:N0} accepted");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return Problem(StatusCodes.Status400BadRequest, $"url: '{ApiValues.Shown(url)}' is not an absolute http or https address");

        return jobs.SubmitUrl(url, context.User.Identity?.Name) is { } job ? IngestJobEndpoints.Accepted(job) : IngestJobEndpoints.QueueFull(jobs.Capacity);
    }

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(
        title: "The request cannot be applied", detail: detail, statusCode: status,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { detail } });
}
