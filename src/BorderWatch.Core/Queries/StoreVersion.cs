using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>
/// A cheap token that changes when ingest, reprocessing or a review changes what the dashboard shows: the highest
/// article, incident, review and audit-entry ids and the number of listed incidents (read from indexes and the tallies). Caches of anything
/// computed from the store (map geometry, overview counts, facet counts) compare it and recompute when it differs.
/// A reprocess that only rewrites incidents in place (same ids, same count) moves it through the audit entry every
/// reprocess run writes (<see cref="BorderWatch.Core.Review.ReextractionAudit.Run"/>). After a "|" the token carries the
/// reference tables' stamp (<see cref="ReferenceStamp"/>: row counts and highest ids of actors, border segments and border
/// lengths), which <see cref="StoreReferences"/> compares with the rows it keeps.
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
        public long Actors { get; set; }
        public long MaxActor { get; set; }
        public long Borders { get; set; }
        public long MaxBorder { get; set; }
        public long Lengths { get; set; }
        public long MaxLength { get; set; }
    }

    // Every analyst action (corrections, events, merges) is audited: the newest audit entry covers what reviews do not.
    // The listed count comes from the tallies the triggers keep (a few hundred rows), not a count of every incident.
    private const string Sql = """
        SELECT CAST(coalesce((SELECT max("Id") FROM "Articles"), 0) AS BIGINT) AS "Articles",
               CAST(coalesce((SELECT max("Id") FROM "Incidents"), 0) AS BIGINT) AS "Incidents",
               CAST(coalesce((SELECT max("Id") FROM "IncidentReviews"), 0) AS BIGINT) AS "Reviews",
               CAST(coalesce((SELECT max("Id") FROM "AuditEntries"), 0) AS BIGINT) AS "Audits",
               CAST(coalesce((SELECT sum("Count") FROM "IncidentTallies"), 0) AS BIGINT) AS "Listed",
               CAST((SELECT count(*) FROM "Actors") AS BIGINT) AS "Actors",
               CAST(coalesce((SELECT max("Id") FROM "Actors"), 0) AS BIGINT) AS "MaxActor",
               CAST((SELECT count(*) FROM "BorderSegments") AS BIGINT) AS "Borders",
               CAST(coalesce((SELECT max("Id") FROM "BorderSegments"), 0) AS BIGINT) AS "MaxBorder",
               CAST((SELECT count(*) FROM "BorderLengths") AS BIGINT) AS "Lengths",
               CAST(coalesce((SELECT max("Id") FROM "BorderLengths"), 0) AS BIGINT) AS "MaxLength"
        """;

    public static async Task<string> ReadAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        var p = (await db.Database.SqlQueryRaw<Parts>(Sql).ToListAsync(ct)).Single();
        return Token(p.Articles, p.Incidents, p.Reviews, p.Audits, p.Listed)
            + "|" + ReferenceRows.Stamped(p.Actors, p.MaxActor, p.Borders, p.MaxBorder, p.Lengths, p.MaxLength);
    }

    /// <summary>The same token read through a command of an open connection (no context), for a reader that holds one.</summary>
    public static string Read(System.Data.Common.DbCommand command)
    {
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new InvalidOperationException("the store version query returned no row");
        return Token(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4))
            + "|" + ReferenceRows.Stamped(reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10));
    }

    /// <summary>The reference tables' part of a version token (<see cref="ReferenceRows.Stamp"/>), null when it has none.</summary>
    public static string? ReferenceStamp(string version)
    {
        var bar = version.IndexOf('|');
        return bar < 0 ? null : version[(bar + 1)..];
    }

    /// <summary>
    /// The articles' part of a version token (the highest article id, before the first "."): what moves when articles
    /// are stored. Articles are only added, each with its duplicate link set as it is written, so a count of stored
    /// articles can be kept for this stamp across the reviews, corrections and notes that move the whole version.
    /// </summary>
    public static string ArticlesStamp(string version)
    {
        var dot = version.IndexOf('.');
        return dot < 0 ? version : version[..dot];
    }

    private static string Token(long articles, long incidents, long reviews, long audits, long listed) =>
        FormattableString.Invariant($"{articles}.{incidents}.{reviews}.{audits}.{listed}");
}
