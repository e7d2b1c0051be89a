using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Fetching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Api;

/// <summary>The body of <c>POST /api/ingest/url</c>.</summary>
public sealed record UrlIngestRequest(string? Url);

/// <summary>One result of an ingest, as the API reports it.</summary>
public sealed record ApiIngestResult(string Source, string Outcome, int? ArticleId, IReadOnlyList<int> IncidentIds, string? Error, int? DuplicateOf);

/// <summary>
/// Ingest from a URL: the page is fetched under <see cref="PageFetcher"/>'s rules (the administrator's host
/// allow-list is <c>Fetch:AllowedHosts</c>) and ingested like an upload. A refused or failed fetch is a 422 problem
/// naming the URL and the reason.
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

    public static async Task<Results<Ok<IReadOnlyList<ApiIngestResult>>, ProblemHttpResult>> IngestAsync(UrlIngestRequest? body,
        IngestionService ingestion, PageFetcher fetcher, ILoggerFactory loggers, CancellationToken ct)
    {
        var url = body?.Url?.Trim();
        if (string.IsNullOrEmpty(url))
            return Problem(StatusCodes.Status400BadRequest, "url: an absolute http or https address is required");
        if (url.Length > MaxUrlLength)
            return Problem(StatusCodes.Status400BadRequest, $"url: {url.Length:N0} characters, more than the {MaxUrlLength:N0} accepted");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return Problem(StatusCodes.Status400BadRequest, $"url: '{ApiValues.Shown(url)}' is not an absolute http or https address");

        var report = await ingestion.IngestUrlAsync(fetcher, url, loggers.CreateLogger("BorderWatch.Fetch"), ct);
        if (report.Results is [{ Outcome: IngestOutcome.Failed } only] && only.Source == url)
            return Problem(StatusCodes.Status422UnprocessableEntity, only.Error ?? "the page could not be fetched");
        return TypedResults.Ok<IReadOnlyList<ApiIngestResult>>(report.Results.Select(r => new ApiIngestResult(
            r.Source, r.Outcome.ToString().ToLowerInvariant(), r.ArticleId, r.IncidentIds, r.Error, r.DuplicateOfId)).ToList());
    }

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(
        title: status == 400 ? "The request cannot be applied" : "The page cannot be ingested", detail: detail, statusCode: status,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { detail } });
}
