namespace BorderWatch.Ingestion.Fetching;

/// <summary>Bounds of a page fetch; <see cref="AllowedHosts"/> is the administrator's list of hosts that may be private.</summary>
public sealed record FetchOptions
{
    public const string Section = "Fetch";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public long MaxBytes { get; init; } = Reading.DocumentReader.MaxBytes;
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Host names (or IP literals) fetched even when they resolve to private or loopback addresses.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
}

/// <summary>A fetch refused or failed; <see cref="Exception.Message"/> is one line naming the URL and the reason.</summary>
public sealed class FetchRefusedException(string url, string reason) : Exception($"{url}: {reason}")
{
    public string Url { get; } = url;
    public string Reason { get; } = reason;
}

/// <summary>A fetched page: the final URL after redirects, its bytes, and a file name whose extension picks the reader.</summary>
public sealed record FetchedPage(Uri FinalUrl, byte[] Content, string ReaderName);
