using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The batch writer's SQLite connection commits without waiting for the disk (<c>synchronous = NORMAL</c>) and
/// checkpoints less often while it writes (ADR 0013), and gives the connection back with the settings it had: the
/// connection returns to the pool, where a review or another write must not inherit the writer's durability.
/// </summary>
public sealed class WriterDurabilityTests
{
    [Fact]
    public async Task The_writer_relaxes_durability_only_while_it_writes_and_its_groups_stay_whole()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        async Task<(long Synchronous, long Checkpoint)> SettingsAsync()
        {
            // Inside the writer's open group the command must join its transaction (Microsoft.Data.Sqlite's rule).
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = "PRAGMA synchronous";
            var synchronous = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return (synchronous, (long)(await command.ExecuteScalarAsync())!);
        }
        command.CommandText = "PRAGMA synchronous = FULL";
        await command.ExecuteNonQueryAsync();
        var before = await SettingsAsync();
        before.ShouldBe((2L, 1000L), "SQLite's defaults, set by the test: FULL and 1,000 pages");

        await using (var writer = new ArticleWriter(db, NullLogger.Instance))
        {
            await writer.StageAsync(Prepared("one.txt", "Tajik border guards detained four smugglers near the Panj river on Tuesday, the border service said."), CancellationToken.None);
            (await SettingsAsync()).ShouldBe((1L, (long)WriterConnection.CheckpointPages));
            (await writer.CommitAsync(CancellationToken.None)).Single().Outcome.ShouldBe(IngestOutcome.Stored);
            await writer.StageAsync(Prepared("left.txt", "Uzbek customs officers seized smuggled fuel at the Oybek crossing on Thursday, the committee said."), CancellationToken.None);
            // Disposed with the group open (a cancelled batch): nothing of that group is stored.
        }
        (await SettingsAsync()).ShouldBe(before);
        (await db.Articles.Select(a => a.SourceName).ToListAsync()).ShouldBe(["one.txt"]);
    }

    private static PreparedArticle Prepared(string name, string text) => TextArticles.PreparedWithIncidents(name, text);
}
