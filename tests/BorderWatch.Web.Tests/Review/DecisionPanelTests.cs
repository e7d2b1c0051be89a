using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Decisions;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Review;

/// <summary>The incident page's review panel: who may act, and each decision reaching the store with the analyst's name.</summary>
public sealed class DecisionPanelTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    /// <summary>Distinct unreviewed, listed incidents for one test each (tests share the class's store).</summary>
    private async Task<int> FreshIncidentAsync(int skip)
    {
        await using var db = app.OpenStore();
        return await db.Incidents.Where(i => !i.Hidden && !i.Reviews.Any()).OrderBy(i => i.Id).Skip(skip).Select(i => i.Id).FirstAsync();
    }

    [Fact]
    public async Task Nobody_signed_in_sees_the_review_state_but_no_action_buttons()
    {
        var id = await FreshIncidentAsync(0);
        await using var ctx = ReviewBunit.Create(app, user: null);
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
        cut.WaitForAssertion(() => cut.Find(".review-state").TextContent.ShouldContain("Unreviewed"));
        cut.FindAll(".review-actions").ShouldBeEmpty();
        cut.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reader_without_the_analyst_role_gets_no_buttons_either()
    {
        var id = await FreshIncidentAsync(0);
        await using var ctx = ReviewBunit.Create(app, "rita", "reader");
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
        cut.WaitForAssertion(() => cut.Find(".review-state"));
        cut.FindAll(".review-actions").ShouldBeEmpty();
    }

    [Fact]
    public async Task Confirm_records_the_analysts_name_and_the_history_shows_it()
    {
        var id = await FreshIncidentAsync(1);
        await using var ctx = ReviewBunit.Create(app, "alice", "analyst");
        ctx.Dialogs();
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
        cut.WaitForElement(".action-confirm").Click();

        cut.WaitForAssertion(() => cut.Find(".reviewed-by").TextContent.ShouldContain("Confirmed by alice"));
        cut.Find(".decision-history").TextContent.ShouldContain("Confirmed");
        await using var db = app.OpenStore();
        var review = await db.IncidentReviews.SingleAsync(r => r.IncidentId == id);
        (review.Decision, review.Analyst).ShouldBe((ReviewDecision.Confirmed, "alice"));
        (await db.AuditEntries.SingleAsync(e => e.IncidentId == id)).Actor.ShouldBe("alice");
    }

    [Fact]
    public async Task Reject_through_the_dialog_takes_the_typed_reason_and_the_incident_leaves_lists_and_exports()
    {
        var id = await FreshIncidentAsync(2);
        await using var ctx = ReviewBunit.Create(app, "alice", "analyst");
        var dialogs = ctx.Dialogs();
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
        cut.WaitForElement(".action-reject").Click();
        dialogs.WaitForElement("#reject-text").Input("=HYPERLINK(\"x\") only background");
        dialogs.Find(".reject-submit").Click();

        cut.WaitForAssertion(() => cut.Find(".rejection-reason").TextContent.ShouldContain("Not an incident"));
        await using var db = app.OpenStore();
        (await ReviewViews.EffectiveAsync(db, id))!.RejectionReason.ShouldBe(RejectionReason.NotAnIncident);
        (await db.Incidents.Apply(new IncidentFilter()).AnyAsync(i => i.Id == id)).ShouldBeFalse();
        var withHidden = await IncidentExport.LoadAsync(db, new IncidentFilter { IncludeRejected = true });
        var record = withHidden.Single(r => r.Id == id);
        (record.Review, record.ReviewedBy).ShouldBe(("rejected", "alice"));
        (await IncidentExport.LoadAsync(db, new IncidentFilter())).ShouldNotContain(r => r.Id == id);
    }

    [Fact]
    public async Task Correcting_the_date_shows_the_corrected_value_in_lists_exports_and_the_history()
    {
        var id = await FreshIncidentAsync(3);
        await using var ctx = ReviewBunit.Create(app, "alice", "analyst");
        var dialogs = ctx.Dialogs();
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
        cut.WaitForElement(".action-correct").Click();
        var date = dialogs.WaitForElement("#correct-date");
        date.Input("2011-03");
        dialogs.Find(".correct-submit").Click();

        cut.WaitForAssertion(() => cut.Find(".reviewed-by").TextContent.ShouldContain("Corrected by alice"));
        cut.Find(".decision-changes").TextContent.ShouldContain("2011-03");
        await using var db = app.OpenStore();
        var item = (await IncidentListing.LoadAsync(db, [id])).Single();
        (item.Date.ToString(), item.Review, item.ReviewedBy).ShouldBe(("2011-03", ReviewState.Corrected, "alice"));
        var record = (await IncidentExport.LoadAsync(db, new IncidentFilter())).Single(r => r.Id == id);
        (record.Date, record.DatePrecision, record.Review).ShouldBe(("2011-03", "month", "corrected"));
        // The counted columns carry the correction; the machine's own value is kept beside them (ADR 0011).
        (await db.Incidents.Where(i => i.Id == id).Select(i => i.DateMonth).SingleAsync()).ShouldBe(3);
        (await db.MachineValues.Where(m => m.IncidentId == id).Select(m => m.DateMonth).SingleAsync()).ShouldNotBe(3);
    }

    [Fact]
    public async Task A_bad_date_in_the_dialog_is_named_and_nothing_is_stored()
    {
        var id = await FreshIncidentAsync(4);
        await using var ctx = ReviewBunit.Create(app, "alice", "analyst");
        var dialogs = ctx.Dialogs();
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
        cut.WaitForElement(".action-correct").Click();
        dialogs.WaitForElement("#correct-date").Input("March 2011");
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Write 2015, 2015-10 or 2015-10-14"));
        dialogs.Find(".correct-submit").HasAttribute("disabled").ShouldBeTrue();
        await using var db = app.OpenStore();
        (await db.IncidentReviews.AnyAsync(r => r.IncidentId == id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Merge_then_split_through_the_dialogs()
    {
        var target = await FreshIncidentAsync(5);
        var member = await FreshIncidentAsync(6);
        await using var ctx = ReviewBunit.Create(app, "bob", "analyst");
        var dialogs = ctx.Dialogs();
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, target));
        cut.WaitForElement(".action-merge").Click();
        dialogs.WaitForElement("#merge-ids").Input($"{member}");
        dialogs.WaitForAssertion(() => dialogs.Find(".merge-submit").TextContent.ShouldContain($"Merge 1 into #{target}"), TimeSpan.FromSeconds(5));
        dialogs.Find(".merge-submit").Click();

        cut.WaitForAssertion(() => cut.Find(".merged-members").TextContent.ShouldContain($"#{member}"));
        await using (var db = app.OpenStore())
        {
            var m = (await ReviewViews.EffectiveAsync(db, member))!;
            (m.State, m.MergedIntoId, m.ReviewedBy).ShouldBe((ReviewState.Merged, target, "bob"));
            (await db.Incidents.Apply(new IncidentFilter()).AnyAsync(i => i.Id == member)).ShouldBeFalse();
        }

        cut.Find(".action-split").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Split").Click());
        cut.WaitForAssertion(() => cut.FindAll(".merged-members").ShouldBeEmpty());
        await using var after = app.OpenStore();
        (await ReviewViews.EffectiveAsync(after, member))!.State.ShouldBe(ReviewState.Confirmed);
    }

    [Fact]
    public async Task Add_to_event_groups_reports_into_a_new_event_then_adds_one_to_it_through_the_dialog()
    {
        var first = await FreshIncidentAsync(8);
        var second = await FreshIncidentAsync(9);
        var third = await FreshIncidentAsync(10);
        await using var ctx = ReviewBunit.Create(app, "gita", "analyst");
        var dialogs = ctx.Dialogs();
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, first));
        cut.WaitForElement(".action-group").Click();
        dialogs.WaitForAssertion(() => dialogs.Find(".group-submit").HasAttribute("disabled").ShouldBeTrue("one report alone is no event"), TimeSpan.FromSeconds(5));
        dialogs.Find("#group-ids").Input($"{first}, {second}");
        dialogs.WaitForAssertion(() => dialogs.Find(".group-submit").TextContent.ShouldContain("Group 2 into a new event"), TimeSpan.FromSeconds(5));
        dialogs.Find("#group-title").Change("Clash reported twice");
        dialogs.Find(".group-submit").Click();

        int eventId;
        await using (var db = app.OpenStore())
        {
            var ev = await WaitForAsync(() => db.Events.Include(e => e.Reports).AsNoTracking()
                .FirstOrDefaultAsync(e => e.Title == "Clash reported twice" && e.Reports.Any(r => r.IncidentId == first)));
            (ev.Status, ev.Origin, ev.DecidedBy).ShouldBe((EventStatus.Accepted, EventOrigin.Analyst, "gita"));
            ev.Reports.Select(r => r.IncidentId).Order().ShouldBe(new[] { first, second }.Order());
            eventId = ev.Id;
        }

        var other = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, third));
        other.WaitForElement(".action-group").Click();
        dialogs.WaitForElement("#group-event").Input("999999");
        dialogs.WaitForAssertion(() => dialogs.Find(".group-event-error").TextContent.ShouldContain("no event #999999"), TimeSpan.FromSeconds(5));
        dialogs.Find(".group-submit").HasAttribute("disabled").ShouldBeTrue();
        dialogs.Find("#group-event").Input($"{eventId}");
        dialogs.WaitForAssertion(() => dialogs.Find(".group-submit").TextContent.ShouldContain($"Add 1 to event #{eventId}"), TimeSpan.FromSeconds(5));
        dialogs.Find(".group-submit").Click();
        await using var after = app.OpenStore();
        await WaitForAsync(async () => await after.EventReports.AnyAsync(r => r.EventId == eventId && r.IncidentId == third) ? (object)true : null);
        (await after.AuditEntries.Where(e => e.EventId == eventId).Select(e => e.Action).ToListAsync()).ShouldBe([AuditAction.EventCreate, AuditAction.EventAdd]);
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> read) where T : class
    {
        for (var n = 0; ; n++)
        {
            if (await read() is { } found) return found;
            if (n >= 100) throw new ShouldAssertException("the dialog's decision never reached the store");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_note_goes_to_the_audit_log_only()
    {
        var id = await FreshIncidentAsync(7);
        await using var ctx = ReviewBunit.Create(app, "alice", "analyst");
        var dialogs = ctx.Dialogs();
        var cut = ctx.Render<IncidentReviewPanel>(p => p.Add(x => x.IncidentId, id));
        cut.WaitForElement(".action-note").Click();
        dialogs.WaitForElement("#note-text").Input("ask the Dushanbe office");
        dialogs.Find(".note-submit").Click();

        cut.WaitForAssertion(() => cut.Find(".decision-reason").TextContent.ShouldContain("ask the Dushanbe office"));
        await using var db = app.OpenStore();
        (await db.IncidentReviews.AnyAsync(r => r.IncidentId == id)).ShouldBeFalse();
    }
}
