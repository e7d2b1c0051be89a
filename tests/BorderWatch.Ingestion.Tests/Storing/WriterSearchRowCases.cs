using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The batch writer's search rows name the aliases the gazetteer has when each group is written: an alias added (by a
/// gazetteer sync, here through the context) while a writer is open is in the rows of the incidents it writes next, as
/// well as in the rows of those written before (the alias trigger). On SQLite the writer makes the rows from the
/// actors and aliases it has read (SearchRows), read again when a group starts on a changed gazetteer; on PostgreSQL the
/// settle reads them from the store.
/// </summary>
public abstract class WriterSearchRowCases(StoreFixture stores)
{
    // Sentences written for these tests (in no corpus), each with an incident the detector finds.
    private const string Before = "Tajik border guards detained three traffickers with a load of heroin near Ishkoshim on Tuesday, the border service said.";
    private const string After = "Tajik border guards arrested two men carrying opium across the river near Khorog on Saturday, the border service said.";
    private const string Alias = "Qwertania";

    [Fact]
    public async Task An_alias_added_while_the_writer_is_open_is_in_the_search_rows_of_the_incidents_it_writes_next()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using (var setup = StoreSetup.Open(options))
            await new IngestionService(setup, NullLogger<IngestionService>.Instance).SyncGazetteerAsync();
        await using var db = StoreSetup.Open(options);
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        var first = await writer.WriteAsync(TextArticles.Prepared("before.txt", Before), CancellationToken.None);
        first.Outcome.ShouldBe(IngestOutcome.Stored);

        List<int> actors;
        await using (var other = StoreSetup.Open(options))
        {
            actors = await other.IncidentActors.Where(l => first.IncidentIds.Contains(l.IncidentId)).Select(l => l.ActorId).Distinct().ToListAsync();
            actors.ShouldNotBeEmpty("the first article's incidents name an actor");
            other.ActorAliases.AddRange(actors.Select(a => new ActorAlias { ActorId = a, Alias = Alias, NormalizedAlias = Alias.ToLowerInvariant() }));
            await other.SaveChangesAsync();
        }

        var second = await writer.WriteAsync(TextArticles.Prepared("after.txt", After), CancellationToken.None);
        second.Outcome.ShouldBe(IngestOutcome.Stored);
        await using var check = StoreSetup.Open(options);
        var written = first.IncidentIds.Concat(second.IncidentIds).ToList();
        var naming = await check.IncidentActors.Where(l => written.Contains(l.IncidentId) && actors.Contains(l.ActorId))
            .Select(l => l.IncidentId).Distinct().ToListAsync();
        naming.Intersect(second.IncidentIds).ShouldNotBeEmpty("the second article's incidents name an actor of the first");
        var match = $"\"{Alias}\"";
        var found = await check.FromExpression(() => BorderWatchDbContext.IncidentSearch(match)).Select(h => h.IncidentId).ToListAsync();
        found.Order().ShouldBe(naming.Order(), "the incidents naming an actor with the alias, written before it was added (the alias trigger) and after");
    }
}

public sealed class SqliteWriterSearchRowTests(SqliteFixture stores) : WriterSearchRowCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresWriterSearchRowTests(PostgresFixture stores) : WriterSearchRowCases(stores);
