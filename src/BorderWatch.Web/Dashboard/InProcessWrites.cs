using BorderWatch.Core.Store;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Counts the commits this process has made to the store, so <see cref="StoreVersionWatch"/> drops a version it keeps
/// on PostgreSQL the moment this process writes, before the writing request answers, instead of waiting for the change
/// notice (which arrives a few milliseconds after the commit): an analyst who corrects an incident and reloads gets the
/// corrected page. Moved by <see cref="InProcessWriteInterceptor"/> on every context of the app. Register as a singleton.
/// </summary>
public sealed class InProcessWrites
{
    private long count;

    /// <summary>Moves after every commit of this process (never before it: a read keyed by an older count is read again).</summary>
    public long Count => Interlocked.Read(ref count);

    /// <summary>A commit of this process has ended; call it after the commit, never before.</summary>
    public void Committed() => Interlocked.Increment(ref count);
}

/// <summary>
/// Tells <see cref="InProcessWrites"/> after every commit a store context makes (<see cref="CommitInterceptor"/>: a
/// committed transaction, a <c>SaveChanges</c> or a non-query command outside one).
/// </summary>
public sealed class InProcessWriteInterceptor(InProcessWrites writes) : CommitInterceptor
{
    protected override void Committed() => writes.Committed();
}
