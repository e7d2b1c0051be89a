using BorderWatch.Core;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Short-lived store contexts for interactive components. A circuit lives for minutes and its events may overlap
/// (a grid reload while facets count), so each load opens its own context and disposes it, never one per circuit.
/// The options are built once and carry the app's logger factory, so the SQL of pages is logged like the API's,
/// and the EF Core interceptors registered in DI (none in the app; tests count statements with one), plus the app's
/// <see cref="InProcessWriteInterceptor"/> (a commit here drops the version the output caches keep on PostgreSQL).
/// </summary>
public sealed class StoreContexts
{
    private readonly Lazy<DbContextOptions<BorderWatchDbContext>> contextOptions;

    public StoreContexts(IOptions<StoreOptions> options, ILoggerFactory? loggers = null, IEnumerable<IInterceptor>? interceptors = null,
        InProcessWriteInterceptor? writes = null)
    {
        var added = interceptors?.ToList() ?? [];
        if (writes is not null) added.Add(writes);
        contextOptions = new(() =>
        {
            var builder = new DbContextOptionsBuilder<BorderWatchDbContext>();
            builder.UseBorderWatchStore(options.Value).UseLoggerFactory(loggers ?? NullLoggerFactory.Instance);
            if (added.Count > 0) builder.AddInterceptors(added);
            return builder.Options;
        });
    }

    public BorderWatchDbContext Open() => new(contextOptions.Value);
}
