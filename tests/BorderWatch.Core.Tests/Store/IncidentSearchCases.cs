using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>Full-text search on its own store: spelling variants, and an index that follows every write.</summary>
public abstract class IncidentSearchCases(StoreFixture fixture)
{
    private static Incident NewIncident(Article article, string fingerprint, string summary, string excerpt, params Actor[] actors)
    {
        var start = article.CleanedText.IndexOf(excerpt, StringComparison.Ordinal);
        return new Incident
        {
            Article = article, Type = IncidentType.ArmedClash, Status = IncidentStatus.Reported, Summary = summary,
            Fingerprint = fingerprint, ExtractedAt = SampleIncidents.When,
            Excerpts = [new Excerpt { Article = article, Start = start, End = start + excerpt.Length, Text = excerpt }],
            Actors = actors.Select(a => new IncidentActor { Actor = a, Role = ActorRole.Participant }).ToList(),
        };
    }

    private static async Task<List<string>> SummariesAsync(BorderWatchDbContext db, string text) =>
        await db.Incidents.AsNoTracking().Apply(new IncidentFilter { Text = text })
            .OrderBy(i => i.Id).Select(i => i.Summary).ToListAsync();

    [Fact]
    public async Task Hyphenated_spaced_and_joined_spellings_find_each_other_in_any_case_and_script()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        const string text = "Guards clashed at Kok-Tash. Later, shots near Kok Tash village. Koktash was calm. "
                            + "Пограничники Таджикистана задержали нарушителя у Хорога. Troops reached Khorugh and Ishkoshim.";
        var article = SampleIncidents.NewArticle("in/kok.txt", text, "Kok-Tash");
        db.Incidents.AddRange(
            NewIncident(article, "k1", "hyphen", "Guards clashed at Kok-Tash."),
            NewIncident(article, "k2", "space", "shots near Kok Tash village"),
            NewIncident(article, "k3", "joined", "Koktash was calm."),
            NewIncident(article, "k4", "cyrillic", "Пограничники Таджикистана задержали нарушителя у Хорога."),
            NewIncident(article, "k5", "latin", "Troops reached Khorugh and Ishkoshim."));
        await db.SaveChangesAsync();

        (await SummariesAsync(db, "Kok-Tash")).ShouldBe(["hyphen", "space", "joined"], fixture.ProviderName);
        (await SummariesAsync(db, "kok tash")).ShouldBe(["hyphen", "space"], "two words ANDed, not the joined form");
        (await SummariesAsync(db, "\"KOK TASH\"")).ShouldBe(["hyphen", "space", "joined"]);
        (await SummariesAsync(db, "koktash")).ShouldBe(["joined"]);
        (await SummariesAsync(db, "ПОГРАНИЧНИКИ хорога")).ShouldBe(["cyrillic"]);
        (await SummariesAsync(db, "Khorugh ishkoshim")).ShouldBe(["latin"]);
        (await SummariesAsync(db, "Ishkash*")).ShouldBeEmpty();
        (await SummariesAsync(db, "Ishko*")).ShouldBe(["latin"]);
        (await SummariesAsync(db, "-- ** \"\"")).ShouldBeEmpty("only punctuation matches nothing");
    }

    [Fact]
    public async Task The_index_follows_new_changed_and_deleted_incidents_excerpts_actors_and_aliases()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var ttp = new Actor { Kind = ActorKind.ArmedGroup, Key = "ttp", CanonicalName = "TTP", DisplayName = "Tehrik-i-Taliban Pakistan" };
        var article = SampleIncidents.NewArticle("in/ttp.txt", "Militants crossed the Durand line at night. A patrol was ambushed.", "TTP");
        var crossing = NewIncident(article, "t1", "Crossing", "Militants crossed the Durand line at night.", ttp);
        var ambush = NewIncident(article, "t2", "Ambush", "A patrol was ambushed.");
        db.Incidents.AddRange(crossing, ambush);
        await db.SaveChangesAsync();

        (await SummariesAsync(db, "Tehrik")).ShouldBe(["Crossing"], "actor display name");
        (await SummariesAsync(db, "Pakistani Taliban")).ShouldBeEmpty("not an alias yet");

        db.ActorAliases.Add(new ActorAlias { ActorId = ttp.Id, Alias = "Pakistani Taliban", NormalizedAlias = "pakistani taliban" });
        await db.SaveChangesAsync();
        (await SummariesAsync(db, "\"Pakistani Taliban\"")).ShouldBe(["Crossing"], "an alias added later reaches incidents already stored");

        ambush.Summary = "Patrol ambushed in Badakhshan";
        db.IncidentActors.Add(new IncidentActor { IncidentId = ambush.Id, ActorId = ttp.Id, Role = ActorRole.Initiator });
        await db.SaveChangesAsync();
        (await SummariesAsync(db, "badakhshan")).ShouldBe(["Patrol ambushed in Badakhshan"]);
        (await SummariesAsync(db, "TTP")).ShouldBe(["Crossing", "Patrol ambushed in Badakhshan"]);

        db.Excerpts.Remove(crossing.Excerpts[0]);
        db.IncidentActors.Remove(crossing.Actors[0]);
        await db.SaveChangesAsync();
        (await SummariesAsync(db, "Durand")).ShouldBeEmpty("the excerpt is gone");
        (await SummariesAsync(db, "TTP")).ShouldBe(["Patrol ambushed in Badakhshan"], "the actor link is gone");

        db.Incidents.Remove(ambush);
        await db.SaveChangesAsync();
        (await SummariesAsync(db, "Badakhshan")).ShouldBeEmpty();
        (await SummariesAsync(db, "crossing")).ShouldBe(["Crossing"]);
    }

    [Fact]
    public async Task Rebuilding_the_index_after_a_bulk_load_finds_what_the_triggers_would_have()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        await IncidentSearchIndex.SuspendAsync(db);
        var article = SampleIncidents.NewArticle("in/bulk.txt", "Smugglers were detained near Panj.", "Bulk");
        db.Incidents.Add(NewIncident(article, "b1", "Detention", "Smugglers were detained near Panj."));
        await db.SaveChangesAsync();

        await IncidentSearchIndex.RestoreAsync(db);

        (await SummariesAsync(db, "smugglers panj")).ShouldBe(["Detention"]);
        db.Incidents.Add(NewIncident(article, "b2", "Second", "Smugglers"));
        await db.SaveChangesAsync();
        (await SummariesAsync(db, "smugglers")).ShouldBe(["Detention", "Second"], "the triggers are back");
    }
}

