using BorderWatch.Core.Queries;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace BorderWatch.Web.Dashboard;


/// <summary>
/// Output caching of the pages marked <see cref="CachedForAnonymousVisitorsAttribute"/> (the overview, the border
/// timeline, the incident list) for anonymous visitors: under load each page and filter is computed once per store
/// version instead of once per request.
/// <list type="bullet">
/// <item>Keyed by <see cref="StoreVersion"/> (through <see cref="StoreVersionWatch"/>, per request, as the API's cache does): an ingest, a review or any audited
/// analyst action (in this process or the CLI) changes it, so the next request misses and renders afresh.</item>
/// <item>Only anonymous GET/HEAD requests without an <c>Authorization</c> header; a signed-in analyst always gets a
/// page rendered for them (their menu, their role's view).</item>
/// <item>Kept <see cref="Lifetime"/> at most: the page carries the circuit's descriptors, which Blazor protects for
/// five minutes, so a page from the cache leaves the browser minutes to connect its circuit. The descriptors name the
/// component and its parameters only (no visitor, no session): any number of visitors may start a circuit from the
/// same page. The prerender handoff token in it is taken by the first circuit; later ones load their data again.</item>
/// <item>The antiforgery cookie Blazor sets while persisting the page's state is not stored with the page (it would
/// hand one visitor's cookie to everyone) and is taken off the answer that fills the cache too, before its first byte
/// (<see cref="UseAnonymousPageCookies"/>, inside the output cache), so every visitor of a cached page is served alike. A marked page must therefore hold no form posted over HTTP for anonymous visitors
/// (the overview has none; the sign-out form is shown to signed-in analysts only, who are never served from here).
/// Any other cookie, or a status other than 200, leaves the answer uncached.</item>
/// <item>Varied only by what the page shows (<see cref="CachedPageKey"/>): the incident list a list page reads from its query
/// string, written back in its one canonical form, so unknown keys, their order, the case of codes, repeated keys or
/// an analyst-only key an anonymous visitor cannot use all share the entry of the list they show (hostile URLs cannot
/// multiply entries); a query the page refuses (400) is neither looked up nor kept. And by whether the request is an
/// enhanced-navigation fetch (which asks for a different answer than a page load), not by the raw <c>Accept</c> header.</item>
/// </list>
/// </summary>
public sealed class AnonymousPageCache : IOutputCachePolicy
{
    public const string PolicyName = "anonymous-pages";

    /// <summary>
    /// The tag of every page this policy keeps: <c>IOutputCacheStore.EvictByTagAsync(Tag)</c> drops them all (the browser
    /// tests start a first visit from an empty cache with it).
    /// </summary>
    public const string Tag = "anonymous-pages";

    /// <summary>How long a page is kept at most (a write to the store invalidates it earlier).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>The antiforgery cookie's name prefix (ASP.NET Core's default).</summary>
    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<CachedForAnonymousVisitorsAttribute>() is not { } page) return;
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return;
        if (http.User.Identity?.IsAuthenticated == true || request.Headers.Authorization.Count > 0) return;
        if (CachedPageKey.For(page, request) is not { } key) return;
        var version = await http.RequestServices.GetRequiredService<StoreVersionWatch>().CurrentAsync(ct);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = !Hosting.StartupWarmup.IsWarmup(http);   // each warm-up request renders (the last one is kept)
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        // No query keys and no raw header: the page's canonical list and the kind of request are the only variations.
        context.CacheVaryByRules.VaryByValues["shows"] = key.Shows;
        context.CacheVaryByRules.VaryByValues["navigation"] = key.Navigation.ToString();
        context.CacheVaryByRules.VaryByValues["store"] = version;
        context.Tags.Add(Tag);
        http.Items[CacheableKey] = true;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        if (!context.EnableOutputCaching) return ValueTask.CompletedTask;
        var response = context.HttpContext.Response;
        // The antiforgery cookie was taken off before the first byte (UseAnonymousPageCookies); any other cookie stays
        // with its visitor and the answer is not stored.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Runs inside the output cache: on a request the policy may cache, takes Blazor's antiforgery cookie off the
    /// answer before its first byte, so neither the answer nor the cache's copy of its headers carries it.
    /// </summary>
    public static IApplicationBuilder UseAnonymousPageCookies(IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.Items.ContainsKey(CacheableKey)) { await next(http); return; }
        var body = http.Response.Body;
        http.Response.Body = new CookieStrippingStream(body, http.Response);
        try { await next(http); }
        finally { http.Response.Body = body; }
    });

    private static readonly object CacheableKey = new();

    /// <summary>Forwards to the stream below; before the first write or flush, removes the antiforgery cookie.</summary>
    private sealed class CookieStrippingStream(Stream inner, HttpResponse response) : Stream
    {
        private bool done;

        private void Strip()
        {
            if (done) return;
            done = true;
            if (response.HasStarted) return;
            var cookies = response.Headers.SetCookie;
            var kept = cookies.Where(c => c is null || !c.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal)).ToArray();
            if (kept.Length == cookies.Count) return;
            if (kept.Length == 0) response.Headers.Remove(HeaderNames.SetCookie);
            else response.Headers.SetCookie = kept;
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Flush() { Strip(); inner.Flush(); }
        public override Task FlushAsync(CancellationToken cancellationToken) { Strip(); return inner.FlushAsync(cancellationToken); }
        public override void Write(byte[] buffer, int offset, int count) { Strip(); inner.Write(buffer, offset, count); }
        public override void Write(ReadOnlySpan<byte> buffer) { Strip(); inner.Write(buffer); }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Strip();
            return inner.WriteAsync(buffer, offset, count, cancellationToken);
        }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Strip();
            return inner.WriteAsync(buffer, cancellationToken);
        }
    }
}
