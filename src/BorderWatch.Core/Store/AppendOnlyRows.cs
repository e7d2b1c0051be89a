using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BorderWatch.Core.Store;

/// <summary>
/// Audit entries and analysts' reviews are append-only: a save that would update or delete one fails before it
/// reaches the database. (A decision is changed by appending a later one; the log records both.)
/// </summary>
public sealed class AppendOnlyRows : SaveChangesInterceptor
{
    public static readonly AppendOnlyRows Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is AuditEntry or IncidentReview)
                throw new InvalidOperationException(
                    $"{entry.Metadata.ClrType.Name} rows are append-only: they are never {(entry.State == EntityState.Deleted ? "deleted" : "updated")}; record a new decision instead.");
        }
    }
}
