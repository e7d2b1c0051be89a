using BorderWatch.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BorderWatch.Ingestion.Storing;

/// <summary>The store stayed busy (or kept conflicting) through every attempt; nothing of the article was stored.</summary>
public sealed class StoreBusyException(int attempts, Exception last)
    : Exception($"the store stayed busy through {attempts} attempts; nothing was stored, try again", last);

/// <summary>
/// How an article is written when several writers share one store (two CLI batches, a web upload during a batch):
/// each write is one transaction that holds the store's article-write lock from the content-hash check to the
/// commit (SQLite: <c>BEGIN IMMEDIATE</c> in WAL mode, waiting out a busy file; PostgreSQL: a transaction-scoped
/// advisory lock), so two writers can never both find an article missing and both store it. A write that still
/// meets a busy store, a deadlock or a unique-key conflict (another writer stored the same outlet or article first)
/// is retried with backoff; on the retry the content-hash check finds the stored copy and reports "unchanged".
/// </summary>
public static class StoreWrites
{
    public const int MaxAttempts = 6;

    // Any 64-bit number unique to this use: "BWARTICL".
    private const long ArticleWriteLock = 0x4257_4152_5449_434C;

    public static async Task<T> RetryAsync<T>(BorderWatchDbContext db, ILogger logger, string what,
        Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        for (var n = 1; ; n++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (Exception e) when (IsTransient(e))
            {
                db.ChangeTracker.Clear();
                if (n >= MaxAttempts) throw new StoreBusyException(n, e);
                var delay = TimeSpan.FromMilliseconds(50 * (1 << n) + Random.Shared.Next(50));
                logger.LogInformation("Store busy or conflicting while writing {File} (attempt {Attempt}: {Reason}); retrying in {DelayMs} ms",
                    what, n, e.GetBaseException().Message, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, ct);
            }
        }
    }

    /// <summary>Starts the transaction of one article write, holding the article-write lock until it ends.</summary>
    public static async Task<IDbContextTransaction> BeginArticleWriteAsync(BorderWatchDbContext db, CancellationToken ct)
    {
        // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is taken (or waited for) up front.
        var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            try { await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ArticleWriteLock})", ct); }
            catch { await tx.DisposeAsync(); throw; }
        }
        return tx;
    }

    /// <summary>A busy or locked SQLite file, a unique-key conflict, a serialization failure or deadlock.</summary>
    public static bool IsTransient(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            switch (x)
            {
                case SqliteException s when s.SqliteErrorCode is 5 or 6:   // SQLITE_BUSY, SQLITE_LOCKED
                    return true;
                case SqliteException s when s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555:   // UNIQUE, PRIMARY KEY
                    return true;
                case PostgresException p when p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure
                    or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable:
                    return true;
            }
        }
        return false;
    }
}
