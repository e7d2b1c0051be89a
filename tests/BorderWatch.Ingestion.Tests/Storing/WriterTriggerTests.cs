using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// On SQLite the batch writer's connection fires none of the store's triggers while it inserts a group
/// (<see cref="WriterConnection.SkipTriggers"/>). That is safe only while every insert trigger of the tables it writes
/// would skip its rows anyway under its flag (<see cref="WriterBatch"/>), and only if the connection fires triggers
/// again once the group ends, committed or not.
/// </summary>
public sealed class WriterTriggerTests
{
    // The tables the writer inserts into (ArticleStatements).
    private static readonly string[] WrittenTables = ["Outlets", "Articles", "Incidents", "Excerpts", "IncidentCasualties", "IncidentActors", "ArticleBands", "ArticleShingles"];

    [Fact]
    public async Task Every_insert_trigger_on_the_tables_the_writer_writes_skips_the_writers_rows()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"""
            SELECT name, tbl_name, sql FROM sqlite_master
            WHERE type = 'trigger' AND tbl_name IN ({string.Join(", ", WrittenTables.Select(t => $"'{t}'"))})
            """;
        var insertTriggers = new List<(string Name, string Sql)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var sql = reader.GetString(2);
                var head = sql[..sql.IndexOf("BEGIN", StringComparison.OrdinalIgnoreCase)];
                if (head.Contains(" INSERT ON ", StringComparison.OrdinalIgnoreCase)) insertTriggers.Add((reader.GetString(0), head));
            }
        }
        insertTriggers.Count.ShouldBeGreaterThan(3);
        // A new insert trigger without the flag would be skipped by the writer: give it the flag, or the writer must keep it.
        insertTriggers.ShouldAllBe(t => t.Sql.Contains("NOT EXISTS (SELECT 1 FROM \"WriterBatch\")"));
    }

    [Fact]
    public async Task The_writers_connection_fires_triggers_again_after_a_committed_a_failed_and_an_abandoned_group()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        // Tuned as the writer tunes it first (setting temp_store drops temporary triggers).
        await WriterConnection.TuneAsync(connection, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TRIGGER "test_refuse" BEFORE INSERT ON main."Excerpts"
            WHEN (SELECT "SourceName" FROM "Articles" WHERE "Id" = NEW."ArticleId") = 'refused.txt'
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            """);
        await using (var writer = new ArticleWriter(db, NullLogger.Instance))
        {
            await writer.StageAsync(Prepared("one.txt", "Tajik border guards detained three smugglers near the Panj river on Monday, the border service said."), CancellationToken.None);
            WriterConnection.FiresTriggers(connection).ShouldBeFalse();
            (await writer.CommitAsync(CancellationToken.None)).Single().Outcome.ShouldBe(IngestOutcome.Stored);
            WriterConnection.FiresTriggers(connection).ShouldBeTrue();

            await writer.StageAsync(Prepared("refused.txt", "Kyrgyz border guards fired warning shots at a Tajik patrol near Batken on Sunday, officials said."), CancellationToken.None);
            (await writer.CommitAsync(CancellationToken.None)).Single().Outcome.ShouldBe(IngestOutcome.Failed);
            WriterConnection.FiresTriggers(connection).ShouldBeTrue();

            await writer.StageAsync(Prepared("left.txt", "Uzbek customs officers seized smuggled cigarettes at the Oybek crossing on Friday, the committee said."), CancellationToken.None);
            // Disposed with the group open (a cancelled batch).
        }
        WriterConnection.FiresTriggers(connection).ShouldBeTrue();
        (await db.Articles.Select(a => a.SourceName).ToListAsync()).ShouldBe(["one.txt"]);
    }

    private static PreparedArticle Prepared(string name, string text) => TextArticles.PreparedWithIncidents(name, text);
}
