using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>
/// A cheap token that changes when ingest, reprocessing or a review changes what the dashboard shows: the highest
/// article, incident, review and audit-entry ids and the number of listed incidents (read from indexes and the tallies). Caches of anything
/// computed from the store (map geometry, overview counts, facet counts) compare it and recompute when it differs.
/// A reprocess that only rewrites incidents in place (same ids, same count) moves it through the audit entry every
/// reprocess run writes (<see cref="BorderWatch.Core.Review.ReextractionAudit.Run"/>).
/// </summary>
public static class StoreVersion
{
    /// <summary>The parts of the token, read in one statement (one round trip: on PostgreSQL five took 40–128 ms at load).</summary>
    private sealed class Parts
    {
        public long Articles { get; set; }
        public long Incidents { get; set; }
        public long Reviews { get; set; }
        public long Audits { get; set; }
        public long Listed { get; set; }
    }

    // Every analyst action (corrections, events, merges) is audited: the newest audit entry covers what reviews do not.
    // The listed count comes from the tallies the triggers keep (a few hundred rows), not a count of every incident.
    private const string Sql = """
        SELECT CAST(coalesce((SELECT max("Id") FROM "Articles"), 0) AS BIGINT) AS "Articles",
               CAST(coalesce((SELECT max("Id") FROM "Incidents"), 0) AS BIGINT) AS "Incidents",
               CAST(coalesce((SELECT max("Id") FROM "IncidentReviews"), 0) AS BIGINT) AS "Reviews",
               CAST(coalesce((SELECT max("Id") FROM "AuditEntries"), 0) AS BIGINT) AS "Audits",
               CAST(coalesce((SELECT sum("Count") FROM "IncidentTallies"), 0) AS BIGINT) AS "Listed"
        """;

    public static async Task<string> ReadAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        var p = (await db.Database.SqlQueryRaw<Parts>(Sql).ToListAsync(ct)).Single();
        return Token(p.Articles, p.Incidents, p.Reviews, p.Audits, p.Listed);
    }

    /// <summary>The same token read through a command of an open connection (no context), for a reader that holds one.</summary>
    public static string Read(System.Data.Common.DbCommand command)
    {
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new InvalidOperationException("the store version query returned no row");
        return Token(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
    }

    private static string Token(long articles, long incidents, long reviews, long audits, long listed) =>
        FormattableString.Invariant($"{articles}.{incidents}.{reviews}.{audits}.{listed}");
}
