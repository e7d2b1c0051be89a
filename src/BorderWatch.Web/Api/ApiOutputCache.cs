using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Access;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.OutputCaching;

namespace BorderWatch.Web.Api;

/// <summary>
/// Output caching of the JSON API's reads. An answer depends only on the query string, the caller's role (analysts and
/// admins may see rejected incidents) and what the store holds, so each cached answer is keyed by those three, the
/// last one being <see cref="StoreVersion"/> (through <see cref="StoreVersionWatch"/>: on SQLite a pragma per request while nothing is written): an ingest, a review or any audited
/// analyst action changes it, in this process or another one writing to the same store (the CLI), and the next
/// request misses and computes afresh. Old entries are never served after such a write; they expire on their own.
/// Only successful answers are stored; the query keys an answer varies by are the known ones (<see cref="QueryKeys"/>). The interactive pages are not cached: their prerendered HTML carries
/// per-request circuit descriptors and state.
/// </summary>
public sealed class ApiOutputCache : IOutputCachePolicy
{
    public const string PolicyName = "api-store-version";

    /// <summary>How long an answer is kept at most (a write invalidates it earlier).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The query keys the cached reads know (the list's filter keys, its order, page, selection and row unit, the page
    /// size, the actor list's kind): the only ones an answer is varied by. Any other key changes no answer, so it is not
    /// part of the cache key, and URLs with made-up keys cannot multiply entries.
    /// </summary>
    public static readonly string[] QueryKeys =
        [.. IncidentFilterParser.Keys, "sort", "page", "incident", IncidentListUrl.ByKey, "pageSize", "kind"];

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return;
        var version = await context.HttpContext.RequestServices.GetRequiredService<StoreVersionWatch>().CurrentAsync(ct);
        var user = context.HttpContext.User;
        var role = Enum.GetValues<AccessRole>().Where(r => user.IsInRole(r.RoleName())).Select(r => r.RoleName()).DefaultIfEmpty("anonymous");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = !Hosting.StartupWarmup.IsWarmup(context.HttpContext);   // each warm-up request computes
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = QueryKeys;
        context.CacheVaryByRules.VaryByValues["store"] = version;
        context.CacheVaryByRules.VaryByValues["role"] = string.Join(",", role);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
