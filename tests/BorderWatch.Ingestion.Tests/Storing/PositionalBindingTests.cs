using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The batch writer binds its SQLite inserts by position on the raw handle (<see cref="SqliteRowStatement"/>); every
/// column of every table it writes must hold what Microsoft.Data.Sqlite's own parameters write (the same storage class
/// and the same value: dates as text, enums through their converters, nulls), row by row and many rows per statement.
/// </summary>
public sealed class PositionalBindingTests
{
    // Written for this test (in no corpus): an incident with actors, a place and casualties.
    private const string Story =
        "Two Kyrgyz border guards were killed and three wounded on 4 March 2024 when Tajik troops opened fire near the Vorukh enclave, the Kyrgyz border service said.";

    [Fact]
    public async Task Rows_bound_by_position_equal_rows_bound_through_the_provider_in_every_column()
    {
        await using var byProvider = await TempStore.CreateAsync();
        await using var byPosition = await TempStore.CreateAsync();
        var expected = await WriteAsync(byProvider, throughProvider: true);
        var actual = await WriteAsync(byPosition, throughProvider: false);

        expected["Incidents"].ShouldNotBeEmpty();
        expected["IncidentActors"].ShouldNotBeEmpty();
        expected["IncidentCasualties"].ShouldNotBeEmpty();
        expected["ArticleBands"].Count.ShouldBeGreaterThan(1);
        expected["ArticleShingles"].ShouldHaveSingleItem().ShouldStartWith("integer:1|blob:X'");
        foreach (var (table, rows) in expected) actual[table].ShouldBe(rows, $"table {table}");
    }

    [Fact]
    public async Task A_value_of_a_type_it_cannot_bind_is_refused_by_name()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();
        using var statement = new SqliteRowStatement((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection(), "SELECT @a");
        Should.Throw<NotSupportedException>(() => statement.Bind(1, TimeSpan.FromSeconds(1))).Message.ShouldContain("TimeSpan");
    }

    // One outlet, one article with every optional field set, its incidents, excerpts, casualties, actor links and band rows.
    private static async Task<Dictionary<string, List<string>>> WriteAsync(TempStore store, bool throughProvider)
    {
        var doc = new SourceDocument
        {
            SourceName = "binding.txt", Format = SourceFormat.Text, RawText = Story, Encoding = "utf-8", BodyText = Story,
            ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Story))).ToLowerInvariant(),
        };
        var analysis = ArticleAnalysis.Analyze(doc);
        var print = ShinglePrint.Of(analysis.CleanedText);
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var refs = await ReferenceIds.LoadAllAsync(db, CancellationToken.None);
        await using var tx = await db.Database.BeginTransactionAsync();
        var t = tx.GetDbTransaction();
        using (var outlets = new RowInsert<Outlet>(db, connection, throughProvider))
        using (var articles = new RowInsert<Article>(db, connection, throughProvider))
        using (var incidents = new RowInsert<Incident>(db, connection, throughProvider))
        using (var excerpts = new RowInsert<Excerpt>(db, connection, throughProvider))
        using (var casualties = new RowInsert<IncidentCasualties>(db, connection, throughProvider))
        using (var links = new RowInsert<IncidentActor>(db, connection, throughProvider))
        using (var bands = new RowInsert<ArticleBand>(db, connection, throughProvider))
        using (var shingles = new RowInsert<ArticleShingles>(db, connection, throughProvider))
        {
            var outlet = new Outlet { Name = "Test Wire – «Ош»", Domain = "wire.example" };
            await outlets.InsertAsync(outlet, t, CancellationToken.None);
            var article = new Article
            {
                OutletId = outlet.Id, SourceName = doc.SourceName, SourceUrl = "https://wire.example/a?b=1", Format = SourceFormat.Html,
                FeedItemKey = "item-7", RawContent = Story, RawEncoding = "utf-8", CleanedText = analysis.CleanedText, Title = "Shots at Vorukh",
                Author = "A. Writer", Language = "en", ContentHash = doc.ContentHash, SimHash = print.SimHash,
                IngestedAt = new DateTimeOffset(2026, 12, 3, 17, 5, 9, 120, TimeSpan.FromHours(5)).AddTicks(3), PipelineVersion = "test",
                Published = new PartialDate(2024, 3, 5), PublishedDateSource = PublishedDateSource.Metadata, PublishedDateNote = "meta",
            };
            await articles.InsertAsync(article, t, CancellationToken.None);
            var actorLinks = new List<IncidentActor>();
            foreach (var (fingerprint, e) in IncidentRows.WithFingerprints(article, analysis.Incidents))
            {
                var incident = IncidentRows.ToIncident(article, e, refs);
                incident.ArticleId = article.Id;
                incident.Fingerprint = fingerprint;
                incident.ExtractedAt = new DateTimeOffset(2026, 12, 3, 17, 5, 10, TimeSpan.Zero);
                await incidents.InsertAsync(incident, t, CancellationToken.None);
                var excerpt = IncidentRows.ExcerptOf(article, e);
                excerpt.ArticleId = article.Id;
                excerpt.IncidentId = incident.Id;
                await excerpts.InsertAsync(excerpt, t, CancellationToken.None);
                if (IncidentCasualties.For(e.Casualties) is { } c)
                {
                    c.IncidentId = incident.Id;
                    await casualties.InsertAsync(c, t, CancellationToken.None);
                }
                foreach (var link in IncidentRows.Links(e, refs, doc.SourceName, NullLogger.Instance))
                {
                    link.IncidentId = incident.Id;
                    actorLinks.Add(link);
                }
            }
            await links.InsertManyAsync(actorLinks, t, CancellationToken.None);
            await bands.InsertManyAsync([.. print.Bands.Select((v, b) => new ArticleBand { ArticleId = article.Id, Band = (short)b, Value = v })], t, CancellationToken.None);
            await shingles.InsertAsync(new ArticleShingles { ArticleId = article.Id, Hashes = print.Packed }, t, CancellationToken.None);
        }
        await tx.CommitAsync();
        var tables = new Dictionary<string, List<string>>();
        foreach (var table in new[] { "Outlets", "Articles", "Incidents", "Excerpts", "IncidentCasualties", "IncidentActors", "ArticleBands", "ArticleShingles" })
            tables[table] = await RowsAsync(connection, table);
        return tables;
    }

    // Each row as "storage class:quoted value" of every column, in column order.
    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"typeof(\"{c}\") || ':' || quote(\"{c}\")"))} FROM \"{table}\" ORDER BY rowid";
        var rows = new List<string>();
        await using (var reader = await select.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
