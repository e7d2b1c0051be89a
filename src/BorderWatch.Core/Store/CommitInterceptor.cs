using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BorderWatch.Core.Store;

/// <summary>
/// Calls <see cref="Committed"/> after every commit a store context makes: a committed transaction (the review, event
/// and ingest paths, whose raw commands run inside one), a <c>SaveChanges</c> outside a transaction, and a non-query
/// command outside a transaction (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>/<c>ExecuteSql</c> commit on their own and do
/// not pass through <c>SaveChanges</c>). Inside a transaction only its commit counts. Never before the commit.
/// </summary>
public abstract class CommitInterceptor : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    /// <summary>A commit of a context with this interceptor has ended.</summary>
    protected abstract void Committed();

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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    /// <summary>A write outside any transaction of the context has committed on its own.</summary>
    private void Outside(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) Committed();
    }
}
