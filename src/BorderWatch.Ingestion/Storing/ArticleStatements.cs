using System.Data.Common;
using static BorderWatch.Ingestion.Storing.PreparedCommand;
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
    public RowInsert<ArticleShingles> Shingles { get; }
    public RowInsert<Outlet> Outlet { get; }
    public RowInsert<IncidentCasualties> Casualties { get; }
    // The tallies the writer counts itself (GroupTallies): upserts that add to the stored counts.
    public RowInsert<IncidentTally> IncidentTallies { get; }
    public RowInsert<MonthTally> MonthTallies { get; }
    public RowInsert<ActorTally> ActorTallies { get; }
    public RowInsert<DateTally> DateTallies { get; }
    public RowInsert<YearTally> YearTallies { get; }
    public RowInsert<ActorDateTally> ActorDateTallies { get; }
    public RowInsert<ActorPairTally> ActorPairTallies { get; }
    public RowInsert<ActorPairMonthTally> ActorPairMonthTallies { get; }
    public RowInsert<PlaceTally> PlaceTallies { get; }
    /// <summary>The keys of new incidents and excerpts (theirs are written, many rows per statement).</summary>
    public WriterIds Ids { get; }

    private readonly DbCommand _sameContent;
    private readonly DbCommand _sameContentNoKey;
    private readonly DbCommand _outletByName;
    /// <summary>The near-copy rule's prepared statements, with the SimHashes of the originals met so far.</summary>
    public NearCopyLookup NearCopies { get; }
    private readonly DbCommand[] _all;

    public ArticleStatements(BorderWatchDbContext db, DbConnection connection)
    {
        Article = new(db, connection);
        Incident = new(db, connection, assignedKey: true);
        Excerpt = new(db, connection, assignedKey: true);
        Ids = new(connection);
        Link = new(db, connection);
        Band = new(db, connection);
        Shingles = new(db, connection);
        Outlet = new(db, connection);
        Casualties = new(db, connection);
        IncidentTallies = new(db, connection, addToCount: true);
        MonthTallies = new(db, connection, addToCount: true);
        ActorTallies = new(db, connection, addToCount: true);
        DateTallies = new(db, connection, addToCount: true);
        YearTallies = new(db, connection, addToCount: true);
        ActorDateTallies = new(db, connection, addToCount: true);
        ActorPairTallies = new(db, connection, addToCount: true);
        ActorPairMonthTallies = new(db, connection, addToCount: true);
        PlaceTallies = new(db, connection, addToCount: true);
        _sameContent = Command(connection, """SELECT "Id" FROM "Articles" WHERE "ContentHash" = @hash AND "FeedItemKey" = @key LIMIT 1""",
            ("@hash", System.Data.DbType.String), ("@key", System.Data.DbType.String));
        _sameContentNoKey = Command(connection, """SELECT "Id" FROM "Articles" WHERE "ContentHash" = @hash AND "FeedItemKey" IS NULL LIMIT 1""",
            ("@hash", System.Data.DbType.String));
        _outletByName = Command(connection, """SELECT "Id" FROM "Outlets" WHERE "Name" = @name LIMIT 1""", ("@name", System.Data.DbType.String));
        NearCopies = new(connection);
        _all = [_sameContent, _sameContentNoKey, _outletByName];
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

    private static async Task<int?> ScalarIntAsync(DbCommand command, DbTransaction tx, CancellationToken ct)
    {
        command.Transaction = tx;
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? null : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (var c in _all) c.Dispose();
        NearCopies.Dispose();
        Article.Dispose();
        Incident.Dispose();
        Excerpt.Dispose();
        Link.Dispose();
        Band.Dispose();
        Shingles.Dispose();
        Outlet.Dispose();
        Casualties.Dispose();
        IncidentTallies.Dispose();
        MonthTallies.Dispose();
        ActorTallies.Dispose();
        DateTallies.Dispose();
        YearTallies.Dispose();
        ActorDateTallies.Dispose();
        ActorPairTallies.Dispose();
        ActorPairMonthTallies.Dispose();
        PlaceTallies.Dispose();
        Ids.Dispose();
    }
}
