using System.Net;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Access;

/// <summary>The admin's users page and the personal API tokens page, driven through their real forms.</summary>
public sealed class AccountPageTests(EmptyDashboardFactory app) : IClassFixture<EmptyDashboardFactory>
{
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page, string formSelector, params (string Name, string Value)[] values)
    {
        var fields = await client.FormFieldsAsync(page, formSelector);
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    private static async Task<AngleSharp.Dom.IDocument> PageOf(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Html.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_admins_reach_the_users_page()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync("/admin/users")).Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        (await analyst.GetAsync("/admin/users")).Headers.Location!.OriginalString.ShouldContain("/account/denied");

        var admin = await app.SignedInClientAsync(AccessRole.Admin, "chief");
        var (response, doc) = await admin.GetPageAsync("/admin/users");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("tr[data-user='chief'] .user-role")!.TextContent.ShouldBe("admin");
        doc.QuerySelector(".mud-nav-link[href='/admin/users']").ShouldNotBeNull();
    }

    [Fact]
    public async Task An_admin_adds_a_user_with_a_password_shown_once_then_changes_locks_and_removes_it()
    {
        var admin = await app.SignedInClientAsync(AccessRole.Admin);
        var doc = await PageOf(await SubmitAsync(admin, "/admin/users", "form.user-add", ("Add.Name", "newcomer"), ("Add.Role", "reader")));
        var password = doc.QuerySelector(".generated-password")!.TextContent;
        password.Length.ShouldBe(20);
        doc.QuerySelector("tr[data-user='newcomer'] .user-role")!.TextContent.ShouldBe("reader");
        (await admin.GetStringAsync("/admin/users")).ShouldNotContain(password, Case.Sensitive, "shown once");

        var newcomer = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await newcomer.PostSignInAsync("newcomer", password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await newcomer.GetAsync("/ingest")).Headers.Location!.OriginalString.ShouldContain("/account/denied");

        doc = await PageOf(await SubmitAsync(admin, "/admin/users", "form:has(table.user-list)", ("Act.Command", "role:analyst|newcomer")));
        doc.QuerySelector("tr[data-user='newcomer'] .user-role")!.TextContent.ShouldBe("analyst");
        var again = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await again.PostSignInAsync("newcomer", password);
        (await again.GetAsync("/ingest")).StatusCode.ShouldBe(HttpStatusCode.OK, "the new role applies");

        doc = await PageOf(await SubmitAsync(admin, "/admin/users", "form:has(table.user-list)", ("Act.Command", "lock|newcomer")));
        doc.QuerySelector("tr[data-user='newcomer'] .user-state")!.TextContent.ShouldBe("locked by an admin");
        var locked = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).PostSignInAsync("newcomer", password);
        Html.Parse(await locked.Content.ReadAsStringAsync()).QuerySelector(".sign-in-error")!.TextContent.ShouldContain("locked");

        await PageOf(await SubmitAsync(admin, "/admin/users", "form:has(table.user-list)", ("Act.Command", "unlock|newcomer")));
        (await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).PostSignInAsync("newcomer", password))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        doc = await PageOf(await SubmitAsync(admin, "/admin/users", "form:has(table.user-list)", ("Act.Command", "remove|newcomer")));
        doc.QuerySelector("tr[data-user='newcomer']").ShouldBeNull();
        await using var db = app.OpenStore();
        (await db.Users.AnyAsync(u => u.UserName == "newcomer")).ShouldBeFalse();
    }

    [Fact]
    public async Task The_last_admin_cannot_remove_themselves()
    {
        await using var lone = new ConfiguredDashboardFactory();
        var admin = await lone.SignedInClientAsync(AccessRole.Admin, "only");
        var doc = await PageOf(await SubmitAsync(admin, "/admin/users", "form:has(table.user-list)", ("Act.Command", "remove|only")));
        doc.QuerySelector(".user-error")!.TextContent.ShouldContain("last administrator");
        doc.QuerySelector("tr[data-user='only']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_token_made_on_the_tokens_page_is_shown_once_stored_as_a_hash_and_revoked_there()
    {
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "tokenowner");
        var doc = await PageOf(await SubmitAsync(analyst, "/account/tokens", "form.token-create", ("Create.Name", "ingest cron")));
        var token = doc.QuerySelector(".token-value")!.TextContent;
        token.ShouldStartWith("bw_");
        (await analyst.GetStringAsync("/account/tokens")).ShouldNotContain(token, Case.Sensitive, "shown once");

        await using (var db = app.OpenStore())
        {
            var row = await db.ApiTokens.SingleAsync(t => t.Name == "ingest cron");
            row.Hash.ShouldNotBe(token);
            row.Prefix.Length.ShouldBeLessThan(token.Length / 3);
            // Nothing in any column holds the token (a dump of the table cannot be replayed).
            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT * FROM \"ApiTokens\"";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    (reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!).ShouldNotContain(token[10..]);
        }

        var script = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        HttpRequestMessage Ingest() => new(HttpMethod.Post, "/api/ingest/url")
        {
            Content = new StringContent("""{"url":"not a url"}""", Encoding.UTF8, "application/json"), Headers = { { "Authorization", "Bearer " + token } },
        };
        (await script.SendAsync(Ingest())).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var id = (await analyst.GetPageAsync("/account/tokens")).Document.QuerySelector("tr[data-token]")!.GetAttribute("data-token")!;
        doc = await PageOf(await SubmitAsync(analyst, "/account/tokens", "form:has(table.token-list)", ("Revoke.Id", id)));
        doc.QuerySelector($"tr[data-token='{id}']")!.TextContent.ShouldContain("revoked");
        (await script.SendAsync(Ingest())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
