using BorderWatch.Core;
using BorderWatch.Core.Store;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Short-lived store contexts for interactive components. A circuit lives for minutes and its events may overlap
/// (a grid reload while facets count), so each load opens its own context and disposes it, never one per circuit.
/// </summary>
public sealed class StoreContexts(IOptions<StoreOptions> options)
{
    public BorderWatchDbContext Open() => StoreSetup.Open(options.Value);
}
