using System.Data.Common;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// The writer's prepared statements on its open connection: the inserts of an article's rows (<see cref="RowInsert{T}"/>)
/// and the lookups made under the write lock (same content stored? near-copy candidates by band? outlet by name?).
/// Made once per writer and reused for every article, so nothing per article is parsed or planned again.
/// </summary>
internal sealed class ArticleStatements : IDisposable
{
    public RowInsert<Article> Article { get; }
    public RowInsert<Incident> Incident { get; }
    public RowInsert<Excerpt> Excerpt { get; }
    public RowInsert<IncidentActor> Link { get; }
    public RowInsert<ArticleBand> Band { get; }
    public RowInsert<Outlet> Outlet { get; }
    public RowInsert<IncidentCasualties> Casualties { get; }
    // The tallies the writer counts itself (GroupTallies): upserts that add to the stored counts.
    public RowInsert<IncidentTally> IncidentTallies { get; }
    public RowInsert<MonthTally> MonthTallies { get; }
    public RowInsert<ActorTally> ActorTallies { get; }
    public RowInsert<DateTally> DateTallies { get; }
    public RowInsert<YearTally> YearTallies { get; }
    public RowInsert<ActorDateTally> ActorDateTallies { get; }
    /// <summary>The keys of new incidents and excerpts (theirs are written, many rows per statement).</summary>
    public WriterIds Ids { get; }

    private readonly DbCommand _sameContent;
    private readonly DbCommand _sameContentNoKey;
    private readonly DbCommand _outletByName;
    private readonly DbCommand _bandCandidates;
    private readonly DbCommand _cleanedText;
    private readonly DbCommand[] _all;

    public ArticleStatements(BorderWatchDbContext db, DbConnection connection)
    {
        Article = new(db, connection);
        Incident = new(db, connection, assignedKey: true);
        Excerpt = new(db, connection, assignedKey: true);
        Ids = new(connection);
        Link = new(db, connection);
        Band = new(db, connection);
        Outlet = new(db, connection);
        Casualties = new(db, connection);
        IncidentTallies = new(db, connection, addToCount: true);
        MonthTallies = new(db, connection, addToCount: true);
        ActorTallies = new(db, connection, addToCount: true);
        DateTallies = new(db, connection, addToCount: true);
        YearTallies = new(db, connection, addToCount: true);
        ActorDateTallies = new(db, connection, addToCount: true);
        _sameContent = Command(connection, """SELECT "Id" FROM "Articles" WHERE "ContentHash" = @hash AND "FeedItemKey" = @key LIMIT 1""",
            ("@hash", System.Data.DbType.String), ("@key", System.Data.DbType.String));
        _sameContentNoKey = Command(connection, """SELECT "Id" FROM "Articles" WHERE "ContentHash" = @hash AND "FeedItemKey" IS NULL LIMIT 1""",
            ("@hash", System.Data.DbType.String));
        _outletByName = Command(connection, """SELECT "Id" FROM "Outlets" WHERE "Name" = @name LIMIT 1""", ("@name", System.Data.DbType.String));
        // Originals among the newest BandCandidates sharing each band value of the new text, with their SimHash
        // (each band a seek on the covering index IX_ArticleBands_Value_ArticleId, read backwards).
        var bands = Enumerable.Range(0, ShingleBands.Count).Select(n => ("@b" + n, System.Data.DbType.Int64)).ToArray();
        var perBand = bands.Select((b, n) => $"""
            SELECT "ArticleId" FROM (SELECT "ArticleId" FROM "ArticleBands" WHERE "Value" = {b.Item1} ORDER BY "ArticleId" DESC LIMIT {NearDuplicateIndex.BandCandidates}) b{n}
            """);
        _bandCandidates = Command(connection, $"""
            SELECT a."Id", a."SimHash" FROM "Articles" a
            WHERE a."Id" IN ({string.Join(" UNION ", perBand)})
              AND a."DuplicateOfId" IS NULL AND a."SimHash" IS NOT NULL
            """, bands);
        _cleanedText = Command(connection, """SELECT "CleanedText" FROM "Articles" WHERE "Id" = @id""", ("@id", System.Data.DbType.Int32));
        _all = [_sameContent, _sameContentNoKey, _outletByName, _bandCandidates, _cleanedText];
    }

    /// <summary>The stored article with this content (and feed item), if any.</summary>
    public async Task<int?> SameContentAsync(SourceDocument doc, DbTransaction tx, CancellationToken ct)
    {
        var command = doc.FeedItemKey is null ? _sameContentNoKey : _sameContent;
        command.Parameters[0].Value = doc.ContentHash;
        if (doc.FeedItemKey is not null) command.Parameters[1].Value = doc.FeedItemKey;
        return await ScalarIntAsync(command, tx, ct);
    }

    public async Task<int?> OutletAsync(string name, DbTransaction tx, CancellationToken ct)
    {
        _outletByName.Parameters[0].Value = name;
        return await ScalarIntAsync(_outletByName, tx, ct);
    }

    /// <summary>
    /// The stored original this text is a near-copy of, or null: the rule of <see cref="NearDuplicateIndex.FindAsync"/>
    /// (the newest originals sharing each band, SimHash within the candidate distance, the five nearest by distance then id, the
    /// first whose shingle Jaccard reaches the same-story threshold), read with prepared statements.
    /// </summary>
    public async Task<int?> NearDuplicateAsync(ShinglePrint print, DbTransaction tx, CancellationToken ct)
    {
        if (print.Bands.Count == 0) return null;
        for (var n = 0; n < ShingleBands.Count; n++)
            _bandCandidates.Parameters[n].Value = print.Bands[Math.Min(n, print.Bands.Count - 1)];
        _bandCandidates.Transaction = tx;
        var candidates = new List<(int Id, int Distance)>();
        await using (var reader = await _bandCandidates.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var distance = NearDuplicates.Distance(reader.GetInt64(1), print.SimHash);
                if (distance <= NearDuplicates.CandidateDistance) candidates.Add((reader.GetInt32(0), distance));
            }
        }
        foreach (var (id, _) in candidates.OrderBy(c => c.Distance).ThenBy(c => c.Id).Take(NearDuplicateIndex.MaxConfirmed))
        {
            _cleanedText.Parameters[0].Value = id;
            _cleanedText.Transaction = tx;
            var text = (string)(await _cleanedText.ExecuteScalarAsync(ct))!;
            if (NearDuplicates.Jaccard(print.Shingles, NearDuplicates.Shingles(text)) >= NearDuplicates.SameStoryThreshold) return id;
        }
        return null;
    }

    private static async Task<int?> ScalarIntAsync(DbCommand command, DbTransaction tx, CancellationToken ct)
    {
        command.Transaction = tx;
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? null : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, string sql, params (string Name, System.Data.DbType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.DbType = type;
            command.Parameters.Add(p);
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var c in _all) c.Dispose();
        Article.Dispose();
        Incident.Dispose();
        Excerpt.Dispose();
        Link.Dispose();
        Band.Dispose();
        Outlet.Dispose();
        Casualties.Dispose();
        IncidentTallies.Dispose();
        MonthTallies.Dispose();
        ActorTallies.Dispose();
        DateTallies.Dispose();
        YearTallies.Dispose();
        ActorDateTallies.Dispose();
        Ids.Dispose();
    }
}
