using System.Collections.Concurrent;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion;

/// <summary>
/// What the workers of one batch share: the slots that bound how many documents are read or analysed at once, and
/// the read-only contexts their content-hash checks run on (one per worker at most, reused from document to
/// document; none when the writer's context was handed an open connection, which cannot be shared).
/// </summary>
internal sealed class BatchWork(int workers, DbContextOptions<BorderWatchDbContext>? readerOptions) : IAsyncDisposable
{
    private readonly ConcurrentBag<BorderWatchDbContext> _readers = [];

    public SemaphoreSlim Slots { get; } = new(workers);

    public BorderWatchDbContext? RentReader()
    {
        if (readerOptions is null) return null;
        if (_readers.TryTake(out var reader)) return reader;
        reader = new BorderWatchDbContext(readerOptions);
        reader.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return reader;
    }

    public void ReturnReader(BorderWatchDbContext? reader)
    {
        if (reader is not null) _readers.Add(reader);
    }

    /// <summary>Waits until no document is being read or analysed any more (every slot is free), then closes the contexts.</summary>
    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < workers; i++) await Slots.WaitAsync();
        while (_readers.TryTake(out var reader)) await reader.DisposeAsync();
        Slots.Dispose();
    }
}
