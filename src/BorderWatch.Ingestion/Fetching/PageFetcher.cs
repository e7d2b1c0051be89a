using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace BorderWatch.Ingestion.Fetching;

/// <summary>
/// Fetches one article page for ingestion: http and https only, at most <see cref="FetchOptions.MaxRedirects"/>
/// redirects followed one by one (each checked like the first URL), a time limit for the whole fetch, a size cap
/// on the body, and only content types a reader handles. Every connection resolves the host itself and connects
/// only to an address <see cref="AddressPolicy"/> allows (so a DNS answer cannot switch to a private address
/// between check and connect), unless the host is on the administrator's allow-list.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly HashSet<string> _allowed;
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    /// <param name="options">The bounds of a fetch.</param>
    /// <param name="resolve">Resolves a host name to addresses; the system resolver unless a test gives its own
    /// (e.g. one that answers differently on each lookup, to prove a DNS rebinding cannot reach a private address).</param>
    public PageFetcher(FetchOptions options, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        _options = options;
        _resolve = resolve ?? Dns.GetHostAddressesAsync;
        _allowed = new HashSet<string>(options.AllowedHosts.Select(h => h.Trim().TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("BorderWatch", "1.0"));
    }

    private static readonly Dictionary<string, string> ReadableTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/html"] = ".html", ["application/xhtml+xml"] = ".html", ["text/plain"] = ".txt",
        ["application/rss+xml"] = ".xml", ["application/rdf+xml"] = ".xml", ["application/atom+xml"] = ".xml", ["application/xml"] = ".xml", ["text/xml"] = ".xml",
    };

    public async Task<FetchedPage> FetchAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) throw new FetchRefusedException(url, "not an absolute URL");
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(_options.Timeout);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                CheckScheme(uri);
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/xml, text/plain;q=0.8");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, budget.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects >= _options.MaxRedirects)
                        throw new FetchRefusedException(url, $"more than {_options.MaxRedirects} redirects");
                    uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw new FetchRefusedException(uri.ToString(), $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
                var type = response.Content.Headers.ContentType?.MediaType ?? "";
                if (!ReadableTypes.TryGetValue(type, out var extension))
                    throw new FetchRefusedException(uri.ToString(), $"content type '{(type.Length == 0 ? "none" : type)}' cannot be read (HTML, RSS/Atom or plain text only)");
                var bytes = await ReadCappedAsync(response.Content, uri, budget.Token);
                return new FetchedPage(uri, bytes, ReaderName(uri, extension));
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FetchRefusedException(uri.ToString(), $"no complete answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            if (e.InnerException is FetchRefusedException refused) throw new FetchRefusedException(uri.ToString(), refused.Reason);
            throw new FetchRefusedException(uri.ToString(), $"could not be fetched ({e.HttpRequestError})");
        }
    }

    private static void CheckScheme(Uri uri)
    {
        if (uri.Scheme is not ("http" or "https")) throw new FetchRefusedException(uri.ToString(), $"scheme '{uri.Scheme}' refused (http and https only)");
        if (!string.IsNullOrEmpty(uri.UserInfo)) throw new FetchRefusedException(uri.ToString(), "URLs with a user name or password are refused");
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, Uri uri, CancellationToken ct)
    {
        if (content.Headers.ContentLength is long declared && declared > _options.MaxBytes) throw TooLarge(uri);
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxBytes) throw TooLarge(uri);
        }
        return buffer.ToArray();
    }

    private FetchRefusedException TooLarge(Uri uri) =>
        new(uri.ToString(), $"page is larger than the {_options.MaxBytes / (1024 * 1024)} MB limit");

    /// <summary>"host-lastsegment.html": a name for the report whose extension picks the reader.</summary>
    private static string ReaderName(Uri uri, string extension)
    {
        var last = uri.Segments.LastOrDefault()?.Trim('/') ?? "";
        var stem = new string($"{uri.Host}-{Path.GetFileNameWithoutExtension(last)}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
        return stem.TrimEnd('-') + extension;
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host.TrimEnd('.');
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await _resolve(host, ct);
        var allowed = _allowed.Contains(host);
        var usable = addresses.Where(a => allowed || !AddressPolicy.IsForbidden(a)).ToList();
        if (usable.Count == 0)
            throw new FetchRefusedException(host, addresses.Length == 0 ? "host name does not resolve"
                : $"{host} resolves to a private, loopback, link-local or reserved address ({addresses[0]}); refused");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable[0], context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}
