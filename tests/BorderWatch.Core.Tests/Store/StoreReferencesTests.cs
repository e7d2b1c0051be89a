using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// The kept reference rows (<see cref="StoreReferences"/>) on a real SQLite file: read once while nothing is written,
/// dropped by every commit of a context that carries them (SaveChanges, a transaction of raw commands as the ingest
/// writer runs, a review), and by a commit of another process once the store version shows it (<see cref="StoreReferences.Observe"/>).
/// </summary>
public sealed class StoreReferencesTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    private async Task<(StoreOptions Options, SampleIncidents Sample)> NewStoreAsync()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        return (options, await SampleIncidents.SeedAsync(db));
    }

    /// <summary>A context of "this process": its options carry the kept rows.</summary>
    private static BorderWatchDbContext Open(StoreOptions options, StoreReferences references) =>
        new((DbContextOptions<BorderWatchDbContext>)new DbContextOptionsBuilder<BorderWatchDbContext>().UseBorderWatchStore(options)
            .AddInterceptors(references).Options);

    private static Actor NewState(string code, string name) => new() { Kind = ActorKind.State, Key = code, CanonicalName = code, DisplayName = name };

    [Fact]
    public async Task Rows_are_read_once_while_nothing_is_written()
    {
        var (options, _) = await NewStoreAsync();
        var references = new StoreReferences();
        await using var db = Open(options, references);
        var first = await StoreReferences.ReadAsync(db);
        var second = await StoreReferences.ReadAsync(db);
        await using (var other = Open(options, references)) (await StoreReferences.ReadAsync(other)).ShouldBeSameAs(first);
        second.ShouldBeSameAs(first);
        references.StoreReads.ShouldBe(1);
        first.BorderIds.Keys.ShouldBe(["AFG-TJK", "AFG-TKM"], ignoreOrder: true);
        first.Actors.Select(a => a.CanonicalName).ShouldContain("Taliban");
    }

    [Fact]
    public async Task A_saved_actor_is_seen_by_the_next_read()
    {
        var (options, _) = await NewStoreAsync();
        var references = new StoreReferences();
        await using var db = Open(options, references);
        (await StoreReferences.ReadAsync(db)).Actors.ShouldNotContain(a => a.CanonicalName == "UZB");
        db.Actors.Add(NewState("UZB", "Uzbekistan"));
        await db.SaveChangesAsync();
        (await StoreReferences.ReadAsync(db)).Actors.ShouldContain(a => a.CanonicalName == "UZB" && a.DisplayName == "Uzbekistan");
        references.StoreReads.ShouldBe(2);
    }

    [Fact]
    public async Task A_transaction_of_raw_commands_drops_the_rows_at_commit()
    {
        // As the ingest writer stores an article: its own commands inside one transaction of the context.
        var (options, _) = await NewStoreAsync();
        var references = new StoreReferences();
        await using var db = Open(options, references);
        await StoreReferences.ReadAsync(db);
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "BorderSegments" ("Code", "Name", "StateA", "StateB") VALUES ('KGZ-TJK', 'Kyrgyzstan–Tajikistan', 'KGZ', 'TJK')""");
            (await StoreReferences.ReadAsync(db)).BorderIds.ContainsKey("KGZ-TJK").ShouldBeFalse("not committed yet: the kept rows stand");
            await tx.CommitAsync();
        }
        var after = await StoreReferences.ReadAsync(db);
        after.BorderIds.ContainsKey("KGZ-TJK").ShouldBeTrue();
        after.BordersById[after.BorderIds["KGZ-TJK"]].StateA.ShouldBe("KGZ");
    }

    [Fact]
    public async Task A_review_drops_the_rows()
    {
        var (options, sample) = await NewStoreAsync();
        var references = new StoreReferences();
        await using var db = Open(options, references);
        await StoreReferences.ReadAsync(db);
        await StoreReferences.ReadAsync(db);
        references.StoreReads.ShouldBe(1);
        await new ReviewService(db).ConfirmAsync(sample.Incidents.Values.First(), "analyst");
        await StoreReferences.ReadAsync(db);
        references.StoreReads.ShouldBe(2);
    }

    [Fact]
    public async Task Another_process_commit_is_seen_through_the_store_version()
    {
        var (options, _) = await NewStoreAsync();
        var references = new StoreReferences();
        await using var db = Open(options, references);
        var kept = await StoreReferences.ReadAsync(db);
        StoreVersion.ReferenceStamp(await StoreVersion.ReadAsync(db)).ShouldBe(kept.Stamp);
        references.Observe(StoreVersion.ReferenceStamp(await StoreVersion.ReadAsync(db)));
        (await StoreReferences.ReadAsync(db)).ShouldBeSameAs(kept, "an unchanged stamp keeps the rows");

        // Another process (a context without the kept rows) adds a state and a border length.
        await using (var cli = StoreSetup.Open(options))
        {
            cli.Actors.Add(NewState("KGZ", "Kyrgyzstan"));
            var border = await cli.BorderSegments.FirstAsync(b => b.Code == "AFG-TJK");
            cli.BorderLengths.Add(new BorderLength { BorderSegmentId = border.Id, Kilometres = 1344, Source = "a survey" });
            await cli.SaveChangesAsync();
        }
        (await StoreReferences.ReadAsync(db)).ShouldBeSameAs(kept, "no commit of this process: kept until the version shows it");
        var version = await StoreVersion.ReadAsync(db);
        StoreVersion.ReferenceStamp(version).ShouldNotBe(kept.Stamp);
        references.Observe(StoreVersion.ReferenceStamp(version));
        var read = await StoreReferences.ReadAsync(db);
        read.Actors.ShouldContain(a => a.CanonicalName == "KGZ");
        read.Borders.Single(b => b.Code == "AFG-TJK").Lengths.Select(l => l.Kilometres).ShouldContain(1344);
        read.Stamp.ShouldBe(StoreVersion.ReferenceStamp(version));
    }

    [Fact]
    public async Task A_country_filter_finds_a_state_added_after_the_rows_were_kept()
    {
        var (options, _) = await NewStoreAsync();
        var references = new StoreReferences();
        await using var db = Open(options, references);
        var listed = await db.Incidents.Where(i => !i.Hidden).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var kgz = new IncidentFilter { Countries = ["KGZ"] };
        (await IncidentListing.PageAsync(db, kgz, IncidentOrder.Newest, 1, 50)).Total.ShouldBe(0);
        var state = NewState("KGZ", "Kyrgyzstan");
        db.Actors.Add(state);
        await db.SaveChangesAsync();
        db.IncidentActors.Add(new IncidentActor { IncidentId = listed, ActorId = state.Id, Role = ActorRole.Counterpart });
        await db.SaveChangesAsync();
        var page = await IncidentListing.PageAsync(db, kgz, IncidentOrder.Newest, 1, 50);
        page.Items.Select(i => i.Id).ShouldBe([listed]);
    }
}
