using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BorderWatch.Core.Tests.Store;

/// <summary>The actor-pair tallies (<see cref="ActorPairTally"/>) against a count made from the incidents and their links.</summary>
public abstract partial class TallyCases
{
    /// <summary>Every ordered pair of distinct actors of each listed incident, once per incident whatever the roles.</summary>
    private static async Task PairsMatchTheIncidentsAsync(BorderWatchDbContext db, string step, bool withPairMonths = true)
    {
        var links = await db.IncidentActors.AsNoTracking().Select(l => new { l.IncidentId, l.ActorId }).Distinct().ToListAsync();
        var rows = await db.Incidents.AsNoTracking().Where(i => !i.Hidden)
            .Select(i => new { i.Id, i.BorderSegmentId, i.Type, i.Status }).ToDictionaryAsync(i => i.Id);
        var pairs = links.Where(l => rows.ContainsKey(l.IncidentId)).GroupBy(l => l.IncidentId)
            .SelectMany(g => from a in g from b in g where a.ActorId != b.ActorId
                             select (a.ActorId, Other: b.ActorId, Border: rows[g.Key].BorderSegmentId ?? 0, rows[g.Key].Type, rows[g.Key].Status))
            .GroupBy(p => p).Select(g => $"{g.Key.ActorId} {g.Key.Other} {g.Key.Border} {g.Key.Type} {g.Key.Status}: {g.Count()}")
            .Order(StringComparer.Ordinal).ToList();
        (await db.ActorPairTallies.AnyAsync(t => t.Count < 0)).ShouldBeFalse(step);
        (await db.ActorPairTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync())
            .Select(t => $"{t.ActorId} {t.OtherActorId} {t.BorderKey} {t.Type} {t.Status}: {t.Count}").Order(StringComparer.Ordinal).ToList()
            .ShouldBe(pairs, step);
        if (!withPairMonths) return;

        // Per pair and month (year 0: undated; month 0: dated to the year only).
        var dates = await db.Incidents.AsNoTracking().Where(i => !i.Hidden)
            .Select(i => new { i.Id, Year = i.DateYear ?? 0, Month = i.DateYear == null ? 0 : i.DateMonth ?? 0 }).ToDictionaryAsync(i => i.Id);
        var pairMonths = links.Where(l => rows.ContainsKey(l.IncidentId)).GroupBy(l => l.IncidentId)
            .SelectMany(g => from a in g from b in g where a.ActorId != b.ActorId
                             select (a.ActorId, Other: b.ActorId, dates[g.Key].Year, dates[g.Key].Month, Border: rows[g.Key].BorderSegmentId ?? 0,
                                     rows[g.Key].Type, rows[g.Key].Status))
            .GroupBy(p => p).Select(g => $"{g.Key.ActorId} {g.Key.Other} {g.Key.Year}-{g.Key.Month} {g.Key.Border} {g.Key.Type} {g.Key.Status}: {g.Count()}")
            .Order(StringComparer.Ordinal).ToList();
        (await db.ActorPairMonthTallies.AnyAsync(t => t.Count < 0)).ShouldBeFalse(step);
        (await db.ActorPairMonthTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync())
            .Select(t => $"{t.ActorId} {t.OtherActorId} {t.Year}-{t.Month} {t.BorderKey} {t.Type} {t.Status}: {t.Count}").Order(StringComparer.Ordinal).ToList()
            .ShouldBe(pairMonths, step);
    }

    [Fact]
    public async Task The_actor_pair_month_tallies_migration_counts_the_store_it_finds_and_later_writes_move_them()
    {
        var options = fixture.Pooled(await fixture.NewDatabaseAsync());
        await using var db = StoreSetup.Open(options);
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>()
            .MigrateAsync(migrations[migrations.IndexOf(BorderWatch.Core.Store.Migrations.ActorPairMonthTallies.Id) - 1]);
        // A store of the previous version, with a hidden incident and an actor in two roles.
        var sample = await SampleIncidents.SeedAsync(db);
        await db.Incidents.Where(i => i.Id == sample.Incidents["I3"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Hidden, true));
        var taliban = await db.Actors.Where(a => a.CanonicalName == "Taliban").Select(a => a.Id).SingleAsync();
        db.IncidentActors.Add(new IncidentActor { IncidentId = sample.Incidents["I1"], ActorId = taliban, Role = ActorRole.Affected });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await StoreSetup.MigrateAsync(db);
        (await db.ActorPairMonthTallies.SumAsync(t => t.Count)).ShouldBe(await db.ActorPairTallies.SumAsync(t => t.Count), fixture.ProviderName);
        (await db.ActorPairMonthTallies.SumAsync(t => t.Count)).ShouldBeGreaterThan(0, fixture.ProviderName);
        await CheckAsync(db, "after the pair month tallies migration");
        await db.Incidents.Where(i => i.Id == sample.Incidents["I3"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Hidden, false));
        await CheckAsync(db, "after the hidden one was listed again");
    }

