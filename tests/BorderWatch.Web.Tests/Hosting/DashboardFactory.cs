using BorderWatch.Core;
using BorderWatch.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using BorderWatch.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The dashboard in-process on its own SQLite file in a temp folder: migrated, gazetteer loaded and the seed
/// articles imported on start, exactly as a first `dotnet run` does. The test process's first seeded SQLite start
/// imports for real and its store is kept (<see cref="SeededStoreTemplate"/>); later seeded SQLite dashboards start on a
/// copy of it (a restart on a seeded store: the same rows, without analysing the seeds again), unless
/// <see cref="FirstStartOnly"/> says this one is about the first start itself.
/// </summary>
public class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string dir = Directory.CreateTempSubdirectory("bw-web-").FullName;

    public string DatabasePath => Path.Combine(dir, "store.db");

    protected virtual bool ImportSeeds => true;

    /// <summary>True for a dashboard whose tests are about the first start itself (its log, its import): it never starts from a copy.</summary>
    protected virtual bool FirstStartOnly => false;

    private string OwnConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Seeded on this factory's own SQLite file: the stores <see cref="SeededStoreTemplate"/> keeps and copies.</summary>
    private bool SeedsOwnSqliteFile => ImportSeeds && Store.Provider == StoreSetup.Sqlite && Store.ConnectionString == OwnConnectionString;

    /// <summary>The store the app runs on: this factory's SQLite file unless a subclass says otherwise.</summary>
    protected virtual StoreOptions Store => new() { Provider = StoreSetup.Sqlite, ConnectionString = OwnConnectionString };

    /// <summary>Starts the app (Program runs StoreStartup before it serves): on a copy of the kept seeded store when
    /// there is one, otherwise importing the seeds, and then keeping that store for the process's later dashboards.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var copied = SeedsOwnSqliteFile && !FirstStartOnly && SeededStoreTemplate.TryCopyTo(DatabasePath);
        var host = base.CreateHost(builder);
        if (SeedsOwnSqliteFile && !copied) SeededStoreTemplate.Keep(DatabasePath);
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Store:Provider", Store.Provider);
        builder.UseSetting("Store:ConnectionString", Store.ConnectionString);
        builder.UseSetting("Seeds:ImportOnFirstStart", ImportSeeds ? "true" : "false");
        // The seed import analyses on the lowered ingest threads: on a saturated CI machine an ordinary article can
        // need more than the 60 s wall-time default, and a rejected seed fails every test of the fixture.
        builder.UseSetting("Ingest:ReadBudget", "00:10:00");
        builder.UseSetting("Ingest:AnalysisBudget", "00:10:00");
        builder.UseSetting("Logging:Dir", Path.Combine(dir, "logs"));
        // No start-up warm-up (StartupWarmupTests switch it on): tests start many apps and time none.
        builder.UseSetting("Warmup:Enabled", "false");
        // Every test client signs in from the same (absent) address: the per-address limit is for real clients.
        builder.UseSetting("BorderWatch:Access:SignInPermitsPerMinute", "10000");
    }

    /// <summary>A context on the same store, for checking what the app shows against what is stored.</summary>
    public BorderWatchDbContext OpenStore()
    {
        _ = Services;   // the app has started, so the store exists and the seeds are in
        return StoreSetup.Open(Store);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A seeded dashboard that always imports the seeds itself, as a first `dotnet run` on a fresh clone does (never a copy).</summary>
public sealed class FirstStartDashboardFactory : DashboardFactory
{
    protected override bool FirstStartOnly => true;
}

/// <summary>A dashboard whose store starts empty (no seed import).</summary>
public sealed class EmptyDashboardFactory : DashboardFactory
{
    protected override bool ImportSeeds => false;
}

/// <summary>A dashboard on an empty database of a real PostgreSQL server (no seed import).</summary>
public sealed class EmptyPostgresDashboardFactory(StoreOptions database) : DashboardFactory
{
    protected override bool ImportSeeds => false;

    protected override StoreOptions Store => database;
}

/// <summary>A dashboard on a new database of a real PostgreSQL server, seeded on start as a first run is.</summary>
public sealed class SeededPostgresDashboardFactory(StoreOptions database) : DashboardFactory
{
    protected override StoreOptions Store => database;
}

/// <summary>
/// A class fixture: its own throw-away PostgreSQL server (xUnit 2 cannot hand a collection fixture to a class
/// fixture) and one seeded dashboard on it, for test classes that change the store.
/// </summary>
public sealed class SeededPostgresDashboard : IAsyncLifetime
{
    private readonly Core.Tests.Store.PostgresFixture server = new();

    public DashboardFactory App { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await server.InitializeAsync();
        App = new SeededPostgresDashboardFactory(await server.NewDatabaseAsync());
        _ = App.Services;   // start now: migrations and the seed import run once, before the first test
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
        await server.DisposeAsync();
    }
}

/// <summary>One seeded dashboard shared by the read-only test classes.</summary>
[CollectionDefinition(Name)]
public sealed class SeededDashboard : ICollectionFixture<DashboardFactory>
{
    public const string Name = "seeded dashboard";
}
