using System.Net;
using System.Net.Http.Json;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Api;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Api;

/// <summary>Who may decide: not anonymous readers nor readers; an analyst signed in by cookie or by an API token, recorded
/// as the one who decided, until the token is revoked.</summary>
public abstract partial class ReviewApiCases
{
    [Fact]
    public async Task Anonymous_gets_401_and_a_reader_403_and_nothing_is_decided()
    {
        var id = await IncidentAsync(0);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var reader = await app.SignedInClientAsync(AccessRole.Reader);
        foreach (var (path, body) in new[] { ("confirm", "{}"), ("reject", """{"reason":"not-an-incident"}"""), ("note", """{"text":"x"}"""), ("split", "{}") })
        {
            (await anonymous.PostAsync($"/api/incidents/{id}/{path}", Json(body))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
            (await reader.PostAsync($"/api/incidents/{id}/{path}", Json(body))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
        }
        var detail = await DetailAsync(id);
        detail.Incident.Review.ShouldBe("unreviewed");
        detail.Reviews.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_analyst_signed_in_by_cookie_confirms_and_the_read_api_shows_who()
    {
        var id = await IncidentAsync(1);
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "cookie-analyst");

        var response = await analyst.PostAsync($"/api/incidents/{id}/confirm", Json("""{"note":"checked against the ministry's release"}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var answered = (await response.Content.ReadFromJsonAsync<ApiReviewedIncident>(Web))!;
        answered.Id.ShouldBe(id);
        answered.Review.ShouldBe("confirmed");
        answered.ReviewedBy.ShouldBe("cookie-analyst");

        var detail = await DetailAsync(id);
        detail.Incident.Review.ShouldBe("confirmed");
        detail.Incident.ReviewedBy.ShouldBe("cookie-analyst");
        detail.Reviews.ShouldHaveSingleItem().Note.ShouldBe("checked against the ministry's release");

        var note = await analyst.PostAsync($"/api/incidents/{id}/note", Json("""{"text":"second source pending"}"""));
        note.StatusCode.ShouldBe(HttpStatusCode.OK, await note.Content.ReadAsStringAsync());
        var noted = (await note.Content.ReadFromJsonAsync<ApiNote>(Web))!;
        (noted.Analyst, noted.Text, noted.Incident.Review).ShouldBe(("cookie-analyst", "second source pending", "confirmed"));
        var admin = await app.SignedInClientAsync(AccessRole.Admin);
        var audit = await admin.GetStringAsync($"/api/export/audit.json?incident={id}");
        audit.ShouldContain("second source pending");
    }

    [Fact]
    public async Task A_bearer_token_corrects_as_its_owner_until_revoked()
    {
        var id = await IncidentAsync(2);
        var user = await app.AddAccountAsync("token-analyst", AccessRole.Analyst);
        CreatedApiToken created;
        await using (var scope = app.Services.CreateAsyncScope())
            created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "review script");
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        HttpRequestMessage Correct(string json) => new(HttpMethod.Post, $"/api/incidents/{id}/correct")
        {
            Content = Json(json), Headers = { { "Authorization", "Bearer " + created.Token } },
        };

        var response = await client.SendAsync(Correct("""{"summary":"Guards of both sides met at the crossing.","type":"diplomatic-meeting","status":"reported"}"""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var detail = await DetailAsync(id);
        detail.Incident.Review.ShouldBe("corrected");
        detail.Incident.ReviewedBy.ShouldBe("token-analyst");
        detail.Incident.Summary.ShouldBe("Guards of both sides met at the crossing.");
        detail.Incident.Type.ShouldBe("diplomatic-meeting");

        var badType = await ProblemAsync(await client.SendAsync(Correct("""{"type":"skirmish"}""")), HttpStatusCode.BadRequest);
        badType.GetProperty("field").GetString().ShouldBe("type");
        badType.GetProperty("detail").GetString()!.ShouldContain("skirmish");
        var badDate = await ProblemAsync(await client.SendAsync(Correct("""{"date":"last spring"}""")), HttpStatusCode.BadRequest);
        badDate.GetProperty("field").GetString().ShouldBe("date");

        await using (var scope = app.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(user.Id, created.Row.Id)).ShouldBeTrue();
        (await client.SendAsync(Correct("""{"summary":"After revocation."}"""))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await DetailAsync(id)).Incident.Summary.ShouldBe("Guards of both sides met at the crossing.");
    }
}
