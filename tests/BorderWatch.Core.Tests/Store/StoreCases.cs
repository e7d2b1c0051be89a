using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>Schema and persistence behaviour, run against every provider.</summary>
public abstract class StoreCases(StoreFixture fixture)
{
    [Fact]
    public async Task Migrating_a_new_database_applies_the_initial_migration_and_leaves_none_pending()
    {
        var options = await fixture.NewDatabaseAsync();
        await using var db = StoreSetup.Open(options);

        await StoreSetup.MigrateAsync(db);
        await StoreSetup.MigrateAsync(db);   // idempotent

        (await db.Database.GetAppliedMigrationsAsync()).ShouldBe(["20261122000000_Initial"]);
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Incidents.CountAsync()).ShouldBe(0);
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model differs from the migrations' model snapshot");
    }

    [Fact]
    public async Task Migrated_schema_matches_the_schema_the_model_creates()
    {
        var migratedOptions = await fixture.NewMigratedDatabaseAsync();
        var modelOptions = await fixture.NewDatabaseAsync();
        await using var migrated = StoreSetup.Open(migratedOptions);
        await using var fromModel = StoreSetup.Open(modelOptions);
        await fromModel.Database.ExecuteSqlRawAsync(fromModel.Database.GenerateCreateScript());

        var expected = await SchemaDescription.ReadAsync(fromModel);
        var actual = await SchemaDescription.ReadAsync(migrated);

        expected.Count.ShouldBeGreaterThan(100);   // 11 tables with their columns, indexes and keys
        actual.Except(expected).ShouldBeEmpty("in the migration but not in the model");
        expected.Except(actual).ShouldBeEmpty("in the model but not in the migration");
    }

    [Fact]
    public async Task Article_incident_excerpt_and_actors_round_trip()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        const string text = "Тюрькменистан: «Border guards» of Turkmenistan met Afghan officials at Serhetabat.";
        int incidentId;
        await using (var db = StoreSetup.Open(options))
        {
            var tkm = new Actor { Kind = ActorKind.State, Key = "TKM", CanonicalName = "TKM", DisplayName = "Turkmenistan",
                Aliases = [new ActorAlias { Alias = "Туркменистан", NormalizedAlias = "туркменистан" }] };
            var article = SampleIncidents.NewArticle("in/010_round.txt", text, "Встреча");
            article.Published = PartialDate.OfMonth(2021, 7);
            var incident = new Incident
            {
                Article = article, Type = IncidentType.DiplomaticMeeting, Date = PartialDate.OfMonth(2021, 7), DateInferred = true,
                Status = IncidentStatus.Reported, Summary = "Border guards met", Fingerprint = "fp-1", Confidence = 0.75,
                ExtractedAt = new DateTimeOffset(2026, 1, 2, 8, 4, 5, TimeSpan.FromHours(5)), LocationText = "Serhetabat", LocationPrecision = LocationPrecision.NamedPlace,
                Actors = [new IncidentActor { Actor = tkm, Role = ActorRole.Initiator }],
            };
            incident.Excerpts.Add(new Excerpt { Article = article, Start = 15, End = text.Length, Text = text[15..] });
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
            incidentId = incident.Id;
        }

        await using (var db = StoreSetup.Open(options))
        {
            var loaded = await db.Incidents
                .Include(i => i.Article).Include(i => i.Excerpts).Include(i => i.Actors).ThenInclude(a => a.Actor!).ThenInclude(a => a.Aliases)
                .SingleAsync(i => i.Id == incidentId);
            loaded.Type.ShouldBe(IncidentType.DiplomaticMeeting);
            loaded.Date.ShouldBe(PartialDate.OfMonth(2021, 7));
            loaded.DatePrecision.ShouldBe(DatePrecision.Month);
            loaded.DateStart.ShouldBe(new DateOnly(2021, 7, 1));
            loaded.DateEnd.ShouldBe(new DateOnly(2021, 7, 31));
            loaded.DateInferred.ShouldBeTrue();
            loaded.ExtractedAt.ShouldBe(SampleIncidents.When);   // same instant, stored as UTC
            loaded.ExtractedAt.Offset.ShouldBe(TimeSpan.Zero);
            loaded.LocationPrecision.ShouldBe(LocationPrecision.NamedPlace);
            loaded.Article!.CleanedText.ShouldBe(text);
            loaded.Article.Published.ShouldBe(PartialDate.OfMonth(2021, 7));
            loaded.Article.Title.ShouldBe("Встреча");
            var excerpt = loaded.Excerpts.ShouldHaveSingleItem();
            excerpt.Text.ShouldBe(loaded.Article.CleanedText[excerpt.Start..excerpt.End]);
            var actor = loaded.Actors.ShouldHaveSingleItem();
            actor.Role.ShouldBe(ActorRole.Initiator);
            actor.Actor!.Aliases.ShouldHaveSingleItem().Alias.ShouldBe("Туркменистан");

            // Enums are stored as their names, readable without the application.
            var typeColumn = await db.Database.SqlQueryRaw<string>("SELECT \"Type\" AS \"Value\" FROM \"Incidents\"").SingleAsync();
            typeColumn.ShouldBe("DiplomaticMeeting");
        }
    }

    [Fact]
    public async Task Deleting_an_article_removes_its_incidents_and_excerpts_but_a_reviewed_incident_blocks_it()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var sample = await SampleIncidents.SeedAsync(db);
        db.ChangeTracker.Clear();

        // A1 has no reviewed incidents: its incidents and excerpts go with it, the duplicate A2 is kept (link set to null).
        await db.Articles.Where(a => a.Id == sample.Articles["A1"]).ExecuteDeleteAsync();
        (await db.Incidents.CountAsync(i => i.ArticleId == sample.Articles["A1"])).ShouldBe(0);
        (await db.Excerpts.CountAsync(e => e.ArticleId == sample.Articles["A1"])).ShouldBe(0);
        (await db.IncidentActors.CountAsync(a => a.IncidentId == sample.Incidents["I1"])).ShouldBe(0);
        (await db.Articles.SingleAsync(a => a.Id == sample.Articles["A2"])).DuplicateOfId.ShouldBeNull();

        // A3 has incidents with analyst reviews: the database refuses, so reviews never vanish silently.
        await Should.ThrowAsync<Exception>(() => db.Articles.Where(a => a.Id == sample.Articles["A3"]).ExecuteDeleteAsync());
        (await db.IncidentReviews.CountAsync()).ShouldBe(5);
        (await db.Incidents.CountAsync(i => i.ArticleId == sample.Articles["A3"])).ShouldBe(5);
    }

    [Fact]
    public async Task Unique_keys_are_enforced()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        db.Actors.Add(new Actor { Kind = ActorKind.State, Key = "TKM", CanonicalName = "TKM", DisplayName = "Turkmenistan" });
        await db.SaveChangesAsync();
        db.Actors.Add(new Actor { Kind = ActorKind.State, Key = "TKM", CanonicalName = "TKM", DisplayName = "Again" });
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // The same raw bytes may yield several feed articles: ContentHash alone is not unique.
        var a1 = SampleIncidents.NewArticle("feed.xml", "same");
        var a2 = SampleIncidents.NewArticle("feed.xml", "same");
        a1.FeedItemKey = "item-1"; a2.FeedItemKey = "item-2";
        db.Articles.AddRange(a1, a2);
        await db.SaveChangesAsync();
        (await db.Articles.CountAsync(a => a.ContentHash == a1.ContentHash)).ShouldBe(2);
    }
}

public sealed class SqliteStoreTests(SqliteFixture fixture) : StoreCases(fixture), IClassFixture<SqliteFixture>;
