using System.Collections.Concurrent;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Values computed from the store that change only on ingest, reprocessing or review (the overview's located clusters
/// and article count), kept for the life of the app and recomputed when <see cref="BorderWatch.Core.Queries.StoreVersion"/>
/// differs from the version they were computed at. Register as a singleton. Two requests that miss at once may both
/// compute; the last one stored wins (both are correct for their version).
/// </summary>
public sealed class VersionedCache
{
    private readonly ConcurrentDictionary<string, (string Version, object? Value)> entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, string version, Func<Task<T>> compute)
    {
        if (entries.TryGetValue(key, out var hit) && hit.Version == version && hit.Value is T value) return value;
        var computed = await compute();
        entries[key] = (version, computed);
        return computed;
    }
}
