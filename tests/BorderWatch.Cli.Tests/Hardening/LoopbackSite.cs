using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>
/// A small news site on 127.0.0.1 (HttpListener, a free port) for <c>ingest --url</c>: an article, redirects, an image,
/// an oversized page and a server that never answers. Nothing leaves the machine.
/// </summary>
public sealed class LoopbackSite : IDisposable
{
    public const string ArticleHtml = """
        <!DOCTYPE html><html lang="en"><head><title>Guards detain two near Batken</title></head>
        <body><article><h1>Guards detain two near Batken</h1>
        <p>Kyrgyz border guards detained two men near the Tajik border on Monday, officials in Batken said.</p>
        <p>The men were crossing the river at night, according to the State Border Service.</p></article></body></html>
        """;

    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackSite()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>"http://127.0.0.1:PORT".</summary>
    public string Root => $"http://127.0.0.1:{Port}";

    /// <summary>Paths and queries requested so far (to prove a refused address was never asked).</summary>
    public IReadOnlyList<string> Requested { get { lock (_requested) return [.. _requested]; } }

    private readonly List<string> _requested = [];

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var query = context.Request.Url.Query;
        lock (_requested) _requested.Add(path + query);
        var response = context.Response;
        try
        {
            switch (path)
            {
                case "/article":
                    await WriteAsync(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ArticleHtml));
                    break;
                case "/moved":   // a redirect within the allowed host
                    Redirect(response, "/article");
                    break;
                case "/to-localhost":   // a redirect to a host that is not on the allow-list (and resolves to loopback)
                    Redirect(response, $"http://localhost:{Port}/article{query}");
                    break;
                case "/big":
                    await WriteAsync(response, "text/html", new byte[11 * 1024 * 1024]);
                    break;
                case "/image":
                    await WriteAsync(response, "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
                    break;
                case "/slow":
                    try { await Task.Delay(TimeSpan.FromSeconds(60), _stop.Token); } catch (OperationCanceledException) { }
                    await WriteAsync(response, "text/html", Encoding.UTF8.GetBytes(ArticleHtml));
                    break;
                default:
                    response.StatusCode = 404;
                    response.Close();
                    break;
            }
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // the client gave up (timeout, size cap): nothing to answer
        }
    }

    private static void Redirect(HttpListenerResponse response, string location)
    {
        response.StatusCode = 302;
        response.RedirectLocation = location;
        response.Close();
    }

    private static async Task WriteAsync(HttpListenerResponse response, string contentType, byte[] body)
    {
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
