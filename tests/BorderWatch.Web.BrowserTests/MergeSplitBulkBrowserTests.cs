using System.Text.Json;
using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// Issue 9's two-user flow for the decisions on several incidents: an analyst merges two incidents on an incident
/// page and splits the merge again, and confirms and rejects several incidents at once from the review queue; a reader
/// in another browser context sees each outcome (one incident where two were, reviewed marks, rejected ones gone) and
/// has no control to change it. The store is checked beside the pages. The merge takes the most confident incidents
/// of the queue, the bulk decisions its first five rows, the queue's merge the two after them, so no two tests decide
/// on the same incident.
/// </summary>
public sealed class MergeSplitBulkBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static int names;

    private static string Name(string prefix) => $"{prefix}{Interlocked.Increment(ref names)}";

    private async Task<T> StoreAsync<T>(Func<BorderWatchDbContext, Task<T>> read)
    {
        await using var scope = fx.Server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<BorderWatchDbContext>());
    }

    /// <summary>Two unreviewed incidents from the confident end of the queue, of one article where the seeds allow.</summary>
    private Task<(int Member, int Target, int Article)> MergeCandidatesAsync() => StoreAsync(async db =>
    {
        var count = await ReviewQueries.QueueCountAsync(db, new IncidentFilter());
        count.ShouldBeGreaterThanOrEqualTo(8, "the seeds leave enough incidents to review for both tests");
        var tail = await ReviewQueries.QueueAsync(db, new IncidentFilter(), count - 6, 6);
        // Not an incident another test merged others into (it stays in the queue).
        var articles = await db.Incidents.AsNoTracking().Where(i => tail.Contains(i.Id) && !db.IncidentReviews.Any(r => r.MergedIntoId == i.Id))
            .Select(i => new { i.Id, i.ArticleId }).ToListAsync();
        articles.Count.ShouldBeGreaterThanOrEqualTo(2);
        var pair = articles.GroupBy(a => a.ArticleId).Where(g => g.Count() >= 2).Select(g => g.OrderBy(a => a.Id).Take(2).ToList()).FirstOrDefault()
            ?? articles.OrderBy(a => a.Id).Take(2).ToList();
        return (pair[0].Id, pair[1].Id, pair[0].ArticleId);
    });

    private static async Task<JsonElement> IncidentJsonAsync(IPage page, int id)
    {
        var response = await page.APIRequest.GetAsync($"/api/incidents/{id}");
        response.Status.ShouldBe(200, $"GET /api/incidents/{id}");
        using var doc = JsonDocument.Parse(await response.TextAsync());
        return doc.RootElement.GetProperty("incident").Clone();
    }

    private static ILocator Link(IPage page, int id) => page.Locator($"a.incident-link[data-incident='{id}']");

    [Fact]
    public async Task An_analyst_merges_two_incidents_a_reader_sees_one_then_the_split_restores_both()
    {
        var (member, target, article) = await MergeCandidatesAsync();
        var list = $"/incidents?article={article}";

        var reader = await fx.SignedInPageAsync(AccessRole.Reader);
        await reader.OpenAsync(list);
        var readerTotal = await reader.TotalAsync();
        await Expect(Link(reader, member)).ToHaveCountAsync(1);

        // The analyst merges the member into the target from the target's page.
        var analyst = Name("mergeanalyst");
        var a = await fx.SignedInPageAsync(AccessRole.Analyst, name: analyst);
        await a.OpenAsync($"/incidents/{target}");
        await Expect(a.Locator(".review-actions .action-split")).ToHaveCountAsync(0);   // nothing merged yet
        await a.Locator(".review-actions .action-merge").ClickAsync();
        var dialog = a.Locator(".merge-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        var submit = dialog.Locator(".merge-submit");
        await Expect(submit).ToBeDisabledAsync();   // only the incident it was opened on
        await a.Locator("#merge-ids").FillAsync(member.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(dialog).ToContainTextAsync($"#{member}");
        await Expect(submit).ToHaveTextAsync($"Merge 1 into #{target}");
        await a.Locator("#merge-reason").FillAsync("The same clash reported twice");
        await a.Locator("#merge-reason").PressAsync("Tab");
        await Expect(submit).ToBeEnabledAsync();
        await submit.ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(a.Locator(".incident-review .merged-members")).ToContainTextAsync($"#{member}");
        await Expect(a.Locator(".review-actions .action-split")).ToBeVisibleAsync();

        var merged = await StoreAsync(db => ReviewViews.EffectiveAsync(db, member));
        merged!.State.ShouldBe(ReviewState.Merged);
        merged.MergedIntoId.ShouldBe(target);
        merged.ReviewedBy.ShouldBe(analyst);
        (await StoreAsync(db => ReviewQueries.MergedIntoAsync(db, target))).ShouldBe([member]);

        // The reader: the member is gone from the list (one incident where there were two), its page points to the
        // target, the target names it, and neither page nor the API lets the reader undo it.
        await reader.OpenAsync(list);
        (await reader.TotalAsync()).ShouldBe(readerTotal - 1);
        await Expect(Link(reader, member)).ToHaveCountAsync(0);
        if (await StoreAsync(db => db.Incidents.AnyAsync(i => i.Id == target && i.ArticleId == article)))
            await Expect(Link(reader, target)).ToHaveCountAsync(1);
        await reader.OpenAsync($"/incidents/{member}");
        await Expect(reader.Locator(".incident-review .merged-into")).ToContainTextAsync($"incident #{target}");
        await Expect(reader.Locator(".incident-review .reviewed-by")).ToContainTextAsync($"Merged by {analyst}");
        await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);
        await reader.OpenAsync($"/incidents/{target}");
        await Expect(reader.Locator(".incident-review .merged-members")).ToContainTextAsync($"#{member}");
        await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);
        foreach (var action in new[] { "Split", "Merge…", "Confirm", "Reject" })
            await Expect(reader.GetByRole(AriaRole.Button, new() { Name = action, Exact = true })).ToHaveCountAsync(0);
        var json = new APIRequestContextOptions { Data = "{}", Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } };
        (await reader.APIRequest.PostAsync($"/api/incidents/{target}/split", json)).Status.ShouldBe(403);
        var seen = await IncidentJsonAsync(reader, member);
        seen.GetProperty("review").GetString().ShouldBe("merged");
        seen.GetProperty("mergedInto").GetInt32().ShouldBe(target);

        // The analyst splits the merge on the target's page (a confirmation dialog first).
        await a.Locator(".review-actions .action-split").ClickAsync();
        var confirm = a.Locator(".mud-dialog").Filter(new() { HasText = "Split the merge" });
        await Expect(confirm).ToContainTextAsync($"Every incident merged into #{target} will stand on its own again.");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Split", Exact = true }).ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(a.Locator(".incident-review .merged-members")).ToHaveCountAsync(0);
        await Expect(a.Locator(".review-actions .action-split")).ToHaveCountAsync(0);

        var split = await StoreAsync(db => ReviewViews.EffectiveAsync(db, member));
        split!.State.ShouldNotBe(ReviewState.Merged);
        split.MergedIntoId.ShouldBeNull();
        (await StoreAsync(db => ReviewQueries.MergedIntoAsync(db, target))).ShouldBeEmpty();
        var trail = await StoreAsync(db => AuditLog.ForIncidentAsync(db, member));
        trail.Select(e => e.Action).ShouldBe([AuditAction.Merge, AuditAction.Split]);
        trail.ShouldAllBe(e => e.Actor == analyst && e.RelatedIncidentId == target);
        trail[0].Reason.ShouldBe("The same clash reported twice");

        // The reader sees both again, and the member's history tells the story.
        await reader.OpenAsync(list);
        (await reader.TotalAsync()).ShouldBe(readerTotal);
        await Expect(Link(reader, member)).ToHaveCountAsync(1);
        await reader.OpenAsync($"/incidents/{member}");
        await Expect(reader.Locator(".incident-review .merged-into")).ToHaveCountAsync(0);
        await Expect(reader.Locator(".decision-history li[data-action=Merge]")).ToContainTextAsync(analyst);
        await Expect(reader.Locator(".decision-history li[data-action=Split]")).ToContainTextAsync(analyst);
        await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);
        (await IncidentJsonAsync(reader, member)).GetProperty("review").GetString().ShouldNotBe("merged");
    }

    [Fact]
    public async Task Bulk_confirm_and_bulk_reject_from_the_queue_a_reader_sees_the_marks_and_no_rejected_incident()
    {
        var analyst = Name("bulkanalyst");
        var (a, count, before, rows) = await OpenQueueAsync(analyst);
        (await rows.CountAsync()).ShouldBeGreaterThanOrEqualTo(5, "the queue's first page holds five incidents to decide");
        var first = new List<int>();
        for (var n = 0; n < 5; n++) first.Add(int.Parse((await rows.Nth(n).GetAttributeAsync("data-incident"))!, System.Globalization.CultureInfo.InvariantCulture));
        var confirmed = first.Take(3).ToList();
        var rejected = first.Skip(3).ToList();

        async Task SelectAsync(IEnumerable<int> ids)
        {
            var k = 0;
            foreach (var id in ids)
            {
                await a.Locator($".queue-row[data-incident='{id}'] input[type=checkbox]").CheckAsync();
                await Expect(a.Locator(".bulk-actions .selected-count")).ToHaveTextAsync($"{++k} selected");
            }
        }

        await SelectAsync(confirmed);
        await a.Locator(".bulk-actions .bulk-confirm").ClickAsync();
        foreach (var id in confirmed) await Expect(a.Locator($".queue-row[data-incident='{id}']")).ToHaveCountAsync(0);
        await Expect(count).ToHaveTextAsync(new Regex($@"^{before - 3} unreviewed incident"));
        await Expect(a.Locator(".bulk-actions .selected-count")).ToHaveTextAsync("0 selected");

        await SelectAsync(rejected);
        await a.Locator(".bulk-actions .bulk-reject").ClickAsync();
        var dialog = a.Locator(".reject-dialog");
        await Expect(dialog).ToContainTextAsync("Reject 2 selected incidents");
        await dialog.Locator(".mud-select").First.ClickAsync();
        await a.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Out of scope" }).First.ClickAsync();
        await Expect(a.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await a.Locator("#reject-text").FillAsync("Domestic crime, not border security");
        await dialog.Locator(".reject-submit").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        foreach (var id in rejected) await Expect(a.Locator($".queue-row[data-incident='{id}']")).ToHaveCountAsync(0);
        await Expect(count).ToHaveTextAsync(new Regex($@"^{before - 5} unreviewed incident"));

        // The store: each decision its own, under the analyst's name, with the reason on the rejections.
        var effective = await StoreAsync(db => ReviewViews.EffectiveAsync(db, first));
        foreach (var id in confirmed)
        {
            effective[id].State.ShouldBe(ReviewState.Confirmed);
            effective[id].ReviewedBy.ShouldBe(analyst);
        }
        foreach (var id in rejected)
        {
            effective[id].State.ShouldBe(ReviewState.Rejected);
            effective[id].RejectionReason.ShouldBe(RejectionReason.OutOfScope);
            effective[id].ReviewedBy.ShouldBe(analyst);
        }
        var entries = await StoreAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.IncidentId != null && first.Contains(e.IncidentId.Value)).ToListAsync());
        entries.Count.ShouldBe(5);
        entries.ShouldAllBe(e => e.Actor == analyst);
        entries.Where(e => e.Action == AuditAction.Confirm).Select(e => e.IncidentId!.Value).Order().ShouldBe(confirmed.Order());
        entries.Where(e => e.Action == AuditAction.Reject).Select(e => e.IncidentId!.Value).Order().ShouldBe(rejected.Order());

        // A reader in another context: the queue without any of the five and without selection or actions.
        var reader = await fx.SignedInPageAsync(AccessRole.Reader);
        await reader.OpenAsync("/review");
        await Expect(reader.Locator(".queue-count")).ToHaveTextAsync(new Regex($@"^{before - 5} unreviewed incident"));
        await Expect(reader.Locator(".queue-row").First).ToBeVisibleAsync();
        foreach (var id in first) await Expect(reader.Locator($".queue-row[data-incident='{id}']")).ToHaveCountAsync(0);
        await Expect(reader.Locator(".bulk-actions")).ToHaveCountAsync(0);
        await Expect(reader.Locator(".queue-row input[type=checkbox]")).ToHaveCountAsync(0);
        await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);

        // Confirmed incidents carry the reviewed mark in the list and on their page; rejected ones are in no list.
        var articles = await StoreAsync(db => db.Incidents.AsNoTracking().Where(i => first.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.ArticleId));
        foreach (var id in confirmed)
        {
            await reader.OpenAsync($"/incidents?article={articles[id]}");
            await reader.WaitForListAsync();
            var row = reader.Locator(".incident-summary").Filter(new() { Has = Link(reader, id) });
            await Expect(row.Locator(".review-state.review-confirmed")).ToBeVisibleAsync();
        }
        await reader.OpenAsync($"/incidents/{confirmed[0]}");
        await Expect(reader.Locator(".incident-review .reviewed-by")).ToContainTextAsync($"Confirmed by {analyst}");
        await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);
        foreach (var id in rejected)
        {
            await reader.OpenAsync($"/incidents?article={articles[id]}");
            await reader.WaitForListAsync();
            await Expect(Link(reader, id)).ToHaveCountAsync(0);
        }
        await reader.OpenAsync($"/incidents/{rejected[0]}");
        await Expect(reader.Locator(".incident-review .rejection-reason")).ToContainTextAsync("Out of scope");
        await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Two_queue_rows_merged_from_the_selection_leave_one_in_the_queue_and_the_reader_sees_the_merge()
    {
        var analyst = Name("queuemerge");
        var (a, count, before, rows) = await OpenQueueAsync(analyst);
        var ids = new List<int>();
        for (var n = 5; n < 7; n++) ids.Add(int.Parse((await rows.Nth(n).GetAttributeAsync("data-incident"))!, System.Globalization.CultureInfo.InvariantCulture));
        var (target, member) = (ids.Min(), ids.Max());

        var merge = a.Locator(".bulk-actions .bulk-merge");
        await a.Locator($".queue-row[data-incident='{ids[0]}'] input[type=checkbox]").CheckAsync();
        await Expect(a.Locator(".bulk-actions .selected-count")).ToHaveTextAsync("1 selected");
        await Expect(merge).ToBeDisabledAsync();   // a merge needs two
        await a.Locator($".queue-row[data-incident='{ids[1]}'] input[type=checkbox]").CheckAsync();
        await Expect(a.Locator(".bulk-actions .selected-count")).ToHaveTextAsync("2 selected");
        await merge.ClickAsync();
        var dialog = a.Locator(".merge-dialog");
        await Expect(dialog).ToContainTextAsync($"#{member}");
        await Expect(dialog.Locator(".merge-submit")).ToHaveTextAsync($"Merge 1 into #{target}");
        await dialog.Locator(".merge-submit").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(a.Locator($".queue-row[data-incident='{member}']")).ToHaveCountAsync(0);
        await Expect(a.Locator($".queue-row[data-incident='{target}']")).ToHaveCountAsync(1);   // still to be reviewed
        await Expect(count).ToHaveTextAsync(new Regex($@"^{before - 1} unreviewed incident"));

        (await StoreAsync(db => ReviewQueries.MergedIntoAsync(db, target))).ShouldBe([member]);
        (await StoreAsync(db => ReviewViews.EffectiveAsync(db, member)))!.ReviewedBy.ShouldBe(analyst);

        var reader = await fx.SignedInPageAsync(AccessRole.Reader);
        await reader.OpenAsync($"/incidents/{member}");
        await Expect(reader.Locator(".incident-review .merged-into")).ToContainTextAsync($"incident #{target}");
        await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);
        await reader.OpenAsync("/review");
        await Expect(reader.Locator($".queue-row[data-incident='{target}']")).ToHaveCountAsync(1);
        await Expect(reader.Locator($".queue-row[data-incident='{member}']")).ToHaveCountAsync(0);
        await Expect(reader.Locator(".bulk-merge")).ToHaveCountAsync(0);
    }

    /// <summary>The review queue open for a new analyst, its circuit up: the page, its count, that count, and its rows.</summary>
    private async Task<(IPage Page, ILocator Count, int Before, ILocator Rows)> OpenQueueAsync(string analyst)
    {
        var a = await fx.SignedInPageAsync(AccessRole.Analyst, name: analyst);
        await a.OpenAsync("/review");
        var count = a.Locator(".queue-count");
        await Expect(count).ToHaveTextAsync(new Regex(@"^\d+ unreviewed incident"));
        var before = int.Parse(Regex.Match(await count.InnerTextAsync(), @"^\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        var rows = a.Locator(".queue-row");
        await Expect(rows.Nth(0).Locator(".review-actions .action-confirm")).ToBeVisibleAsync();   // the circuit is up
        return (a, count, before, rows);
    }
}
