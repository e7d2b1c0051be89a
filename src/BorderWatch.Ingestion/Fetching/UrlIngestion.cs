using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion.Fetching;

/// <summary>An article's address pasted by an analyst: fetched under <see cref="PageFetcher"/>'s rules, then ingested like a file.</summary>
public static class UrlIngestion
{
    public static async Task<IngestReport> IngestUrlAsync(this IngestionService service, PageFetcher fetcher, string url,
        ILogger logger, CancellationToken ct = default)
    {
        FetchedPage page;
        try { page = await fetcher.FetchAsync(url, ct); }
        catch (FetchRefusedException e)
        {
            logger.LogWarning("Fetch refused for {Url}: {Reason}", url, e.Reason);
            // The line names the address the analyst gave; a refused redirect also names where it led.
            var error = SameAddress(e.Url, url) ? e.Message : $"{url}: redirected to {e.Url}: {e.Reason}";
            return new IngestReport([new IngestResult(url, IngestOutcome.Failed, null, [], error)]);
        }
        return await service.IngestFetchedAsync(page, ct);
    }

    private static bool SameAddress(string refused, string given) =>
        refused == given || (Uri.TryCreate(given, UriKind.Absolute, out var uri) && uri.ToString() == refused);
}
