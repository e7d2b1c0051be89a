using BorderWatch.Cli;
using BorderWatch.Core;
using BorderWatch.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>
/// <c>borderwatch ingest --url</c> against a real loopback HTTP server the test starts, into a real SQLite file:
/// the article is stored under its final URL; every refusal is one FAILED line naming the URL and the reason,
/// exit code 1, and nothing is stored. Refused addresses are never connected to.
/// </summary>
public sealed class UrlIngestCliTests(LoopbackSite site) : IClassFixture<LoopbackSite>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-cli-url-").FullName;
    private string Db => Path.Combine(_dir, "url.db");

    private async Task<(int Code, string Out, string Err)> Ingest(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["--db", Db, "--logs", Path.Combine(_dir, "logs"), "ingest", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private async Task<List<(string? Url, string? Title)>> StoredAsync()
    {
        await using var db = StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={Db};Pooling=False" });
        return (await db.Articles.Select(a => new { a.SourceUrl, a.Title }).ToListAsync()).Select(a => (a.SourceUrl, a.Title)).ToList();
    }

    [Fact]
    public async Task An_allowed_page_is_stored_under_its_final_url_after_a_redirect()
    {
        var (code, output, error) = await Ingest("--url", $"{site.Root}/moved", "--allow-hosts", "127.0.0.1");
        code.ShouldBe(0, error);
        output.ShouldContain($"ok        {site.Root}/article: ");
        output.ShouldContain("1 stored");
        (await StoredAsync()).ShouldHaveSingleItem().ShouldBe(($"{site.Root}/article", (string?)"Guards detain two near Batken"));

        // Fetching it again changes nothing.
        (await Ingest("--url", $"{site.Root}/article", "--allow-hosts", "127.0.0.1")).Out.ShouldContain("unchanged ");
        (await StoredAsync()).Count.ShouldBe(1);
    }

    public static TheoryData<string, string[], string> Refusals => new()
    {
        { "/article?case=not-allowed", [], "private, loopback, link-local or reserved address (127.0.0.1)" },
        { "/to-localhost?case=redirected", ["--allow-hosts", "127.0.0.1"], "redirected to http://localhost:{port}/article?case=redirected: localhost resolves to a private, loopback" },
        { "/big", ["--allow-hosts", "127.0.0.1"], "page is larger than the 10 MB limit" },
        { "/image", ["--allow-hosts", "127.0.0.1"], "content type 'image/png' cannot be read" },
        { "/slow", ["--allow-hosts", "127.0.0.1", "--timeout", "1"], "no complete answer within 1 s" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_fetch_is_one_failed_line_naming_the_url_and_reason_and_stores_nothing(string path, string[] options, string reason)
    {
        var url = site.Root + path;
        var (code, output, error) = await Ingest(["--url", url, .. options]);

        code.ShouldBe(CliApp.SomeFailed);
        var line = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        line.ShouldStartWith($"FAILED    {url}: ");
        line.ShouldContain(reason.Replace("{port}", site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        line.ShouldNotContain("   at ");   // no stack trace
        output.ShouldContain("0 stored");
        output.ShouldContain("1 failed");
        (await StoredAsync()).ShouldBeEmpty();
        if (path.Contains("case=", StringComparison.Ordinal))
            site.Requested.ShouldNotContain("/article" + path[path.IndexOf('?')..], "a refused address is never asked");
    }

    [Fact]
    public async Task A_timeout_that_is_not_a_number_of_seconds_is_a_usage_error()
    {
        var (code, _, error) = await Ingest("--url", $"{site.Root}/article", "--timeout", "soon");
        code.ShouldNotBe(0);
        error.ShouldContain("--timeout: 'soon' is not a number of seconds from 1 to 600");
        File.Exists(Db).ShouldBeFalse();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
