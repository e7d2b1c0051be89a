using System.Net;
using BorderWatch.Ingestion.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// DNS rebinding: a name that resolves to a public address when it is checked and to loopback when it is looked up
/// again must never lead to a connection to the loopback site. The fetcher gets a resolver that answers a public
/// address on its first lookup and 127.0.0.1 on every later one; a real Kestrel site on 127.0.0.1 counts the
/// requests that reach it.
/// </summary>
public sealed class DnsRebindingTests : IAsyncLifetime
{
    private WebApplication? site;
    private int hits;
    private int port;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        site = builder.Build();
        site.Use((context, next) => { Interlocked.Increment(ref hits); return next(context); });
        site.MapGet("/article", () => Results.Content(LocalSite.ArticleHtml, "text/html; charset=utf-8"));
        await site.StartAsync();
        port = new Uri(site.Urls.First()).Port;
    }

    public async Task DisposeAsync()
    {
        if (site is not null) await site.DisposeAsync();
    }

    /// <summary>A resolver that rebinds: the first lookup of any name answers <paramref name="first"/>, later ones loopback.</summary>
    private sealed class RebindingResolver(IPAddress first)
    {
        private int lookups;
        public int Lookups => lookups;

        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
            Task.FromResult(Interlocked.Increment(ref lookups) == 1 ? new[] { first } : [IPAddress.Loopback]);
    }

    [Fact]
    public async Task A_name_that_rebinds_from_public_to_loopback_never_reaches_the_loopback_site()
    {
        // 93.184.216.34 is a public address; the test machine has no route to it, so the connection fails or times out.
        var resolver = new RebindingResolver(IPAddress.Parse("93.184.216.34"));
        using var fetcher = new PageFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(3) }, resolver.ResolveAsync);

        var refused = await Should.ThrowAsync<FetchRefusedException>(() => fetcher.FetchAsync($"http://rebind.example:{port}/article", default));

        refused.Url.ShouldBe($"http://rebind.example:{port}/article");
        hits.ShouldBe(0, "the loopback site was reached: the address connected to was not the address checked");
        resolver.Lookups.ShouldBe(1, "one lookup per connection: the address checked is the address connected to");
    }

    [Fact]
    public async Task Every_new_connection_looks_up_again_and_a_loopback_answer_is_refused()
    {
        // The first lookup answers loopback too (no public step): refused before any connection, the site never hit.
        var resolver = new RebindingResolver(IPAddress.Loopback);
        using var fetcher = new PageFetcher(new FetchOptions { Timeout = TimeSpan.FromSeconds(3) }, resolver.ResolveAsync);

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var refused = await Should.ThrowAsync<FetchRefusedException>(() => fetcher.FetchAsync($"http://rebind.example:{port}/article", default));
            refused.Reason.ShouldBe("rebind.example resolves to a private, loopback, link-local or reserved address (127.0.0.1); refused");
        }
        resolver.Lookups.ShouldBe(2, "no connection is reused or cached past a refusal");
        hits.ShouldBe(0);
    }

    [Fact]
    public async Task The_same_resolver_on_the_allow_list_reaches_the_site_so_the_counter_is_live()
    {
        // Control: with the name allow-listed, the loopback answer is used and the site counts the request.
        var resolver = new RebindingResolver(IPAddress.Loopback);
        using var fetcher = new PageFetcher(new FetchOptions { AllowedHosts = ["rebind.example"] }, resolver.ResolveAsync);

        var page = await fetcher.FetchAsync($"http://rebind.example:{port}/article", default);

        page.FinalUrl.ShouldBe(new Uri($"http://rebind.example:{port}/article"));
        hits.ShouldBe(1);
    }
}
