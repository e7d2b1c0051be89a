using System.Text.Json;
using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// The account defences in a real browser: lockout after repeated wrong passwords, forms refused without or with a
/// wrong antiforgery token, and a reader's crafted API requests refused (401 signed out, 403 as a reader).
/// </summary>
public sealed class AccountSecurityBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task After_five_wrong_passwords_even_the_right_one_is_refused_as_locked()
    {
        var name = await fx.AddAccountAsync(AccessRole.Analyst);
        var page = await fx.NewPageAsync();
        for (var attempt = 1; attempt <= Core.Accounts.AccountRegistration.LockoutAttempts; attempt++)
        {
            await page.OpenAsync("/account/sign-in");
            await page.FillAsync("#sign-in-name", name);
            await page.FillAsync("#sign-in-password", $"wrong guess number {attempt}");
            await page.ClickAsync("form.account-form button[type=submit]");
            await Expect(page.Locator(".sign-in-error")).ToBeVisibleAsync();
        }
        await Expect(page.Locator(".sign-in-error")).ToContainTextAsync("locked");

        await page.OpenAsync("/account/sign-in");
        await page.FillAsync("#sign-in-name", name);
        await page.FillAsync("#sign-in-password", SignedIn.Password);
        await page.ClickAsync("form.account-form button[type=submit]");
        await Expect(page.Locator(".sign-in-error")).ToContainTextAsync("locked");
        page.Here().ShouldStartWith("/account/sign-in");
        await Expect(page.Locator(".account-name")).ToHaveCountAsync(0);

        // The lockout is in the admins' audit log, once, by the sign-in check, with the count and no password tried.
        var admin = await fx.SignedInPageAsync(AccessRole.Admin);
        await admin.OpenAsync($"/audit?area=accounts&account={name}");
        var locks = admin.Locator(".audit-table tbody tr").Filter(new() { HasText = "failed sign-ins" });
        await Expect(locks).ToHaveCountAsync(1);
        await Expect(locks).ToContainTextAsync(Core.Accounts.BorderWatchUsers.Actor);
        await Expect(locks).ToContainTextAsync($"{Core.Accounts.AccountRegistration.LockoutAttempts} failed sign-ins");
        await Expect(admin.Locator(".audit-table")).Not.ToContainTextAsync("wrong guess");
    }

    [Fact]
    public async Task A_form_posted_without_or_with_a_wrong_antiforgery_token_is_refused_and_changes_nothing()
    {
        var page = await fx.SignedInPageAsync(AccessRole.Analyst);
        var name = await page.Locator(".account-name").First.TextContentAsync();
        foreach (var (label, tamper) in new[]
        {
            ("without", "document.querySelector('form.token-create input[name=__RequestVerificationToken]').remove()"),
            ("wrong", "document.querySelector('form.token-create input[name=__RequestVerificationToken]').value = 'CfDJ8forged'"),
        })
        {
            await page.OpenAsync("/account/tokens");
            await page.FillAsync("#token-name", $"forged {label}");
            await page.EvaluateAsync(tamper);
            var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("form.token-create button[type=submit]"),
                r => r.Request.Method == "POST" && r.Url.EndsWith("/account/tokens", StringComparison.Ordinal));
            response.Status.ShouldBe(400, $"a post {label} a valid token");
        }

        await page.OpenAsync("/account/tokens");
        await Expect(page.Locator(".empty-tokens")).ToBeVisibleAsync();
        await using var scope = fx.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Store.BorderWatchDbContext>();
        (await db.ApiTokens.CountAsync(t => t.Name.StartsWith("forged"))).ShouldBe(0);
        (await db.AuditEntries.CountAsync(e => e.Account == name && e.Action == AuditAction.TokenCreate)).ShouldBe(0);
    }

    [Fact]
    public async Task A_readers_crafted_review_requests_are_403_and_signed_out_ones_401()
    {
        var reader = await fx.SignedInPageAsync(AccessRole.Reader);
        var list = await reader.APIRequest.GetAsync("/api/incidents?pageSize=1&sort=oldest");
        list.Status.ShouldBe(200);
        using var doc = JsonDocument.Parse(await list.TextAsync());
        var id = doc.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32();

        var anonymous = await fx.NewPageAsync();
        foreach (var (path, body) in new[] { ("confirm", "{}"), ("reject", """{"reason":"not-an-incident"}"""), ("merge", $$"""{"members":[{{id + 1}}]}"""), ("split", "{}") })
        {
            var options = new APIRequestContextOptions { Data = body, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } };
            (await reader.APIRequest.PostAsync($"/api/incidents/{id}/{path}", options)).Status.ShouldBe(403, $"reader {path}");
            (await anonymous.APIRequest.PostAsync($"/api/incidents/{id}/{path}", options)).Status.ShouldBe(401, $"signed out {path}");
        }
        var detail = await reader.APIRequest.GetAsync($"/api/incidents/{id}");
        using var after = JsonDocument.Parse(await detail.TextAsync());
        after.RootElement.GetProperty("incident").GetProperty("review").GetString().ShouldBe("unreviewed");
    }

    [Fact]
    public async Task An_admin_types_a_password_in_the_dialog_a_weak_one_is_refused_by_rule_and_the_holder_signs_in_with_the_typed_one()
    {
        const string typed = "eleven geese over the river";
        var holder = await fx.AddAccountAsync(AccessRole.Reader);
        var admin = await fx.SignedInPageAsync(AccessRole.Admin);
        await admin.OpenAsync("/admin/users");
        await admin.ClickAsync($"tr[data-user='{holder}'] a.set-password-link");
        await Expect(admin.Locator("dialog.password-dialog")).ToBeVisibleAsync();
        await admin.FillAsync("#set-password-new", "aaaa");
        await admin.FillAsync("#set-password-confirm", "aaaa");
        await admin.ClickAsync("form.set-password-form button[type=submit]");
        await Expect(admin.Locator(".set-password-problem")).ToHaveCountAsync(2);

        await admin.FillAsync("#set-password-new", typed);
        await admin.FillAsync("#set-password-confirm", typed);
        await admin.ClickAsync("form.set-password-form button[type=submit]");
        await Expect(admin.Locator(".password-set")).ToContainTextAsync(holder);
        await Expect(admin.Locator("dialog.password-dialog")).ToHaveCountAsync(0);

        var page = await fx.NewPageAsync();
        await page.SignInAsync(holder, typed);
        await Expect(page.Locator(".account-name")).ToContainTextAsync(holder);
    }
}
