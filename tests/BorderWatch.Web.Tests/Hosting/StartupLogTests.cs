using System.Text.Json;
using BorderWatch.Web.Hosting;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// What the first start says (issue 7: "the path of the store in use logged at start-up"; item 12: "Print what is
/// happening (migrating, importing seeds n/5)"), read back from the app's own Serilog JSON log of a seeded
/// dashboard that started on an empty SQLite file as a first <c>dotnet run</c> does (never on a copy of a seeded store).
/// </summary>
public sealed class StartupLogTests(FirstStartDashboardFactory app) : IClassFixture<FirstStartDashboardFactory>
{
    private List<JsonElement> StartupEvents()
    {
        _ = app.Services;   // started: migrated and seeded
        var dir = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "logs");
        var events = new List<JsonElement>();
        foreach (var file in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
                if (line.Length > 0 && line.EndsWith('}')) events.Add(JsonDocument.Parse(line).RootElement.Clone());
        }
        return events.Where(e => e.TryGetProperty("MessageTemplate", out _)).ToList();
    }

    private static string Template(JsonElement e) => e.GetProperty("MessageTemplate").GetString()!;

    [Fact]
    public void The_first_start_logs_the_store_file_then_each_step_in_order_with_the_seed_count()
    {
        var events = StartupEvents();
        var seeds = Directory.GetFiles(Path.Combine(RepoRoot(), "seeds"), "*.txt").Length;
        seeds.ShouldBe(5);

        var store = events.First(e => Template(e).StartsWith("Store: ", StringComparison.Ordinal));
        store.GetProperty("Properties").GetProperty("StoreLocation").GetString().ShouldBe(Path.GetFullPath(app.DatabasePath));
        store.GetProperty("Properties").GetProperty("Provider").GetString()!.ShouldContain("Sqlite");

        var steps = events.Select(Template).Where(t => t.StartsWith("Store: ", StringComparison.Ordinal)
            || t.StartsWith("Starting: ", StringComparison.Ordinal) || t.StartsWith("Imported seeds", StringComparison.Ordinal)).ToList();
        steps.Take(3).ShouldBe([
            "Store: {Provider} at {StoreLocation}",
            "Starting: migrating the store (first start creates it)…",
            "Starting: loading the gazetteer…",
        ]);
        var imports = events.Where(e => Template(e).StartsWith("Starting: importing seeds", StringComparison.Ordinal))
            .Select(e => e.GetProperty("RenderedMessage").GetString()!).ToList();
        imports.Count.ShouldBe(seeds);
        for (var n = 0; n < seeds; n++) imports[n].ShouldStartWith($"Starting: importing seeds {n + 1}/{seeds}: ");
        steps[^1].ShouldStartWith("Imported seeds from", customMessage: "the last step says the store is ready");
        events.Single(e => Template(e).StartsWith("Imported seeds", StringComparison.Ordinal))
            .GetProperty("RenderedMessage").GetString()!.ShouldEndWith("0 failed; store ready");
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BorderWatch.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("BorderWatch.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>The start-up line names a PostgreSQL store by server, port, database and user, never its password.</summary>
public sealed class StoreLocationTests
{
    [Fact]
    public void A_postgresql_store_is_named_by_server_port_database_and_user_without_the_password()
    {
        var location = StoreStartup.StoreLocation(false, "Host=db.desk.local;Port=5544;Username=bw;Password=s3cret-pw;Database=borderwatch");
        location.ShouldBe("PostgreSQL db.desk.local:5544/borderwatch as bw");
        location.ShouldNotContain("s3cret");
    }

    [Fact]
    public void A_sqlite_store_is_named_by_the_full_path_of_its_file()
    {
        StoreStartup.StoreLocation(true, "Data Source=relative/bw.db").ShouldBe(Path.GetFullPath("relative/bw.db"));
    }
}
