using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BorderWatch.Core.Queries;

/// <summary>
/// The <see cref="ReferenceRows"/> (border segments, their lengths, actors) kept in process between requests: a rendered
/// page reads them from here instead of the store (on PostgreSQL each such read was a 5–40 ms round trip under load).
/// Register as a singleton and add it to the store contexts' interceptors (<see cref="StoreSetup"/> does both): it is
/// found from a context's options (<see cref="ReadAsync"/>), and every commit a context with it makes (ingest, review,
/// events, the gazetteer sync: any transaction, SaveChanges or command outside one) drops the kept rows, so the next
/// read sees the write. Commits of other processes (the CLI ingesting into the same store) are seen through the store
/// version (<see cref="Observe"/>: the reference tables' row counts and highest ids ride on its statement).
/// A context without it (the CLI, a bare test context) reads the tables on every call.
/// </summary>
public sealed class StoreReferences : CommitInterceptor
{
    private readonly Lock gate = new();
    private long generation;
    private ReferenceRows? kept;
    private long reads;

    /// <summary>How many times the rows were read from the store (a kept read counts nothing).</summary>
    public long StoreReads => Interlocked.Read(ref reads);

    /// <summary>
    /// Asked before every read: brings the store's version up to date so that <see cref="Observe"/> has seen any commit of
    /// another process (the web app's version watch sets it: a pragma on SQLite, nothing on PostgreSQL between notices).
    /// </summary>
    public Func<CancellationToken, ValueTask>? Freshen { get; set; }

    /// <summary>The rows: the kept ones, else read from the store with <paramref name="db"/> and kept.</summary>
    public async Task<ReferenceRows> GetAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        if (Freshen is { } freshen) await freshen(ct);
        long seen;
        lock (gate)
        {
            if (kept is not null) return kept;
            seen = generation;
        }
        Interlocked.Increment(ref reads);
        var rows = await ReferenceRows.ReadAsync(db, ct);
        // A commit during the read may or may not be in the rows: keep them only when none happened.
        lock (gate) if (generation == seen) kept = rows;
        return rows;
    }

    /// <summary>Drops the kept rows: the next read goes to the store.</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            generation++;
            kept = null;
        }
    }

    /// <summary>
    /// The store's reference stamp as the store version read it (<see cref="StoreVersion.ReferenceStamp"/>): the kept rows
    /// are dropped when they were read from a store with other rows (a commit of another process).
    /// </summary>
    public void Observe(string? stamp)
    {
        if (stamp is null) return;
        lock (gate)
            if (kept is not null && kept.Stamp != stamp) { generation++; kept = null; }
    }

    /// <summary>The app's kept references when <paramref name="db"/> was made with them, else null.</summary>
    public static StoreReferences? Of(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<StoreReferences>().FirstOrDefault();

    /// <summary>The reference rows for a read with <paramref name="db"/>: kept ones when its options carry the cache, else read now.</summary>
    public static Task<ReferenceRows> ReadAsync(BorderWatchDbContext db, CancellationToken ct = default) =>
        Of(db) is { } references ? references.GetAsync(db, ct) : ReferenceRows.ReadAsync(db, ct);

    protected override void Committed() => Invalidate();
}
