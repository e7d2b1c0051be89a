using System.Net;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Access;

/// <summary>
/// A dashboard that checks the security stamp on every request (production: every minute), so a test sees at once
/// that a password change ends the account's other sessions; three password-change posts per account per minute.
/// </summary>
public sealed class StampCheckedDashboardFactory : DashboardFactory
{
    public const int PasswordPermits = 3;

    protected override bool ImportSeeds => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("BorderWatch:Access:PasswordChangePermitsPerMinute", PasswordPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
    }
}

/// <summary>
/// Changing one's own password and an admin's reset, through the real static forms (antiforgery token and form name
/// read from the page), and every account change on /audit and in its exports, with no secret in them.
/// </summary>
public sealed class PasswordAndAccountAuditTests(StampCheckedDashboardFactory app) : IClassFixture<StampCheckedDashboardFactory>
{
    private const string NewPassword = "seven horses on the steppe";

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, string formSelector, params (string Name, string Value)[] values)
    {
        var fields = await client.FormFieldsAsync(page, formSelector);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next, string? confirm = null) =>
        SubmitAsync(client, "/account/password", "form.password-form", ("Input.Current", current), ("Input.New", next), ("Input.Confirm", confirm ?? next));

    private static async Task<AngleSharp.Dom.IDocument> PageOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.Length > 400 ? body[..400] : body);
        return Html.Parse(body);
    }

    /// <summary>Signs <paramref name="name"/> in on a new client (not following redirects).</summary>
    private async Task<HttpClient> SessionAsync(string name, string password = SignedIn.Password)
    {
        var client = Anonymous();
        (await client.PostSignInAsync(name, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{name} signs in");
        return client;
    }

    private static async Task<bool> IsAnalystSessionAsync(HttpClient client) => (await client.GetAsync("/ingest")).StatusCode == HttpStatusCode.OK;

    [Fact]
    public async Task A_user_changes_their_password_this_session_stays_their_other_sessions_end()
    {
        await app.AddAccountAsync("pat", AccessRole.Analyst);
        var here = await SessionAsync("pat");
        var elsewhere = await SessionAsync("pat");
        (await IsAnalystSessionAsync(elsewhere)).ShouldBeTrue();

        var doc = await PageOf(await ChangePasswordAsync(here, SignedIn.Password, NewPassword));
        doc.QuerySelector(".password-changed").ShouldNotBeNull();
        doc.QuerySelector(".password-error").ShouldBeNull();

        (await IsAnalystSessionAsync(here)).ShouldBeTrue("the session that changed the password got a fresh cookie");
        var ended = await elsewhere.GetAsync("/ingest");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ended.Headers.Location!.OriginalString.ShouldContain("/account/sign-in", Case.Sensitive, "the other session is signed out");

        (await Anonymous().PostSignInAsync("pat", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "the old password no longer signs in");
        (await Anonymous().PostSignInAsync("pat", NewPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = app.OpenStore();
        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.Account == "pat" && e.Action == AuditAction.PasswordChange).SingleAsync();
        entry.Actor.ShouldBe("pat");
        (entry.Before + entry.After).ShouldNotContain(NewPassword);
    }

    [Fact]
    public async Task A_wrong_current_password_a_mismatch_or_a_short_one_is_refused_and_changes_nothing()
    {
        await app.AddAccountAsync("quinn", AccessRole.Reader);
        var client = await SessionAsync("quinn");
        var doc = await PageOf(await ChangePasswordAsync(client, "not the password", NewPassword));
        doc.QuerySelector(".password-error")!.TextContent.ShouldContain("current password");
        doc = await PageOf(await ChangePasswordAsync(client, SignedIn.Password, NewPassword, "a different confirmation"));
        doc.QuerySelector(".validation-message")!.TextContent.ShouldContain("differ");
        (await PageOf(await ChangePasswordAsync(client, SignedIn.Password, "short", "short"))).QuerySelector(".password-error")!
            .TextContent.ShouldContain("12 characters");

        (await Anonymous().PostSignInAsync("quinn", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password is unchanged");
        await using var db = app.OpenStore();
        (await db.AuditEntries.AnyAsync(e => e.Account == "quinn" && e.Action == AuditAction.PasswordChange)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_password_form_refuses_a_post_without_or_with_a_wrong_antiforgery_token_and_limits_attempts()
    {
        await app.AddAccountAsync("rosa", AccessRole.Reader);
        var client = await SessionAsync("rosa");
        var fields = await client.FormFieldsAsync("/account/password", "form.password-form");
        fields.Select(f => f.Key).ShouldContain("__RequestVerificationToken");
        var typed = new[] { ("Input.Current", SignedIn.Password), ("Input.New", NewPassword), ("Input.Confirm", NewPassword) }
            .Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)).ToList();

        var without = fields.Where(f => f.Key != "__RequestVerificationToken").Concat(typed);
        (await client.PostAsync("/account/password", new FormUrlEncodedContent(without))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Another session's token (another user) is no token for this one.
        await app.AddAccountAsync("mallory", AccessRole.Reader);
        var otherToken = (await (await SessionAsync("mallory")).FormFieldsAsync("/account/password", "form.password-form"))
            .Single(f => f.Key == "__RequestVerificationToken").Value;
        var wrong = fields.Select(f => f.Key == "__RequestVerificationToken" ? new KeyValuePair<string, string>(f.Key, otherToken) : f).Concat(typed);
        (await client.PostAsync("/account/password", new FormUrlEncodedContent(wrong))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Anonymous().PostSignInAsync("rosa", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "nothing changed");

        // The two refused posts count: the third is answered, the fourth is 429 with Retry-After.
        (await ChangePasswordAsync(client, "a wrong guess here", NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var limited = await ChangePasswordAsync(client, "another wrong guess", NewPassword);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await client.GetAsync("/account/password")).StatusCode.ShouldBe(HttpStatusCode.OK, "showing the form is never limited");
    }

    [Fact]
    public async Task An_admin_resets_a_password_shown_once_the_holders_sessions_end_and_audit_shows_every_account_change()
    {
        await app.AddAccountAsync("chief", AccessRole.Admin);
        var admin = await SessionAsync("chief");
        await app.AddAccountAsync("sam", AccessRole.Analyst);
        var sam = await SessionAsync("sam");

        await PageOf(await SubmitAsync(admin, "/admin/users", "form:has(table.user-list)", ("Act.Command", "role:reader|sam"), ("Act.Reason", "moves to the reading room")));
        var doc = await PageOf(await SubmitAsync(admin, "/admin/users", "form:has(table.user-list)", ("Act.Command", "reset|sam"), ("Act.Reason", "forgot it")));
        var password = doc.QuerySelector(".reset-password .generated-password")!.TextContent;
        password.Length.ShouldBe(20);
        (await admin.GetStringAsync("/admin/users")).ShouldNotContain(password, Case.Sensitive, "shown once");
        var ended = await sam.GetAsync("/account/tokens");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a reset ends the holder's sessions");
        (await Anonymous().PostSignInAsync("sam", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        sam = await SessionAsync("sam", password);
        var token = await PageOf(await SubmitAsync(sam, "/account/tokens", "form.token-create", ("Create.Name", "report script")));
        var tokenValue = token.QuerySelector(".token-value")!.TextContent;

        var (page, audit) = await admin.GetPageAsync("/audit?area=accounts&account=sam");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = audit.QuerySelectorAll(".audit-table tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(4, string.Join(" | ", rows));   // newest first: token, reset, role, added
        rows[0].ShouldContain("API token created");
        rows[0].ShouldContain("report script");
        rows[1].ShouldContain("Password reset by an admin");
        rows[1].ShouldContain("chief");
        rows[1].ShouldContain("forgot it");
        rows[2].ShouldContain("Role changed");
        rows[2].ShouldContain("Role: analyst → reader");
        rows[2].ShouldContain("moves to the reading room");
        rows[3].ShouldContain("Account added");
        audit.QuerySelector("a.audit-export-csv")!.GetAttribute("href").ShouldBe("/api/export/audit.csv?area=accounts&account=sam");

        var csv = await admin.GetStringAsync("/api/export/audit.csv?area=accounts&account=sam");
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(5);
        csv.ShouldContain("PasswordReset");
        using var json = JsonDocument.Parse(await admin.GetStringAsync("/api/export/audit.json?area=accounts"));
        var entries = json.RootElement.EnumerateArray().ToList();
        entries.ShouldContain(e => e.GetProperty("action").GetString() == "AccountRole" && e.GetProperty("account").GetString() == "sam"
            && e.GetProperty("after").GetProperty("Role").GetString() == "reader");
        entries.ShouldAllBe(e => e.GetProperty("account").ValueKind == JsonValueKind.String);
        foreach (var secret in new[] { password, tokenValue, tokenValue[3..13], SignedIn.Password })
        {
            csv.ShouldNotContain(secret);
            json.RootElement.GetRawText().ShouldNotContain(secret);
        }

        // Only admins read the log.
        (await sam.GetAsync("/api/export/audit.csv?area=accounts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetAsync("/api/export/audit.csv?area=people")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
