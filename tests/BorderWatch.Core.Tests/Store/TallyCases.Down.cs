using BorderWatch.Core.Store;
using BorderWatch.Core.Store.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// The Down paths of store24's migrations (<see cref="ActorPairMonthTallies"/>, <see cref="LinkStatementTallies"/>):
/// migrated up, down one step, down another, up again, with writes after each step and every tally the store still
/// keeps equal to the count from the incidents; the triggers and functions after the round trip are those of a store
/// that was only migrated up.
/// </summary>
public abstract partial class TallyCases
{
    /// <summary>The store's triggers (and on PostgreSQL its functions) with their definitions, sorted.</summary>
    private static async Task<List<string>> TriggersAsync(BorderWatchDbContext db)
    {
        var sql = db.Database.IsSqlite()
            ? """SELECT name || ': ' || sql AS "Value" FROM sqlite_master WHERE type = 'trigger'"""
            : """
              SELECT tgname || ': ' || pg_get_triggerdef(oid) AS "Value" FROM pg_trigger WHERE NOT tgisinternal
              UNION ALL
              SELECT 'function ' || p.proname || ': ' || pg_get_functiondef(p.oid) FROM pg_proc p
              JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
              """;
        return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync()).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<bool> HasTableAsync(BorderWatchDbContext db, string table) =>
        (await db.Database.SqlQueryRaw<int>(db.Database.IsSqlite()
            ? """SELECT count(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = {0}"""
            : """SELECT count(*)::int AS "Value" FROM information_schema.tables WHERE table_schema = 'public' AND table_name = {0}""",
            table).ToListAsync()).Single() > 0;

    /// <summary>
    /// Writes that move every kind of tally (an incident hidden and listed again, links of two actors not on the incident
    /// added and removed), each followed by the check. <paramref name="severalRowsPerStatement"/>: the links in one
    /// INSERT and one DELETE, else one statement per link (what row triggers on PostgreSQL count right).
    /// </summary>
    private async Task WritesMoveTheTalliesAsync(BorderWatchDbContext db, SampleIncidents sample, string step, bool severalRowsPerStatement, bool pairMonths)
    {
        async Task Check(string what)
        {
            db.ChangeTracker.Clear();
            await TalliesMatchTheIncidentsAsync(db, $"{fixture.ProviderName}, {step}: {what}", pairMonths);
        }
        var (incident, first, second) = await TwoActorsNotOnAnIncidentAsync(db, sample);
        await db.Incidents.Where(i => i.Id == sample.Incidents["I3"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Hidden, true));
        await Check("an incident hidden");

        const string insert = """INSERT INTO "IncidentActors" ("IncidentId", "ActorId", "Role") VALUES """;
        (int Actor, string Role)[] links = [(first, "Participant"), (first, "Affected"), (second, "Participant")];
        if (severalRowsPerStatement)
            await db.Database.ExecuteSqlRawAsync(insert + "({0}, {1}, 'Participant'), ({0}, {1}, 'Affected'), ({0}, {2}, 'Participant')", incident, first, second);
        else
            foreach (var (actor, role) in links)
                await db.Database.ExecuteSqlRawAsync(insert + "({0}, {1}, {2})", incident, actor, role);
        await Check("links of two actors added");

        const string delete = """DELETE FROM "IncidentActors" WHERE "IncidentId" = {0} AND "ActorId" = {1}""";
        if (severalRowsPerStatement)
            await db.Database.ExecuteSqlRawAsync(delete + """ OR "IncidentId" = {0} AND "ActorId" = {2}""", incident, first, second);
        else
            foreach (var (actor, role) in links)
                await db.Database.ExecuteSqlRawAsync(delete + """ AND "Role" = {2}""", incident, actor, role);
        await Check("their links removed");

        await db.Incidents.Where(i => i.Id == sample.Incidents["I3"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Hidden, false));
        await Check("the incident listed again");
    }

    [Fact]
    public async Task The_pair_month_and_link_statement_migrations_go_down_and_up_again_with_the_tallies_right()
    {
        var options = fixture.Pooled(await fixture.NewMigratedDatabaseAsync());
        await using var db = StoreSetup.Open(options);
        var sample = await SampleIncidents.SeedAsync(db);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        migrations.IndexOf(ActorPairMonthTallies.Id).ShouldBe(migrations.IndexOf(LinkStatementTallies.Id) + 1);
        var schema = await SchemaDescription.ReadAsync(db);
        schema.ShouldContain(l => l.Contains(PairMonthTallyCover.IndexName, StringComparison.Ordinal));
        var upTriggers = await TriggersAsync(db);
        upTriggers.ShouldContain(t => t.StartsWith("ActorPairMonthTally_", StringComparison.Ordinal));
        var postgres = !db.Database.IsSqlite();

        // Down one (and the later cover of their index): the pair month tallies go with their triggers; every other
        // tally still follows the writes.
        await migrator.MigrateAsync(LinkStatementTallies.Id);
        (await db.Database.GetAppliedMigrationsAsync()).Last().ShouldBe(LinkStatementTallies.Id);
        (await HasTableAsync(db, "ActorPairMonthTallies")).ShouldBeFalse();
        var down1 = await TriggersAsync(db);
        down1.ShouldNotContain(t => t.Contains("ActorPairMonth", StringComparison.OrdinalIgnoreCase) || t.Contains("pair_month", StringComparison.Ordinal));
        await WritesMoveTheTalliesAsync(db, sample, "down to the link statement tallies", severalRowsPerStatement: true, pairMonths: false);

        // Down two: on PostgreSQL the links' statement triggers give way to the row triggers of before (SQLite: no change).
        await migrator.MigrateAsync(migrations[migrations.IndexOf(LinkStatementTallies.Id) - 1]);
        (await db.Database.GetAppliedMigrationsAsync()).ShouldNotContain(LinkStatementTallies.Id);
        var down2 = await TriggersAsync(db);
        if (postgres)
        {
            down2.ShouldNotContain(t => t.Contains("_links_", StringComparison.Ordinal) || t.Contains("_on_links_", StringComparison.Ordinal));
            foreach (var tally in new[] { "Tally", "ActorDateTally", "ActorPairTally" })
                down2.ShouldContain(t => t.StartsWith($"{tally}_link_insert: ", StringComparison.Ordinal) && t.Contains("FOR EACH ROW", StringComparison.Ordinal));
        }
        else down2.ShouldBe(down1);
        // Row triggers on PostgreSQL count one link per statement right (several per statement was the bug fixed by the migration).
        await WritesMoveTheTalliesAsync(db, sample, "down before the link statement tallies", severalRowsPerStatement: !postgres, pairMonths: false);

        // Up again: the same triggers and functions as a store only migrated up, the pair month tallies counted afresh.
        await StoreSetup.MigrateAsync(db);
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await TriggersAsync(db)).ShouldBe(upTriggers);
        (await SchemaDescription.ReadAsync(db)).ShouldBe(schema);
        (await db.ActorPairMonthTallies.SumAsync(t => t.Count)).ShouldBeGreaterThan(0, fixture.ProviderName);
        await CheckAsync(db, $"{fixture.ProviderName}: up again");
        await WritesMoveTheTalliesAsync(db, sample, "up again", severalRowsPerStatement: true, pairMonths: true);
        await CheckAsync(db, $"{fixture.ProviderName}: up again, after the writes");
    }
}
