using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Review;

/// <summary>Events across sources: machine proposals, analysts' acceptance and undo, reach and per-source versions.</summary>
public abstract class EventServiceCases(StoreFixture stores)
{
    /// <summary>The sample store plus a second outlet's report of I1's clash (I10) and an unrelated clash the same day (I11).</summary>
    private async Task<(StoreOptions Options, SampleIncidents Sample)> NewStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var s = await SampleIncidents.SeedAsync(db);
        var a1 = await db.Articles.SingleAsync(a => a.Id == s.Articles["A1"]);
        var a2 = await db.Articles.SingleAsync(a => a.Id == s.Articles["A2"]);
        a1.Outlet = new Outlet { Name = "Outlet A" };
        a2.Outlet = new Outlet { Name = "Outlet C" };
        const string text = "Militants fired on a Turkmen border post in early July, the Taliban said. Smugglers crossed elsewhere.";
        var a4 = SampleIncidents.NewArticle("seeds/004_other.txt", text, "Post attacked");
        a4.Outlet = new Outlet { Name = "Outlet B" };
        var border = await db.BorderSegments.SingleAsync(b => b.Code == "AFG-TKM");
        var taliban = await db.Actors.SingleAsync(a => a.Key == "taliban");
        var tkm = await db.Actors.SingleAsync(a => a.Key == "TKM");
        Incident Report(string fingerprint, PartialDate date, string excerpt, params Actor[] actors)
        {
            var start = text.IndexOf(excerpt, StringComparison.Ordinal);
            var i = new Incident
            {
                Article = a4, Type = IncidentType.ArmedClash, Date = date, Status = IncidentStatus.Reported, Summary = excerpt,
                BorderSegment = border, Fingerprint = fingerprint, Confidence = 0.7, Attribution = "the Taliban",
                Actors = actors.Select(a => new IncidentActor { Actor = a, Role = ActorRole.Initiator }).ToList(),
            };
            i.Excerpts.Add(new Excerpt { Article = a4, Start = start, End = start + excerpt.Length, Text = excerpt });
            return i;
        }
        var i10 = Report("i10", PartialDate.OfMonth(2021, 7), "Militants fired on a Turkmen border post in early July", taliban, tkm);
        var i11 = Report("i11", PartialDate.OfDay(2021, 7, 5), "Smugglers crossed elsewhere.", tkm);
        db.Incidents.AddRange(i10, i11);
        await db.SaveChangesAsync();
        s.Incidents["I10"] = i10.Id; s.Incidents["I11"] = i11.Id;
        return (options, s);
    }

    [Fact]
    public async Task The_machine_proposes_reports_of_one_happening_across_articles_and_analysts_accept_or_undo()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        var events = new EventService(db);

        var proposed = (await events.ProposeAsync()).ShouldHaveSingleItem();
        var view = (await EventQueries.ViewAsync(db, proposed))!;
        view.Status.ShouldBe(EventStatus.Proposed);
        view.Origin.ShouldBe(EventOrigin.Machine);
        view.Versions.Select(v => v.IncidentId).ShouldBe([s.Incidents["I1"], s.Incidents["I10"]],
            "same type and border, overlapping dates, the Taliban in both; I11 shares no actor or place, the copy's article has no incidents");
        view.Border.ShouldBe("AFG-TKM");
        view.DateStart.ShouldBe(new DateOnly(2021, 7, 1));
        view.DateEnd.ShouldBe(new DateOnly(2021, 7, 31));
        (view.Sources, view.Outlets).ShouldBe((3, 3), "the syndicated copy of the first article counts as a source of its outlet");
        view.Versions[0].SyndicatedCopies.ShouldBe(["feeds/002_copy.txt"]);
        view.Versions[1].Date.Precision.ShouldBe(DatePrecision.Month);
        view.Versions[1].Excerpt.ShouldBe("Militants fired on a Turkmen border post in early July");
        (await events.ProposeAsync()).ShouldBeEmpty("already grouped");

        await events.AcceptAsync(proposed, "ana", "same attack");
        (await EventQueries.ViewAsync(db, proposed))!.Status.ShouldBe(EventStatus.Accepted);
        (await Should.ThrowAsync<ReviewException>(() => events.AcceptAsync(proposed, "ana"))).Field.ShouldBe("event");
        (await EventQueries.EventsOfAsync(db, s.Incidents["I10"])).ShouldBe([proposed]);

        await events.UndoAsync(proposed, "bob", "two different posts");
        (await EventQueries.ListAsync(db)).ShouldNotContain(proposed);
        (await EventQueries.ListAsync(db, includeUndone: true)).ShouldContain(proposed);
        (await events.ProposeAsync()).ShouldBeEmpty("a grouping an analyst undid is not proposed again");

        var audit = await AuditLog.QueryAsync(db, new AuditQuery());
        audit.Select(e => e.Action).ShouldBe([AuditAction.EventUndo, AuditAction.EventAccept, AuditAction.EventPropose]);
        audit.ShouldAllBe(e => e.EventId == proposed);
    }

    [Fact]
    public async Task After_a_write_a_new_report_groups_with_stored_reports_linked_to_it_through_another_report()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        await SampleIncidents.SeedAsync(db);
        var border = (await db.BorderSegments.SingleAsync(b => b.Code == "AFG-TKM")).Id;
        var taliban = (await db.Actors.SingleAsync(a => a.Key == "taliban")).Id;
        var csto = (await db.Actors.SingleAsync(a => a.Key == "CSTO")).Id;
        // Ids, not entities: the service clears the change tracker after each write.
        Incident Report(string name, params int[] actors)
        {
            var text = $"Report {name}: a post came under fire in the spring of that year.";
            var article = SampleIncidents.NewArticle($"chain/{name}.txt", text, name);
            var i = new Incident
            {
                Article = article, Type = IncidentType.ArmedClash, Date = PartialDate.OfMonth(2019, 3), Status = IncidentStatus.Reported,
                Summary = text, BorderSegmentId = border, Fingerprint = "chain-" + name, Confidence = 0.7,
                Actors = actors.Select(a => new IncidentActor { ActorId = a, Role = ActorRole.Initiator }).ToList(),
            };
            i.Excerpts.Add(new Excerpt { Article = article, Start = 0, End = text.Length, Text = text });
            db.Incidents.Add(i);
            return i;
        }
        // a and b share the CSTO (an analyst undid their grouping); the new report shares the Taliban with a only;
        // c is in the same window (type, border, month) and shares nothing; d's stored actors share nothing either, but
        // an analyst corrected them to the Taliban: the proposer compares effective values.
        var (a, b, c, d) = (Report("a", taliban, csto), Report("b", csto), Report("c"), Report("d"));
        await db.SaveChangesAsync();
        var events = new EventService(db);
        await events.UndoAsync(await events.CreateAsync([a.Id, b.Id], "ana"), "ana", "not the same");
        await new ReviewService(db).CorrectAsync(d.Id, new IncidentCorrection { Actors = [new ActorRoleValue("taliban", ActorRole.Initiator)] }, "ana");
        var fresh = Report("new", taliban);
        await db.SaveChangesAsync();

        var proposed = (await events.ProposeForArticlesAsync([fresh.ArticleId])).ShouldHaveSingleItem();

        (await EventQueries.ViewAsync(db, proposed))!.Versions.Select(v => v.IncidentId).Order()
            .ShouldBe(new[] { a.Id, b.Id, d.Id, fresh.Id }.Order(), "b joins through a (the CSTO), though it shares nothing with the new report; d by its corrected actors; c stays alone");
        c.Id.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_analyst_groups_reports_into_an_event_and_linked_incidents_cannot_be_deleted()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        var events = new EventService(db);
        (await Should.ThrowAsync<ReviewException>(() => events.CreateAsync([s.Incidents["I4"]], "ana"))).Field.ShouldBe("incidents");

        var id = await events.CreateAsync([s.Incidents["I4"], s.Incidents["I11"]], "ana", "Troop moves", "same week");

        var view = (await EventQueries.ViewAsync(db, id))!;
        (view.Title, view.Origin, view.Status).ShouldBe(("Troop moves", EventOrigin.Analyst, EventStatus.Accepted));
        (view.Sources, view.Outlets).ShouldBe((2, 1));
        db.Incidents.Remove(await db.Incidents.SingleAsync(i => i.Id == s.Incidents["I11"]));
        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}

public sealed class SqliteEventServiceTests(SqliteFixture stores) : EventServiceCases(stores), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventServiceTests(PostgresFixture stores) : EventServiceCases(stores);
