using System.Net;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BorderWatch.Web.Tests.Api;

/// <summary>The API's description and reference page follow the read setting: open by default, sign-in only when reading is.</summary>
public sealed class ApiDescriptionAccessTests
{
    private static readonly string[] Described = ["/openapi/v1.json", "/scalar/v1"];

    [Fact]
    public async Task They_are_open_while_reading_is_open()
    {
        await using var app = new ConfiguredDashboardFactory();
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in Described)
            (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK, path);
        using var doc = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var decision in new[] { "confirm", "reject", "correct", "note", "merge", "split" })
            paths.ShouldContain($"/api/incidents/{{id}}/{decision}");
    }

    [Fact]
    public async Task They_need_an_account_when_reading_requires_sign_in()
    {
        await using var app = new ConfiguredDashboardFactory(("BorderWatch:Access:ReadRequiresSignIn", "true"));
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await anonymous.GetAsync("/scalar/v1");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");

        var reader = await app.SignedInClientAsync(AccessRole.Reader);
        foreach (var path in Described)
            (await reader.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK, path);
    }
}
