using System.Data.Common;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// The stored side of near-duplicate detection: the band rows of every original article (<see cref="ArticleBand"/>,
/// indexed on the value) and their back-fill. The lookup is the batch writer's (<see cref="NearCopyLookup"/>, the one
/// near-copy rule), on its prepared statements.
/// </summary>
public static class NearDuplicateIndex
{
    /// <summary>
    /// The SimHash and band values an ingest stores for this cleaned text (the same shingles, hash and bands as
    /// <see cref="ShinglePrint"/> and the back-fill): the generator's <see cref="Core.Generation.StoreGenerator.Print"/>.
    /// </summary>
    public static Core.Generation.ArticlePrint PrintOf(string cleanedText)
    {
        var shingles = NearDuplicates.Shingles(cleanedText);
        return new Core.Generation.ArticlePrint(NearDuplicates.SimHash(shingles), ShingleBands.Of(shingles));
    }

    /// <summary>
    /// Gives every original article stored before the band index existed (or by an older version) its band rows,
    /// 500 articles per transaction under the article-write lock, inserted set-based: one statement per transaction on
    /// PostgreSQL (arrays unnested), one prepared statement reused per row on SQLite; rows another writer added
    /// meanwhile are left as they are (same article and band, same value). Returns how many articles got rows.
    /// </summary>
    public static async Task<int> BackfillAsync(BorderWatchDbContext db, ILogger logger, CancellationToken ct)
    {
        var done = 0;
        var after = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > after && a.DuplicateOfId == null && !db.ArticleBands.Any(b => b.ArticleId == a.Id))
                .OrderBy(a => a.Id).Select(a => new { a.Id, a.CleanedText }).Take(BackfillArticles).ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            var rows = batch.AsParallel().AsOrdered().WithCancellation(ct)
                .SelectMany(a => ShingleBands.Of(NearDuplicates.Shingles(a.CleanedText))
                    .Select((value, band) => new ArticleBand { ArticleId = a.Id, Band = (short)band, Value = value }))
                .ToList();
            await StoreWrites.RetryAsync(db, logger, "near-duplicate index", async t =>
            {
                await using var tx = await StoreWrites.BeginArticleWriteAsync(db, t);
                await InsertBandsAsync(db.Database.GetDbConnection(), tx.GetDbTransaction(), rows, t);
                await tx.CommitAsync(t);
                return 0;
            }, ct);
            done += batch.Count;
        }
        if (done > 0) logger.LogInformation("Near-duplicate index: band rows added for {Articles} article(s) stored before it", done);
        return done;
    }

    /// <summary>Articles per back-fill transaction (20 band rows each).</summary>
    internal const int BackfillArticles = 500;

    private const string InsertBand = """
        INSERT INTO "ArticleBands" ("ArticleId", "Band", "Value") VALUES (@a, @b, @v) ON CONFLICT ("ArticleId", "Band") DO NOTHING
        """;

    private const string InsertBandArrays = """
        INSERT INTO "ArticleBands" ("ArticleId", "Band", "Value") SELECT * FROM unnest(@a, @b, @v) ON CONFLICT ("ArticleId", "Band") DO NOTHING
        """;

    private static async Task InsertBandsAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<ArticleBand> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        if (connection is NpgsqlConnection)
        {
            command.CommandText = InsertBandArrays;
            command.Parameters.Add(new NpgsqlParameter<int[]>("a", rows.Select(r => r.ArticleId).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<short[]>("b", rows.Select(r => r.Band).ToArray()));
            command.Parameters.Add(new NpgsqlParameter<long[]>("v", rows.Select(r => r.Value).ToArray()));
            await command.ExecuteNonQueryAsync(ct);
            return;
        }
        command.CommandText = InsertBand;
        var (a, b, v) = (Parameter(command, "@a"), Parameter(command, "@b"), Parameter(command, "@v"));
        foreach (var row in rows)
        {
            (a.Value, b.Value, v.Value) = (row.ArticleId, row.Band, row.Value);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        command.Parameters.Add(p);
        return p;
    }
}
