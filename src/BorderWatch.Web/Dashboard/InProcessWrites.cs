using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
/// Tells <see cref="InProcessWrites"/> after every commit a store context makes: a committed transaction (the review,
/// event and ingest paths, whose raw commands run inside one), a <c>SaveChanges</c> outside a transaction, and a
/// non-query command outside a transaction (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>/<c>ExecuteSql</c> commit on
/// their own and do not pass through <c>SaveChanges</c>). Inside a transaction only its commit counts.
/// </summary>
public sealed class InProcessWriteInterceptor(InProcessWrites writes) : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Outside(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Outside(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (command.Transaction is null) Outside(eventData.Context);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null) Outside(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => writes.Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        writes.Committed();
        return Task.CompletedTask;
    }

    /// <summary>A write outside any transaction of the context has committed on its own.</summary>
    private void Outside(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) writes.Committed();
    }
}
