using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using BorderWatch.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// The dashboard on real Kestrel (127.0.0.1, a free port) in Development, with its own SQLite file and log folder
/// in a temporary directory. Starting it migrates the empty store, syncs the gazetteer and imports the seed articles
/// that the build copies next to the tests (<c>seeds/</c>), exactly as a first start on a fresh clone does. That is the
/// test process's first server; each later one starts on a copy of the store it seeded (<see cref="SeededStoreTemplate"/>:
/// the same rows, as a restart on a seeded store, without analysing the seed articles again).
/// </summary>
public sealed class BorderWatchServer : WebApplicationFactory<Program>
{
    public BorderWatchServer(string directory)
    {
        Directory = directory;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The temporary folder holding the store and the logs.</summary>
    public string Directory { get; }

    public string StorePath => Path.Combine(Directory, "store.db");

    public string LogDirectory => Path.Combine(Directory, "logs");

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash. Starts the server on first use.</summary>
    public string BaseUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
                .Addresses.First().TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Store:Provider", "Sqlite");
        builder.UseSetting("Store:ConnectionString", $"Data Source={StorePath}");
        builder.UseSetting("Logging:Dir", LogDirectory);
        builder.UseSetting("Seeds:ImportOnFirstStart", "true");
        // The seed import analyses on the lowered ingest threads: on a saturated CI machine an ordinary article can
        // need more than the 60 s wall-time default, and a rejected seed fails every test of the fixture.
        builder.UseSetting("Ingest:ReadBudget", "00:10:00");
        builder.UseSetting("Ingest:AnalysisBudget", "00:10:00");
        // Every browser signs in from 127.0.0.1: the per-address sign-in limit is for real clients.
        builder.UseSetting("BorderWatch:Access:SignInPermitsPerMinute", "10000");
        builder.ConfigureTestServices(services => services.AddStatementLog());
    }

    /// <summary>Starts the app (Program runs StoreStartup before it serves) on a copy of the kept seeded store when
    /// there is one; otherwise it imports the seeds and its store is kept for the process's later servers.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var copied = SeededStoreTemplate.TryCopyTo(StorePath);
        var host = base.CreateHost(builder);
        if (!copied) SeededStoreTemplate.Keep(StorePath);
        return host;
    }

    /// <summary>The SQL the pages ran (see <see cref="StatementLog"/>).</summary>
    public StatementLog Statements => Services.GetRequiredService<StatementLog>();
}
