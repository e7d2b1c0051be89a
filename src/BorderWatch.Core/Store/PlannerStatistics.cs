using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Store;

/// <summary>
/// SQLite's query planner needs table statistics (<c>sqlite_stat1</c>) to tell a selective condition from a broad one:
/// without them it reads "Hidden = 0" through an index (every listed incident) instead of looking up a few thousand
/// ids by rowid. <c>PRAGMA optimize</c> with a small analysis limit gathers them for tables that lack them or changed a
/// lot, sampling each index (a few seconds on a million incidents the first time, nothing when they are current).
/// PostgreSQL's autovacuum keeps its own statistics.
/// </summary>
public static class PlannerStatistics
{
    public static async Task RefreshAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000;", ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA optimize = 0x10002;", ct);
    }
}
