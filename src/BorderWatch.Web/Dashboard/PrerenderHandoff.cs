using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Caching.Memory;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Hands what a page loaded while prerendering to the circuit that takes the page over, so a first visit queries
/// the store once, not twice. The value itself stays on the server (<see cref="PrerenderedValues"/>); the page
/// carries only a random token per key in its persisted component state (a few dozen bytes, protected by Blazor):
/// persisting the values themselves (about 100 KB for <c>/incidents</c>) put them in the circuit's first message,
/// over the hub's message limit, and the circuit never started.
/// <para>
/// Keys name everything the value depends on (the page and its URL), so a value is only reused for the view it was
/// computed for. Whatever is missing (a circuit on another server, a token evicted or expired) is simply loaded again.
/// Register as scoped: the prerendering request and each circuit have their own.
/// </para>
/// <para>
/// With this class's log at Debug, each load logs its wall time and the process CPU it took, so a page's server time
/// splits into loading (SQL and the work on its rows) and the rest (rendering, the HTML): bench/pg/render-times.sh.
/// </para>
/// </summary>
public sealed class PrerenderHandoff(PrerenderedValues values, PersistentComponentState? state = null, ILogger<PrerenderHandoff>? logger = null)
    : IDisposable
{
    private const string Prefix = "handoff:";
    private readonly Dictionary<string, object> loaded = new(StringComparer.Ordinal);
    private PersistingComponentStateSubscription? persisting;

    /// <summary>
    /// The value the prerendering loaded for this key when this is the circuit's first render of that view; else
    /// loads it, and while prerendering keeps it for the circuit.
    /// </summary>
    public async Task<T> LoadOnceAsync<T>(RendererInfo renderer, string key, Func<Task<T>> load)
    {
        if (state is null) return await TimedAsync(key, load);
        if (renderer.IsInteractive)
        {
            if (state.TryTakeFromJson<string>(Prefix + key, out var token) && token is not null && values.TryTake<T>(token, key, out var kept))
                return kept;
            return await TimedAsync(key, load);
        }
        var value = await TimedAsync(key, load);
        if (value is not null)
        {
            loaded[key] = value;
            persisting ??= state.RegisterOnPersisting(Persist);
        }
        return value;
    }

    private async Task<T> TimedAsync<T>(string key, Func<Task<T>> load)
    {
        if (logger is null || !logger.IsEnabled(LogLevel.Debug)) return await load();
        var started = Stopwatch.GetTimestamp();
        var cpu = Environment.CpuUsage.TotalTime;
        var value = await load();
        logger.LogDebug("Page data {Key}: loaded in {Milliseconds:F1} ms, {CpuMilliseconds:F1} ms of process CPU", key,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
        return value;
    }

    private Task Persist()
    {
        foreach (var (key, value) in loaded)
            state!.PersistAsJson(Prefix + key, values.Keep(key, value));
        loaded.Clear();
        return Task.CompletedTask;
    }

    public void Dispose() => persisting?.Dispose();
}

/// <summary>
/// Values prerendered pages left for their circuits, by random token, each taken at most once. Bounded: at most
/// <see cref="Capacity"/> values for <see cref="Lifetime"/> each, so requests that never start a circuit (scripts,
/// crawlers) cannot grow memory. Register as a singleton.
/// </summary>
public sealed class PrerenderedValues : IDisposable
{
    public const int Capacity = 128;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Keeps the value for the key and returns the token that takes it.</summary>
    public string Keep(string key, object value)
    {
        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        cache.Set(token, (key, value), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return token;
    }

    /// <summary>The value kept under the token, if it is still there and was kept for this key; it is then gone.</summary>
    public bool TryTake<T>(string token, string key, out T value)
    {
        value = default!;
        if (!cache.TryGetValue(token, out (string Key, object Value) kept)) return false;
        cache.Remove(token);
        if (kept.Key != key || kept.Value is not T typed) return false;
        value = typed;
        return true;
    }

    /// <summary>Drops every value (the start-up warm-up's: no circuit ever takes them).</summary>
    public void Clear() => cache.Clear();

    /// <summary>How many values wait for their circuit.</summary>
    public int Count => cache.Count;

    public void Dispose() => cache.Dispose();
}
