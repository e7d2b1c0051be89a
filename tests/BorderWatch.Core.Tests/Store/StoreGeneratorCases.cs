using BorderWatch.Core.Domain;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>The synthetic store generator on every provider: consistent rows, deterministic, searchable.</summary>
public abstract class StoreGeneratorCases(StoreFixture fixture)
{
    internal static async Task<StoreOptions> ReferenceStoreAsync(StoreFixture fixture)
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        Actor State(string iso, string name, params string[] aliases) => new()
        {
            Kind = ActorKind.State, Key = iso, CanonicalName = iso, DisplayName = name,
            Aliases = aliases.Select(a => new ActorAlias { Alias = a, NormalizedAlias = IncidentQueries.FoldName(a) }).ToList(),
        };
        db.Actors.AddRange(State("AFG", "Afghanistan"), State("TJK", "Tajikistan", "Tadjikistan"), State("KGZ", "Kyrgyzstan", "Kirghizia"),
            new Actor { Kind = ActorKind.ArmedGroup, Key = "taliban", CanonicalName = "Taliban", DisplayName = "Taliban",
                Aliases = [new ActorAlias { Alias = "Taleban", NormalizedAlias = "taleban" }] },
            new Actor { Kind = ActorKind.Person, Key = "p", CanonicalName = "Emomali Rahmon", DisplayName = "Emomali Rahmon" });
        var afgTjk = new BorderSegment { Code = "AFG-TJK", Name = "Afghanistan–Tajikistan", StateA = "AFG", StateB = "TJK" };
        db.BorderSegments.AddRange(afgTjk, new BorderSegment { Code = "KGZ-TJK", Name = "Kyrgyzstan–Tajikistan", StateA = "KGZ", StateB = "TJK" });
        db.Places.Add(new Place { Key = "khorog", Name = "Khorog", Kind = PlaceKind.Town, Latitude = 37.5, Longitude = 71.5, BorderSegment = afgTjk });
        await db.SaveChangesAsync();
        return options;
    }

    private static async Task<(GeneratedStore Result, List<string> Rows)> GenerateAsync(StoreOptions options, int incidents, int seed)
    {
        await using var db = StoreSetup.Open(options);
        var result = await new StoreGenerator(db, seed).GenerateAsync(incidents);
        var rows = await db.Incidents.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => i.Id + " " + i.Type + " " + i.DateStart + " " + i.BorderSegmentId + " " + i.Summary + " " + i.Excerpts.First().Text)
            .ToListAsync();
        return (result, rows);
    }

    [Fact]
    public async Task Generates_consistent_rows_that_every_query_reads_and_the_same_seed_gives_the_same_store()
    {
        var first = await ReferenceStoreAsync(fixture);
        var second = await ReferenceStoreAsync(fixture);
        var other = await ReferenceStoreAsync(fixture);

        var (result, rows) = await GenerateAsync(first, 700, seed: 7);
        var (_, again) = await GenerateAsync(second, 700, seed: 7);
        var (_, different) = await GenerateAsync(other, 700, seed: 8);

        result.Incidents.ShouldBe(700, fixture.ProviderName);
        result.Excerpts.ShouldBe(700);
        result.Articles.ShouldBeGreaterThan(700 / 20);
        rows.ShouldBe(again, "same seed, same store");
        rows.ShouldNotBe(different);

        await using var db = StoreSetup.Open(first);
        var excerpts = await db.Excerpts.AsNoTracking().Select(e => new { e.Text, e.Start, e.End, e.Article!.CleanedText }).ToListAsync();
        excerpts.ShouldAllBe(e => e.CleanedText.Substring(e.Start, e.End - e.Start) == e.Text);
        var noBorder = await db.Incidents.CountAsync(i => i.BorderSegmentId == null);
        noBorder.ShouldBeInRange(700 * 30 / 100, 700 * 55 / 100);
        (await db.Articles.CountAsync(a => a.DuplicateOfId != null)).ShouldBe(result.Duplicates);
        // What the triggers keep (SQLite: they ran per row) or the load fills set-based (PostgreSQL: triggers off) equals a recount.
        await TallyCases.TalliesMatchTheIncidentsAsync(db, $"{fixture.ProviderName}: generated store");

        var page = await IncidentListing.PageAsync(db, new IncidentFilter { Border = "AFG-TJK", Text = "Khorog" }, IncidentOrder.Newest, 1, 20);
        page.Total.ShouldBeGreaterThan(0);
        page.Items.ShouldAllBe(i => i.BorderCode == "AFG-TJK" && (i.Summary.Contains("Khorog") || i.Excerpts.Any(e => e.Text.Contains("Khorog"))));

        // New rows after a generated load get fresh ids (PostgreSQL's identity sequences are moved on).
        var article = SampleIncidents.NewArticle("in/after.txt", "After the load.");
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        article.Id.ShouldBe(result.Articles + 1);
    }

    [Fact]
    public async Task Refuses_a_store_that_already_holds_articles()
    {
        var options = await ReferenceStoreAsync(fixture);
        await using var db = StoreSetup.Open(options);
        db.Articles.Add(SampleIncidents.NewArticle("in/x.txt", "x"));
        await db.SaveChangesAsync();

        var e = await Should.ThrowAsync<InvalidOperationException>(() => new StoreGenerator(db, 1).GenerateAsync(10));
        e.Message.ShouldContain("already holds articles");
    }
}

public sealed class SqliteStoreGeneratorTests(SqliteFixture fixture) : StoreGeneratorCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreGeneratorTests(PostgresFixture fixture) : StoreGeneratorCases(fixture);
