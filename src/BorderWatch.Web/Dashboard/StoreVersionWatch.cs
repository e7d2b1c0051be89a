using System.Data.Common;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using BorderWatch.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// The store's <see cref="StoreVersion"/> for the output caches, read per request without a query when nothing was
/// written. SQLite: one connection held for the app's life answers <c>PRAGMA data_version</c>, which changes whenever
/// any other connection (this process's writers, the CLI, another web process) has committed to the file since this
/// connection last looked; only then is the version read again (five index reads). An unchanged store costs one
/// pragma (a read of the WAL index in shared memory) instead of a context and a query per request. PostgreSQL: the
/// version is kept in process and read again only after a change notice (<see cref="StoreChangeListener"/>, LISTEN on
/// the channel the store's triggers notify at every commit that moves the version); while the listener is not
/// connected the version is read per request (never a kept version that nobody vouches for). A commit of this process
/// drops the kept version at once (<see cref="InProcessWrites"/>), before the writing request answers, so its own
/// next read never waits for the notice. Register as a singleton.
/// </summary>
/// <param name="given">A listener made elsewhere (tests); by default the watch makes and owns one on PostgreSQL.</param>
/// <param name="writes">This process's commits (the app's singleton); without it only notices drop the kept version.</param>
/// <param name="references">The app's kept reference rows: every version read from the store is shown to them
/// (<see cref="StoreReferences.Observe"/>), so a commit of another process that added an actor or a border drops them.</param>
public sealed class StoreVersionWatch(
    StoreContexts contexts, IOptions<StoreOptions> options, ILogger<StoreVersionWatch> logger, StoreChangeListener? given = null,
    InProcessWrites? writes = null, StoreReferences? references = null)
    : IDisposable
{
    /// <summary>A version read from the store, with the listener's generation and this process's commits seen before the read.</summary>
    private sealed record KeptVersion(long Generation, long Writes, string Version);

    private readonly Lazy<StoreChangeListener?> listener = new(() =>
    {
        if (given is not null) return given;
        if (!string.Equals(options.Value.Provider, StoreSetup.PostgreSql, StringComparison.OrdinalIgnoreCase) || !options.Value.ChangeNotices)
            return null;
        var l = new StoreChangeListener(options.Value.ConnectionString ?? "", logger);
        l.Start();
        return l;
    });
    private KeptVersion? kept;
    private long storeReads;

    private readonly Lock gate = new();
    private BorderWatchDbContext? held;
    private DbCommand? dataVersion;
    private DbCommand? versionRead;
    private bool? sqlite;
    private long seen = -1;
    private string? version;

    /// <summary>The store's version now: any commit before this call is reflected in it.</summary>
    public async ValueTask<string> CurrentAsync(CancellationToken ct)
    {
        lock (gate)
        {
            try
            {
                if (held is null && sqlite != false)
                {
                    var db = contexts.Open();
                    if (!db.Database.IsSqlite())
                    {
                        db.Dispose();
                        sqlite = false;
                    }
                    else
                    {
                        try { db.Database.OpenConnection(); }
                        catch { db.Dispose(); throw; }
                        held = db;
                        var connection = db.Database.GetDbConnection();
                        dataVersion = connection.CreateCommand();
                        dataVersion.CommandText = "PRAGMA data_version";
                        versionRead = connection.CreateCommand();
                        sqlite = true;
                    }
                }
                if (held is not null)
                {
                    // Read before the version: a commit in between makes the next call read the version again.
                    var now = Convert.ToInt64(dataVersion!.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                    if (now != seen || version is null)
                    {
                        version = StoreVersion.Read(versionRead!);
                        seen = now;
                        references?.Observe(StoreVersion.ReferenceStamp(version));
                    }
                    return version;
                }
            }
            catch
            {
                Release();   // a broken connection is opened afresh on the next call
                throw;
            }
        }
        return await PostgresVersionAsync(ct);
    }

    /// <summary>The PostgreSQL listener, started on the first request (null on SQLite).</summary>
    public StoreChangeListener? Listener => listener.Value;

    /// <summary>How many times the version was read from the store on PostgreSQL (a kept version reads nothing).</summary>
    public long StoreReads => Interlocked.Read(ref storeReads);

    private async Task<string> PostgresVersionAsync(CancellationToken ct)
    {
        // Both before the read: a notice or a commit of this process during it moves them, so the version read then is
        // never kept past that commit.
        var written = writes?.Count ?? 0;
        var generation = listener.Value?.Generation;
        if (generation is { } g && kept is { } k && k.Generation == g && k.Writes == written) return k.Version;
        var version = await ReadAsync(ct);
        if (generation is { } seen) kept = new KeptVersion(seen, written, version);
        return version;
    }

    private async Task<string> ReadAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref storeReads);
        await using var db = contexts.Open();
        var version = await StoreVersion.ReadAsync(db, ct);
        references?.Observe(StoreVersion.ReferenceStamp(version));
        return version;
    }

    private void Release()
    {
        dataVersion?.Dispose();
        versionRead?.Dispose();
        held?.Dispose();
        (held, dataVersion, versionRead, version, seen) = (null, null, null, null, -1);
    }

    public void Dispose()
    {
        lock (gate) Release();
        if (listener.IsValueCreated && given is null) listener.Value?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
