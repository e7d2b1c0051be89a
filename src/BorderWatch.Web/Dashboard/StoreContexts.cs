using BorderWatch.Core;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Short-lived store contexts for interactive components. A circuit lives for minutes and its events may overlap
/// (a grid reload while facets count), so each load opens its own context and disposes it, never one per circuit.
/// The options are built once and carry the app's logger factory, so the SQL of pages is logged like the API's,
/// and the EF Core interceptors registered in DI (none in the app; tests count statements with one), plus the app's
/// <see cref="InProcessWriteInterceptor"/> (a commit here drops the version the output caches keep on PostgreSQL).
/// The contexts are leased from EF Core's pool (<see cref="PooledDbContextFactory{TContext}"/>): disposing one returns it,
/// reset, for the next load, so a rendered page does not build a context's services three or four times (store33,
/// docs/history/session-15.md). Nothing sets state on these contexts that the pool's reset would not clear.
/// </summary>
public sealed class StoreContexts
{
    private readonly Lazy<PooledDbContextFactory<BorderWatchDbContext>> contexts;

    public StoreContexts(IOptions<StoreOptions> options, ILoggerFactory? loggers = null, IEnumerable<IInterceptor>? interceptors = null,
        InProcessWriteInterceptor? writes = null)
    {
        var added = interceptors?.ToList() ?? [];
        if (writes is not null) added.Add(writes);
        contexts = new(() =>
        {
            var builder = new DbContextOptionsBuilder<BorderWatchDbContext>();
            builder.UseBorderWatchStore(options.Value).UseLoggerFactory(loggers ?? NullLoggerFactory.Instance);
            if (added.Count > 0) builder.AddInterceptors(added);
            return new PooledDbContextFactory<BorderWatchDbContext>(builder.Options);
        });
    }

    private bool? sqlite;

    /// <summary>
    /// A context leased from the pool; the caller disposes it (which returns it). On SQLite its connection is opened here,
    /// once for the whole load: EF otherwise opens and closes it around every statement (the pooled connection's
    /// <c>PRAGMA foreign_keys</c> and the <see cref="SqliteUnicodeCase"/> function registered each time, ~6 KB per
    /// statement; store33). On PostgreSQL EF still opens it per statement (no network connection held while idle).
    /// </summary>
    public BorderWatchDbContext Open()
    {
        var db = contexts.Value.CreateDbContext();
        sqlite ??= db.Database.IsSqlite();
        if (sqlite == true)
        {
            try { db.Database.OpenConnection(); }
            catch { db.Dispose(); throw; }
        }
        return db;
    }
}
