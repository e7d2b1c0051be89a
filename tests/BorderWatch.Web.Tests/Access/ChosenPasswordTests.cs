using System.Net;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Access;

/// <summary>
/// An admin types a new password for an account in the "Set password…" dialog of /admin/users: through the real static
/// form (antiforgery token and form name read from the page) on the app's own SQLite store, checked by Identity's
/// password rules with each broken rule named, audited like the generated reset, ending the holder's sessions.
/// </summary>
public sealed class ChosenPasswordTests(StampCheckedDashboardFactory app) : IClassFixture<StampCheckedDashboardFactory>
{
    private const string Chosen = "nine camels crossing at dawn";

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> SessionAsync(string name, string password = SignedIn.Password)
    {
        var client = Anonymous();
        (await client.PostSignInAsync(name, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{name} signs in");
        return client;
    }

    private static string DialogOf(string name) => "/admin/users?password=" + Uri.EscapeDataString(name);

    /// <summary>Opens the dialog for <paramref name="name"/> and posts it with what was typed.</summary>
    private static async Task<HttpResponseMessage> SetAsync(HttpClient admin, string name, string password, string? confirm = null, string? reason = null)
    {
        var fields = await admin.FormFieldsAsync(DialogOf(name), "form.set-password-form");
        fields.ShouldContain(f => f.Key == "__RequestVerificationToken");
        fields.ShouldContain(f => f.Key == "SetPw.Name" && f.Value == name);
        fields.Add(new("SetPw.New", password));
        fields.Add(new("SetPw.Confirm", confirm ?? password));
        if (reason is not null) fields.Add(new("SetPw.Reason", reason));
        return await admin.PostAsync(DialogOf(name), new FormUrlEncodedContent(fields));
    }

    private static async Task<AngleSharp.Dom.IDocument> PageOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.Length > 400 ? body[..400] : body);
        return Html.Parse(body);
    }

    private async Task<int> ResetEntriesAsync(string account)
    {
        await using var db = app.OpenStore();
        return await db.AuditEntries.CountAsync(e => e.Account == account && e.Action == AuditAction.PasswordReset);
    }

    [Fact]
    public async Task The_users_page_opens_a_dialog_per_account_and_nothing_for_an_unknown_one()
    {
        await app.AddAccountAsync("head", AccessRole.Admin);
        await app.AddAccountAsync("tala", AccessRole.Reader);
        var admin = await SessionAsync("head");
        var (_, list) = await admin.GetPageAsync("/admin/users");
        list.QuerySelector("tr[data-user=tala] a.set-password-link")!.GetAttribute("href").ShouldBe("/admin/users?password=tala");
        list.QuerySelector("dialog.password-dialog").ShouldBeNull("closed until asked for");
        var (_, open) = await admin.GetPageAsync(DialogOf("tala"));
        open.QuerySelector("dialog.password-dialog[open] #set-password-title")!.TextContent.ShouldContain("tala");
        open.QuerySelectorAll("form.set-password-form input[type=password]").Length.ShouldBe(2);
        var (_, unknown) = await admin.GetPageAsync(DialogOf("nobody"));
        unknown.QuerySelector("dialog.password-dialog").ShouldBeNull();
    }

