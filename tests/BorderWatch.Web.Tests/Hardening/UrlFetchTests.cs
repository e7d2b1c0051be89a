using System.Net;
using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Fetching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// Fetching an article by URL against a local Kestrel site: what is followed, what is refused and why. Refused
/// addresses are refused before any connection is made, so the metadata-address case sends nothing anywhere.
/// </summary>
public sealed class UrlFetchTests(LocalSite site) : IClassFixture<LocalSite>
{
    private static PageFetcher Fetcher(params string[] allowed) => new(new FetchOptions { AllowedHosts = allowed });

    private static async Task<FetchRefusedException> Refused(PageFetcher fetcher, string url)
    {
        using (fetcher) return await Should.ThrowAsync<FetchRefusedException>(() => fetcher.FetchAsync(url, default));
    }

    [Fact]
    public async Task An_allowed_host_is_fetched_through_five_redirects_and_the_final_url_is_the_source()
    {
        var dir = Directory.CreateTempSubdirectory("bw-url-").FullName;
        try
        {
            var options = new StoreOptions { ConnectionString = $"Data Source={Path.Combine(dir, "s.db")};Pooling=False" };
            await using var db = StoreSetup.Open(options);
            await StoreSetup.MigrateAsync(db);
            var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
            await service.SyncGazetteerAsync();
            using var fetcher = Fetcher("127.0.0.1");

            var report = await service.IngestUrlAsync(fetcher, $"{site.Root}/hop/5", NullLogger.Instance);

            var result = report.Results.ShouldHaveSingleItem();
            result.Outcome.ShouldBe(IngestOutcome.Stored, result.Error);
            var article = await db.Articles.SingleAsync();
            article.SourceUrl.ShouldBe($"{site.Root}/article");
            article.SourceName.ShouldBe($"{site.Root}/article");
            article.Title.ShouldBe("Guards detain two near Batken");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_sixth_redirect_is_refused() =>
        (await Refused(Fetcher("127.0.0.1"), $"{site.Root}/hop/6")).Reason.ShouldBe("more than 5 redirects");

    [Fact]
    public async Task Loopback_is_refused_without_the_allow_list_by_address_and_by_name()
    {
        (await Refused(Fetcher(), $"{site.Root}/article")).Reason.ShouldContain("private, loopback, link-local or reserved address (127.0.0.1)");
        (await Refused(Fetcher(), $"http://localhost:{site.Port}/article")).Reason.ShouldContain("localhost resolves to a private, loopback");
    }

    [Fact]
    public async Task Every_redirect_is_checked_again()
    {
        var toLocalhost = Uri.EscapeDataString($"http://localhost:{site.Port}/article");
        (await Refused(Fetcher("127.0.0.1"), $"{site.Root}/to?target={toLocalhost}")).Reason.ShouldContain("localhost resolves to a private");
        var toMetadata = Uri.EscapeDataString("http://169.254.169.254/latest/meta-data/");
        (await Refused(Fetcher("127.0.0.1"), $"{site.Root}/to?target={toMetadata}")).Reason.ShouldContain("(169.254.169.254); refused");
        var toFile = Uri.EscapeDataString("file:///etc/passwd");
        (await Refused(Fetcher("127.0.0.1"), $"{site.Root}/to?target={toFile}")).Reason.ShouldBe("scheme 'file' refused (http and https only)");
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/article.html", "scheme 'ftp' refused (http and https only)")]
    [InlineData("http://user:secret@127.0.0.1/article", "URLs with a user name or password are refused")]
    [InlineData("not a url", "not an absolute URL")]
    public async Task Other_schemes_credentials_and_non_urls_are_refused(string url, string reason) =>
        (await Refused(Fetcher("127.0.0.1"), url)).Reason.ShouldBe(reason);

    [Fact]
    public async Task Unreadable_types_oversized_bodies_and_slow_servers_are_refused()
    {
        (await Refused(Fetcher("127.0.0.1"), $"{site.Root}/image")).Reason.ShouldStartWith("content type 'image/png' cannot be read");
        (await Refused(Fetcher("127.0.0.1"), $"{site.Root}/big")).Reason.ShouldBe("page is larger than the 10 MB limit");
        (await Refused(Fetcher("127.0.0.1"), $"{site.Root}/endless")).Reason.ShouldBe("page is larger than the 10 MB limit");
        var impatient = new PageFetcher(new FetchOptions { AllowedHosts = ["127.0.0.1"], Timeout = TimeSpan.FromSeconds(1) });
        (await Refused(impatient, $"{site.Root}/slow")).Reason.ShouldBe("no complete answer within 1 s");
    }

    [Theory]
    [InlineData("127.0.0.1"), InlineData("10.1.2.3"), InlineData("172.20.0.1"), InlineData("192.168.1.1"), InlineData("169.254.169.254")]
    [InlineData("100.64.0.1"), InlineData("0.0.0.0"), InlineData("224.0.0.1"), InlineData("255.255.255.255"), InlineData("::1")]
    [InlineData("fe80::1"), InlineData("fd00:ec2::254"), InlineData("::ffff:10.0.0.1"), InlineData("::ffff:127.0.0.1"), InlineData("2002:0a00:0001::1")]
    public void Private_and_special_addresses_are_forbidden(string address) =>
        AddressPolicy.IsForbidden(IPAddress.Parse(address)).ShouldBeTrue();

    [Theory]
    [InlineData("93.184.216.34"), InlineData("8.8.8.8"), InlineData("2606:4700::1111"), InlineData("172.32.0.1")]
    public void Public_addresses_are_allowed(string address) =>
        AddressPolicy.IsForbidden(IPAddress.Parse(address)).ShouldBeFalse();
}
