using BorderWatch.Core;
using BorderWatch.Core.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The dashboard in-process on its own SQLite file in a temp folder: migrated, gazetteer loaded and the seed
/// articles imported on start, exactly as a first `dotnet run` does.
/// </summary>
public class DashboardFactory : WebApplicationFactory<Program>
{
    private readonly string dir = Directory.CreateTempSubdirectory("bw-web-").FullName;

    public string DatabasePath => Path.Combine(dir, "store.db");

    protected virtual bool ImportSeeds => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Store:Provider", "Sqlite");
        builder.UseSetting("Store:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Seeds:ImportOnFirstStart", ImportSeeds ? "true" : "false");
        builder.UseSetting("Logging:Dir", Path.Combine(dir, "logs"));
        // Every test client signs in from the same (absent) address: the per-address limit is for real clients.
        builder.UseSetting("BorderWatch:Access:SignInPermitsPerMinute", "10000");
    }

    /// <summary>A context on the same store, for checking what the app shows against what is stored.</summary>
    public BorderWatchDbContext OpenStore()
    {
        _ = Services;   // the app has started, so the store exists and the seeds are in
        return StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={DatabasePath}" });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A dashboard whose store starts empty (no seed import).</summary>
public sealed class EmptyDashboardFactory : DashboardFactory
{
    protected override bool ImportSeeds => false;
}

/// <summary>One seeded dashboard shared by the read-only test classes.</summary>
[CollectionDefinition(Name)]
public sealed class SeededDashboard : ICollectionFixture<DashboardFactory>
{
    public const string Name = "seeded dashboard";
}
