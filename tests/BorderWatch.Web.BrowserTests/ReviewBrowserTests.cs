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
/// The analyst workbench in a real browser with several people at once: one analyst's correction seen by another
/// analyst and by a reader, the review queue worked from the keyboard and its decision in the admins' audit log,
/// and a rejection that leaves the readers' list but stays findable for analysts. Each test takes its own
/// unreviewed incident from the store, so the tests of this class never decide on the same one.
/// </summary>
public sealed class ReviewBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static int names;

    private static string Name(string prefix) => $"{prefix}{Interlocked.Increment(ref names)}";

    /// <summary>The last incident of the review queue (the most confident): the keyboard test works the top of it.</summary>
    private async Task<(int Id, int ArticleId)> UnreviewedIncidentAsync()
    {
        await using var scope = fx.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BorderWatchDbContext>();
        var count = await ReviewQueries.QueueCountAsync(db, new IncidentFilter());
        count.ShouldBeGreaterThan(0, "the seeds leave incidents to review");
        var id = (await ReviewQueries.QueueAsync(db, new IncidentFilter(), count - 1, 1)).Single();
        var article = await db.Incidents.AsNoTracking().Where(i => i.Id == id).Select(i => i.ArticleId).SingleAsync();
        return (id, article);
    }

    [Fact]
    public async Task An_analysts_correction_is_seen_by_another_analyst_and_a_reader_who_has_no_actions()
    {
        var (id, _) = await UnreviewedIncidentAsync();
        var url = $"/incidents/{id}";
        var corrected = $"Border service of the region, checked by review test {id}";
        var alice = Name("alicereview");
        var a = await fx.SignedInPageAsync(AccessRole.Analyst, name: alice);
        await a.OpenAsync(url);
        await Expect(a.Locator(".incident-review")).ToContainTextAsync("no analyst has reviewed it yet");

        await a.Locator(".review-actions .action-correct").ClickAsync();
        var dialog = a.Locator(".correct-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync($"Correct incident #{id}");
        var save = dialog.Locator(".correct-submit");
        await Expect(save).ToBeDisabledAsync();   // nothing changed yet
        await a.Locator("#correct-attribution").FillAsync(corrected);
        await a.Locator("#correct-attribution").PressAsync("Tab");   // the field binds on change
        await Expect(save).ToBeEnabledAsync();
        await save.ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(a.Locator(".incident-review .reviewed-by")).ToContainTextAsync($"by {alice}");
        await Expect(a.Locator(".facts-panel")).ToContainTextAsync(corrected);
        await Expect(a.Locator(".decision-history li[data-action=Correct]")).ToContainTextAsync($"Corrected by {alice}");

        // Another analyst, in another browser context, sees the corrected value and who corrected it, and may act.
        var b = await fx.SignedInPageAsync(AccessRole.Analyst, name: Name("bobreview"));
        await b.OpenAsync(url);
        await Expect(b.Locator(".facts-panel")).ToContainTextAsync(corrected);
        await Expect(b.Locator(".incident-review .reviewed-by")).ToContainTextAsync($"Corrected by {alice}");
        await Expect(b.Locator(".review-actions .action-correct")).ToBeVisibleAsync();

        // Anonymous and a signed-in reader: the corrected value, no decision buttons at all.
        foreach (var reader in new[] { await fx.NewPageAsync(), await fx.SignedInPageAsync(AccessRole.Reader) })
        {
            await reader.OpenAsync(url);
            await Expect(reader.Locator(".facts-panel")).ToContainTextAsync(corrected);
            await Expect(reader.Locator(".incident-review .reviewed-by")).ToContainTextAsync($"by {alice}");
            await Expect(reader.Locator(".review-actions")).ToHaveCountAsync(0);
            foreach (var action in new[] { "Confirm", "Correct", "Reject", "Merge…", "Add note" })
                await Expect(reader.GetByRole(AriaRole.Button, new() { Name = action, Exact = true })).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task The_queue_from_the_keyboard_j_moves_c_confirms_and_the_audit_log_names_the_analyst()
    {
        var analyst = Name("carolreview");
        var page = await fx.SignedInPageAsync(AccessRole.Analyst, name: analyst);
        await page.OpenAsync("/review");
        var count = page.Locator(".queue-count");
        await Expect(count).ToHaveTextAsync(new Regex(@"^\d+ unreviewed incident"));
        var before = int.Parse(Regex.Match(await count.InnerTextAsync(), @"^\d+").Value);
        var rows = page.Locator(".queue-row");
        (await rows.CountAsync()).ShouldBeGreaterThan(1, "the seeds leave more than one incident to review");
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("aria-current", "true");
        // The circuit is up when the current row shows its (interactive-only) actions.
        await Expect(rows.Nth(0).Locator(".review-actions .action-confirm")).ToBeVisibleAsync();

        await page.Locator(".review-queue").FocusAsync();
        await page.Keyboard.PressAsync("j");
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("aria-current", "true");
        await Expect(rows.Nth(0)).Not.ToHaveAttributeAsync("aria-current", "true");
        await Expect(rows.Nth(1).Locator(".review-actions .action-confirm")).ToBeVisibleAsync();
        var id = await rows.Nth(1).GetAttributeAsync("data-incident");
        id.ShouldNotBeNull();

        await page.Keyboard.PressAsync("c");
        await Expect(page.Locator($".queue-row[data-incident='{id}']")).ToHaveCountAsync(0);
        await Expect(count).ToHaveTextAsync(new Regex($@"^{before - 1} unreviewed incident"));

        // The incident page shows the confirmation; the admins' audit log lists it with the analyst's name.
        var check = await fx.NewPageAsync();
        await check.OpenAsync($"/incidents/{id}");
        await Expect(check.Locator(".incident-review .reviewed-by")).ToContainTextAsync($"Confirmed by {analyst}");

        var admin = await fx.SignedInPageAsync(AccessRole.Admin);
        await admin.OpenAsync($"/audit?incident={id}");
        var entries = admin.Locator(".audit-table tbody tr");
        await Expect(entries).ToHaveCountAsync(1);
        await Expect(entries.First).ToContainTextAsync(analyst);
        await Expect(entries.First).ToContainTextAsync("Confirmed");
        await Expect(entries.First.Locator($"a[href='/incidents/{id}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_rejection_with_a_reason_leaves_the_readers_list_and_analysts_find_it_with_the_switch()
    {
        var (id, article) = await UnreviewedIncidentAsync();
        var list = $"/incidents?article={article}";
        var link = $"a.incident-link[data-incident='{id}']";

        var reader = await fx.NewPageAsync();
        await reader.OpenAsync(list);
        await reader.WaitForListAsync();
        await Expect(reader.Locator(link)).ToHaveCountAsync(1);   // listed before the rejection
        var readerTotal = await reader.TotalAsync();

        var analyst = Name("danreview");
        var a = await fx.SignedInPageAsync(AccessRole.Analyst, name: analyst);
        await a.OpenAsync($"/incidents/{id}");
        await a.Locator(".review-actions .action-reject").ClickAsync();
        var dialog = a.Locator(".reject-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync($"Reject incident #{id}");
        await dialog.Locator(".mud-select").First.ClickAsync();
        await a.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Historical reference" }).First.ClickAsync();
        await Expect(a.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await a.Locator("#reject-text").FillAsync("An anniversary piece retelling an older clash");
        await dialog.Locator(".reject-submit").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(a.Locator(".incident-review .rejection-reason")).ToContainTextAsync("Historical reference");
        await Expect(a.Locator(".incident-review .reviewed-by")).ToContainTextAsync($"Rejected by {analyst}");
        var entry = a.Locator(".decision-history li[data-action=Reject]");
        await Expect(entry).ToContainTextAsync("Historical reference");
        await Expect(entry).ToContainTextAsync("anniversary piece");

        // A reader's list no longer holds it (and counts one fewer).
        await reader.OpenAsync(list);
        await reader.WaitForListAsync();
        await Expect(reader.Locator(link)).ToHaveCountAsync(0);
        (await reader.TotalAsync()).ShouldBe(readerTotal - 1);
        await Expect(reader.Locator(".include-rejected")).ToHaveCountAsync(0);
        // A crafted "all=true" does not show a reader what analysts rejected.
        await reader.OpenAsync(list + "&all=true");
        await Expect(reader.Locator($".incident-browser[data-interactive=true][data-loaded='{list}']")).ToHaveCountAsync(1);
        await Expect(reader.Locator(link)).ToHaveCountAsync(0);
        if (readerTotal > 1) await Expect(reader.Locator(".result-count")).ToContainTextAsync($"of {readerTotal - 1} incident");

        // An analyst's list leaves it out too, until the "show rejected" switch is on.
        await a.OpenAsync(list);
        await a.WaitForListAsync();
        await Expect(a.Locator(link)).ToHaveCountAsync(0);
        await a.Locator(".include-rejected input").CheckAsync();
        await Expect(a).ToHaveURLAsync(new Regex(@"[?&]all=true"));
        await a.WaitForListAsync();
        await Expect(a.Locator(link)).ToHaveCountAsync(1);
    }
}