public sealed class SqliteIncidentSearchTests(SqliteFixture fixture) : IncidentSearchCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIncidentSearchTests(PostgresFixture fixture) : IncidentSearchCases(fixture);

/// <summary>Incident.Hidden and the store version follow every write that changes what lists show.</summary>
public abstract class ListedIncidentCases(StoreFixture fixture)
{
    [Fact]
    public async Task Hidden_follows_duplicates_supersession_and_reviews_and_the_version_changes_with_them()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var sample = await SampleIncidents.SeedAsync(db);
        async Task<string> Listed() => string.Join(" ", (await db.Incidents.AsNoTracking().Apply(new IncidentFilter())
            .Select(i => i.Id).ToListAsync()).Select(sample.LabelOf).Order(StringComparer.Ordinal));
        var v0 = await StoreVersion.ReadAsync(db);
        (await Listed()).ShouldBe("I1 I2 I3 I4 I8", fixture.ProviderName);

        await db.Articles.Where(a => a.Id == sample.Articles["A3"]).ExecuteUpdateAsync(u => u.SetProperty(a => a.DuplicateOfId, sample.Articles["A1"]));
        (await Listed()).ShouldBe("I1 I2 I3", "A3 became a syndicated copy");
        await db.Articles.Where(a => a.Id == sample.Articles["A3"]).ExecuteUpdateAsync(u => u.SetProperty(a => a.DuplicateOfId, (int?)null));
        (await Listed()).ShouldBe("I1 I2 I3 I4 I8");

        await db.Incidents.Where(i => i.Id == sample.Incidents["I2"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Superseded, true));
        (await Listed()).ShouldBe("I1 I3 I4 I8");
        var v1 = await StoreVersion.ReadAsync(db);
        v1.ShouldNotBe(v0);

        db.IncidentReviews.Add(new IncidentReview { IncidentId = sample.Incidents["I3"], Decision = ReviewDecision.Rejected, Analyst = "a", DecidedAt = SampleIncidents.When });
        await db.SaveChangesAsync();
        (await Listed()).ShouldBe("I1 I4 I8");
        (await StoreVersion.ReadAsync(db)).ShouldNotBe(v1, "a review changes the version");
        db.IncidentReviews.Add(new IncidentReview { IncidentId = sample.Incidents["I3"], Decision = ReviewDecision.Confirmed, Analyst = "a", DecidedAt = SampleIncidents.When });
        await db.SaveChangesAsync();
        (await Listed()).ShouldBe("I1 I3 I4 I8", "the latest review counts");
    }
}

public sealed class SqliteListedIncidentTests(SqliteFixture fixture) : ListedIncidentCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresListedIncidentTests(PostgresFixture fixture) : ListedIncidentCases(fixture);