    [Fact]
    public async Task The_actor_pair_tallies_migration_counts_the_store_it_finds_and_later_writes_move_them()
    {
        var options = fixture.Pooled(await fixture.NewDatabaseAsync());
        await using var db = StoreSetup.Open(options);
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>()
            .MigrateAsync(migrations[migrations.IndexOf(BorderWatch.Core.Store.Migrations.ActorPairTallies.Id) - 1]);
        // A store of the previous version (no pair tallies yet), with a hidden incident and an actor in two roles.
        var sample = await SampleIncidents.SeedAsync(db);
        await db.Incidents.Where(i => i.Id == sample.Incidents["I3"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Hidden, true));
        var i1 = sample.Incidents["I1"];
        var taliban = await db.Actors.Where(a => a.CanonicalName == "Taliban").Select(a => a.Id).SingleAsync();
        db.IncidentActors.Add(new IncidentActor { IncidentId = i1, ActorId = taliban, Role = ActorRole.Affected });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await StoreSetup.MigrateAsync(db);
        (await db.ActorPairTallies.SumAsync(t => t.Count)).ShouldBeGreaterThan(0, fixture.ProviderName);
        await CheckAsync(db, "after the pair tallies migration");
        await db.Incidents.Where(i => i.Id == sample.Incidents["I3"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Hidden, false));
        await CheckAsync(db, "after the hidden one was listed again");
    }

    [Fact]
    public async Task Actor_facets_under_one_actor_without_dates_are_read_from_the_pair_tallies()
    {
        var options = fixture.Pooled(await fixture.NewMigratedDatabaseAsync());
        await using var db = StoreSetup.Open(options);
        await SampleIncidents.SeedAsync(db);
        IncidentFilter taliban = new() { Organizations = ["Taliban"] };
        var countries = (await IncidentFacets.CountAsync(db, taliban, [FacetField.Country], top: int.MaxValue)).Single();
        countries.Values.Sum(v => v.Count).ShouldBeGreaterThan(0, fixture.ProviderName);
        countries.CountsAreLowerBounds.ShouldBeFalse();
        // The pair tallies emptied (a store where only they are wrong): the facet under one actor reads them, the same
        // facet under a date range (counted from the incidents) does not.
        await db.ActorPairTallies.ExecuteDeleteAsync();
        (await IncidentFacets.CountAsync(db, taliban, [FacetField.Country], top: int.MaxValue)).Single().Values.ShouldBeEmpty();
        var dated = taliban with { From = PartialDate.OfYear(2000), To = PartialDate.OfYear(2030) };
        (await IncidentFacets.CountAsync(db, dated, [FacetField.Country], top: int.MaxValue)).Single().Values.Sum(v => v.Count)
            .ShouldBe(countries.Values.Sum(v => v.Count));
    }

    [Fact]
    public async Task Actor_facets_under_one_actor_and_dates_are_read_from_the_pair_month_tallies()
    {
        var options = fixture.Pooled(await fixture.NewMigratedDatabaseAsync());
        await using var db = StoreSetup.Open(options);
        await SampleIncidents.SeedAsync(db);
        IncidentFilter dated = new() { Organizations = ["Taliban"], From = PartialDate.OfYear(2000), To = PartialDate.OfYear(2030) };
        var countries = (await IncidentFacets.CountAsync(db, dated, [FacetField.Country], top: int.MaxValue)).Single();
        countries.Values.Sum(v => v.Count).ShouldBeGreaterThan(0, fixture.ProviderName);
        countries.CountsAreLowerBounds.ShouldBeFalse();
        // The pair month tallies emptied: the facet under one actor and dates reads them, the one without dates does not.
        await db.ActorPairMonthTallies.ExecuteDeleteAsync();
        (await IncidentFacets.CountAsync(db, dated, [FacetField.Country], top: int.MaxValue)).Single().Values.ShouldBeEmpty();
        (await IncidentFacets.CountAsync(db, dated with { From = null, To = null }, [FacetField.Country], top: int.MaxValue)).Single()
            .Values.Sum(v => v.Count).ShouldBe(countries.Values.Sum(v => v.Count));
    }
}
