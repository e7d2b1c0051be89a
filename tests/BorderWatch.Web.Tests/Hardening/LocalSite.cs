using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>A small news site on 127.0.0.1 (real Kestrel, a free port) for the URL-ingest tests: no traffic leaves the machine.</summary>
public sealed class LocalSite : IAsyncLifetime
{
    private WebApplication? _app;
    public string Root { get; private set; } = "";
    public int Port => new Uri(Root).Port;

    public const string ArticleHtml = """
        <!DOCTYPE html><html lang="en"><head><title>Guards detain two near Batken</title></head>
        <body><article><h1>Guards detain two near Batken</h1>
        <p>Kyrgyz border guards detained two men near the Tajik border on Monday, officials in Batken said.</p>
        <p>The men were crossing the river at night, according to the State Border Service.</p></article></body></html>
        """;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapGet("/article", () => Results.Content(ArticleHtml, "text/html; charset=utf-8"));
        _app.MapGet("/hop/{n:int}", (int n) => Results.Redirect(n <= 1 ? "/article" : $"/hop/{n - 1}"));
        _app.MapGet("/to", (string target) => Results.Redirect(target));
        _app.MapGet("/image", () => Results.Bytes(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png"));
        _app.MapGet("/big", () => Results.Bytes(new byte[11 * 1024 * 1024], "text/html"));
        _app.MapGet("/endless", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";   // chunked: no Content-Length to trust
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var i = 0; i < 400 && !context.RequestAborted.IsCancellationRequested; i++)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        _app.MapGet("/slow", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ct);
            return Results.Content(ArticleHtml, "text/html");
        });
        await _app.StartAsync();
        Root = _app.Urls.First().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
