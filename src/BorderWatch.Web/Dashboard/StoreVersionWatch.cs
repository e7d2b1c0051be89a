using System.Data.Common;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// The store's <see cref="StoreVersion"/> for the output caches, read per request without a query when nothing was
/// written. SQLite: one connection held for the app's life answers <c>PRAGMA data_version</c>, which changes whenever
/// any other connection (this process's writers, the CLI, another web process) has committed to the file since this
/// connection last looked; only then is the version read again (five index reads). An unchanged store costs one
/// pragma (a read of the WAL index in shared memory) instead of a context and a query per request. PostgreSQL has no
/// such counter: the version is read per request through a short-lived context, as before. Register as a singleton.
/// </summary>
public sealed class StoreVersionWatch(StoreContexts contexts) : IDisposable
{
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
        return await ReadAsync(ct);
    }

    private async Task<string> ReadAsync(CancellationToken ct)
    {
        await using var db = contexts.Open();
        return await StoreVersion.ReadAsync(db, ct);
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
    }
}