    [Fact]
    public async Task An_admin_sets_a_typed_password_the_holders_sessions_end_and_the_audit_log_has_it_without_the_password()
    {
        await app.AddAccountAsync("boss", AccessRole.Admin);
        await app.AddAccountAsync("nadim", AccessRole.Analyst);
        var admin = await SessionAsync("boss");
        var holder = await SessionAsync("nadim");
        (await holder.GetAsync("/ingest")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var doc = await PageOf(await SetAsync(admin, "nadim", Chosen, reason: "asked by phone"));
        doc.QuerySelector(".password-set")!.TextContent.ShouldContain("nadim");
        doc.QuerySelector("dialog.password-dialog").ShouldBeNull("the dialog closes on success");
        doc.Body!.InnerHtml.ShouldNotContain(Chosen, Case.Sensitive, "a typed password is never shown back");

        var ended = await holder.GetAsync("/ingest");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the holder's sessions end, as with the generated reset");
        ended.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
        (await Anonymous().PostSignInAsync("nadim", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "the old password no longer signs in");
        (await Anonymous().PostSignInAsync("nadim", Chosen)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK, "the admin's own session stays");

        await using var db = app.OpenStore();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Account == "nadim" && e.Action == AuditAction.PasswordReset);
        entry.Actor.ShouldBe("boss");
        entry.Reason.ShouldBe("asked by phone");
        (entry.Before + entry.After).ShouldNotContain(Chosen);
        entry.After!.ShouldContain("signed out");
    }

    [Fact]
    public async Task A_mismatch_or_a_password_breaking_the_rules_is_refused_rule_by_rule_and_changes_nothing()
    {
        await app.AddAccountAsync("lead", AccessRole.Admin);
        await app.AddAccountAsync("omar", AccessRole.Reader);
        var admin = await SessionAsync("lead");

        var doc = await PageOf(await SetAsync(admin, "omar", Chosen, confirm: Chosen + "!"));
        doc.QuerySelectorAll(".set-password-problem").Select(p => p.TextContent).ShouldBe(["The two passwords differ."]);
        doc.QuerySelector("dialog.password-dialog[open]").ShouldNotBeNull("the dialog stays open to try again");

        // "aaaa" breaks both rules: fewer than 12 characters and fewer than 4 different ones; each is its own line.
        doc = await PageOf(await SetAsync(admin, "omar", "aaaa"));
        var problems = doc.QuerySelectorAll(".set-password-problem").Select(p => p.TextContent).ToList();
        problems.Count.ShouldBe(2, string.Join(" | ", problems));
        problems.ShouldContain(p => p.Contains("12 characters"));
        problems.ShouldContain(p => p.Contains("4 different"));
        doc.QuerySelector(".password-set").ShouldBeNull();

        doc = await PageOf(await SetAsync(admin, "omar", "bbbbbbbbbbbbbbbbbbbb"));
        doc.QuerySelectorAll(".set-password-problem").Select(p => p.TextContent).ShouldHaveSingleItem().ShouldContain("4 different");

        (await Anonymous().PostSignInAsync("omar", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the password is unchanged");
        (await ResetEntriesAsync("omar")).ShouldBe(0, "a refused password is no change and no audit entry");
    }

    [Fact]
    public async Task A_non_admin_cannot_open_or_post_the_dialog_and_a_post_without_the_antiforgery_token_is_refused()
    {
        await app.AddAccountAsync("root", AccessRole.Admin);
        await app.AddAccountAsync("pia", AccessRole.Reader);
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "ana-set");
        var open = await analyst.GetAsync(DialogOf("pia"));
        open.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        // An analyst's own valid token (from a page it may see) with a crafted post to the admin page.
        var fields = await analyst.FormFieldsAsync("/account/password", "form.password-form");
        fields.RemoveAll(f => f.Key == "_handler");
        fields.AddRange([new("_handler", "set-password"), new("SetPw.Name", "pia"), new("SetPw.New", Chosen), new("SetPw.Confirm", Chosen)]);
        var crafted = await analyst.PostAsync(DialogOf("pia"), new FormUrlEncodedContent(fields));
        crafted.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await crafted.Content.ReadAsStringAsync()).ShouldNotContain("password-set");

        var admin = await SessionAsync("root");
        var adminFields = await admin.FormFieldsAsync(DialogOf("pia"), "form.set-password-form");
        var without = adminFields.Where(f => f.Key != "__RequestVerificationToken")
            .Concat([new("SetPw.New", Chosen), new("SetPw.Confirm", Chosen)]);
        (await admin.PostAsync(DialogOf("pia"), new FormUrlEncodedContent(without))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await Anonymous().PostSignInAsync("pia", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "nothing changed");
        (await ResetEntriesAsync("pia")).ShouldBe(0);
    }
}
