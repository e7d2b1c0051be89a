using BorderWatch.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// One dashboard (own temporary store with the seeds imported) and one headless Debian Chromium per test class.
/// Each test opens its own browser context, so cookies and storage never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium package; Playwright's own browser download cannot work on this machine (STACK.md §10).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Generous for a 2-core machine running other builds; waits end as soon as the condition holds.</summary>
    public const float TimeoutMs = 20_000;

    /// <summary>
    /// Loading a page: a first load at load average 70 took over 20 s (CI, 2026-12-02: <c>GotoAsync("/actors")</c> of
    /// the first test run). A ceiling, not a wait: navigations end at their load event.
    /// </summary>
    public const float NavigationTimeoutMs = 60_000;

    private static readonly SemaphoreSlim WarmUp = new(1, 1);
    private static bool warm;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "borderwatch-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;

    public BorderWatchServer Server { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    /// <summary>Incidents and articles in the store once the seeds are imported.</summary>
    public int SeedIncidents { get; private set; }

    public async Task InitializeAsync()
    {
        // A missing browser is a broken machine, not a reason to skip: CI installs the package.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. The browser tests drive Debian's chromium; install the Debian package " +
                "`chromium` (sudo apt-get install -y chromium). `playwright install` cannot download browsers here.");

        System.IO.Directory.CreateDirectory(directory);
        Server = new BorderWatchServer(directory);
        BaseUrl = Server.BaseUrl;

        await using (var scope = Server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BorderWatchDbContext>();
            var articles = await db.Articles.CountAsync();
            SeedIncidents = await db.Incidents.CountAsync();
            if (articles == 0 || SeedIncidents == 0)
                throw new InvalidOperationException(
                    $"The seed articles were not imported on start ({articles} articles, {SeedIncidents} incidents in {Server.StorePath}); " +
                    $"expected the build to copy seeds/ to {AppContext.BaseDirectory}.");
        }

        await WarmUpAsync(BaseUrl);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>A fresh context and page at desktop size (1280 wide) unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL ??= BaseUrl;
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        options.AcceptDownloads ??= true;
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Once per test process, the main pages are rendered once before any test (the components' and queries' code is
    /// compiled on first use, which under load made the first page load of the run the slowest step by far).
    /// </summary>
    private static async Task WarmUpAsync(string baseUrl)
    {
        await WarmUp.WaitAsync();
        try
        {
            if (warm) return;
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
            foreach (var path in new[] { "/", "/incidents", "/borders/AFG-TKM", "/incidents/1", "/articles", "/articles/3", "/actors" })
                (await http.GetAsync(path)).EnsureSuccessStatusCode();
            warm = true;
        }
        finally { WarmUp.Release(); }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* a log file still held open: the temp folder is cleaned by the OS */ }
    }
}
