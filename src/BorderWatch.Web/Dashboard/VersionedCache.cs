using System.Collections.Concurrent;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Values computed from the store that change only on ingest, reprocessing or review (the overview's located clusters
/// and article count, a filtered list's total and facet counts), kept for the life of the app and recomputed when
/// <see cref="BorderWatch.Core.Queries.StoreVersion"/> differs from the version they were computed at. Register as a
/// singleton. Two requests that miss at once may both compute; the last one stored wins (both are correct for their
/// version). At most <see cref="Capacity"/> keys are kept (one per filter an analyst has looked at): past it, values of
/// other versions are dropped first, then everything. The version comes from <see cref="VersionAsync"/>: the app's
/// <see cref="StoreVersionWatch"/> when there is one (no statement while nothing was written: the pragma on SQLite,
/// the version kept by change notices on PostgreSQL), else a read of the store.
/// </summary>
public sealed class VersionedCache(StoreVersionWatch? versions = null)
{
    /// <summary>How many keys are kept at most.</summary>
    public const int Capacity = 2_000;

    private readonly ConcurrentDictionary<string, (string Version, object? Value)> entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, string version, Func<Task<T>> compute)
    {
        if (entries.TryGetValue(key, out var hit) && hit.Version == version && hit.Value is T value) return value;
        var computed = await compute();
        if (entries.Count >= Capacity && !entries.ContainsKey(key))
        {
            foreach (var stale in entries.Where(e => e.Value.Version != version).Select(e => e.Key).ToList()) entries.TryRemove(stale, out _);
            if (entries.Count >= Capacity) entries.Clear();
        }
        entries[key] = (version, computed);
        return computed;
    }

    /// <summary>The store's version now, to key <see cref="GetAsync{T}"/> by.</summary>
    public async Task<string> VersionAsync(BorderWatch.Core.Store.BorderWatchDbContext db, CancellationToken ct = default) =>
        versions is null ? await BorderWatch.Core.Queries.StoreVersion.ReadAsync(db, ct) : await versions.CurrentAsync(ct);

    /// <summary>How many keys are kept now.</summary>
    public int Count => entries.Count;
}
