using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Api;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Api;

/// <summary>
/// The review decisions over JSON on a seeded store of their own (the tests change it): who may decide, the analyst
/// recorded from the cookie or the API token, the decision visible in the read API, and bad input named. One case
/// list, run on SQLite and on a real PostgreSQL server, so the two providers cannot drift apart.
/// </summary>
public abstract partial class ReviewApiCases(DashboardFactory app)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Standing incidents of the seeded store, oldest first, skipping <paramref name="skip"/> (each test takes its own).</summary>
    private async Task<int> IncidentAsync(int skip)
    {
        var page = await app.CreateClient().GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=100&sort=oldest", Web);
        page!.Items.Count.ShouldBeGreaterThan(skip);
        return page.Items[skip].Id;
    }

    private async Task<ApiIncidentDetail> DetailAsync(int id) =>
        (await app.CreateClient().GetFromJsonAsync<ApiIncidentDetail>($"/api/incidents/{id}", Web))!;

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Reads_are_served_from_the_output_cache_until_a_review_changes_the_store()
    {
        // An incident no other case of this class reads or decides: the cache is shared by the class's one server.
        var id = await IncidentAsync(12);
        var reader = app.CreateClient();
        var first = await reader.GetAsync($"/api/incidents/{id}");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.Age.ShouldBeNull("the first answer is computed");
        var again = await reader.GetAsync($"/api/incidents/{id}");
        again.Headers.Age.ShouldNotBeNull("the same read is answered from the cache");
        (await again.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        var list = await reader.GetAsync("/api/incidents?pageSize=100&sort=oldest");
        (await reader.GetAsync("/api/incidents?pageSize=100&sort=oldest")).Headers.Age.ShouldNotBeNull();
        foreach (var k in Enumerable.Range(1, 10))
            (await reader.GetAsync($"/api/incidents?pageSize=100&sort=oldest&made-up-{k}={k}")).Headers.Age
                .ShouldNotBeNull("a key the API does not know is no part of the cache key: no entry per made-up key");
        (await reader.GetAsync("/api/incidents?pageSize=100&sort=newest")).Headers.Age.ShouldBeNull("a known key's value is");
        (await reader.GetAsync("/api/incidents?pageSize=100&sort=oldest&place=1")).Headers.Age.ShouldBeNull("place is a filter key");

        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "cache-analyst");
        (await analyst.PostAsync($"/api/incidents/{id}/confirm", Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await reader.GetAsync($"/api/incidents/{id}");
        after.Headers.Age.ShouldBeNull("the review changed the store's version: the cached answer is not served");
        (await after.Content.ReadFromJsonAsync<ApiIncidentDetail>(Web))!.Incident.Review.ShouldBe("confirmed");
        var listAfter = await reader.GetAsync("/api/incidents?pageSize=100&sort=oldest");
        listAfter.Headers.Age.ShouldBeNull();
        (await listAfter.Content.ReadFromJsonAsync<ApiIncidentPage>(Web))!.Items.Single(i => i.Id == id).Review.ShouldBe("confirmed");
        (await list.Content.ReadFromJsonAsync<ApiIncidentPage>(Web))!.Items.Single(i => i.Id == id).Review.ShouldBe("unreviewed");
    }

    [Fact]
    public async Task Casualties_are_corrected_in_their_notation_and_the_api_and_exports_carry_the_reviewed_figures()
    {
        var id = await IncidentAsync(30);   // far from the others: rejections and merges shift the earlier positions
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        var bad = await ProblemAsync(await analyst.PostAsync($"/api/incidents/{id}/correct", Json("""{"casualties":"killed lots"}""")), HttpStatusCode.BadRequest);
        bad.GetProperty("field").GetString().ShouldBe("casualties");
        (await DetailAsync(id)).Incident.Review.ShouldBe("unreviewed");

        var response = await analyst.PostAsync($"/api/incidents/{id}/correct",
            Json("""{"casualties":"killed 2 soldiers, 1 civilian; detained at least 4 herders","reason":"the ministry's figures"}"""));
        var answer = (await response.Content.ReadFromJsonAsync<ApiReviewedIncident>(Web))!;
        answer.Casualties.ShouldBe("killed 2 soldiers, 1 civilian; detained at least 4 herders");
        (await DetailAsync(id)).Casualties.ShouldBe(answer.Casualties);

        var records = (await analyst.GetFromJsonAsync<List<IncidentRecord>>("/api/export/incidents.json?all=true", Web))!;
        var record = records.Single(r => r.Id == id);
        (record.Killed, record.Wounded, record.Detained, record.Casualties).ShouldBe((3, (int?)null, 4, answer.Casualties));
        var csv = await analyst.GetStringAsync("/api/export/incidents.csv?all=true");
        csv.ShouldContain("killed,wounded,detained,casualties");
        csv.ShouldContain(",3,,4,\"killed 2 soldiers, 1 civilian; detained at least 4 herders\",");
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field_and_an_unknown_incident_a_404()
    {
        var id = await IncidentAsync(3);
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);

        var reason = await ProblemAsync(await analyst.PostAsync($"/api/incidents/{id}/reject", Json("""{"reason":"boring"}""")), HttpStatusCode.BadRequest);
        reason.GetProperty("field").GetString().ShouldBe("reason");
        reason.GetProperty("detail").GetString()!.ShouldContain("not-an-incident");
        var other = await ProblemAsync(await analyst.PostAsync($"/api/incidents/{id}/reject", Json("""{"reason":"other"}""")), HttpStatusCode.BadRequest);
        other.GetProperty("field").GetString().ShouldBe("reason");
        var merge = await ProblemAsync(await analyst.PostAsync($"/api/incidents/{id}/merge", Json("""{"members":[]}""")), HttpStatusCode.BadRequest);
        merge.GetProperty("field").GetString().ShouldBe("members");
        var note = await ProblemAsync(await analyst.PostAsync($"/api/incidents/{id}/note", Json("""{"text":"  "}""")), HttpStatusCode.BadRequest);
        note.GetProperty("field").GetString().ShouldBe("note");

        // A form post (what a cross-site page could send) is not a JSON body: refused before any decision.
        var form = await analyst.PostAsync($"/api/incidents/{id}/reject", new FormUrlEncodedContent([new("reason", "not-an-incident")]));
        form.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.UnsupportedMediaType);

        (await analyst.PostAsync("/api/incidents/999999/confirm", Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await analyst.PostAsync("/api/incidents/999999/reject", Json("""{"reason":"speculation"}"""))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DetailAsync(id)).Incident.Review.ShouldBe("unreviewed");
    }

    [Fact]
    public async Task A_rejected_incident_leaves_the_list_and_a_split_merge_comes_back()
    {
        var client = app.CreateClient();
        var before = (await client.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=1", Web))!.Total;
        var (rejected, target, member) = (await IncidentAsync(4), await IncidentAsync(5), await IncidentAsync(6));
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "list-analyst");

        var reject = await analyst.PostAsync($"/api/incidents/{rejected}/reject", Json("""{"reason":"historical-reference","text":"the 2014 clash retold"}"""));
        reject.StatusCode.ShouldBe(HttpStatusCode.OK, await reject.Content.ReadAsStringAsync());
        var answered = (await reject.Content.ReadFromJsonAsync<ApiReviewedIncident>(Web))!;
        (answered.Review, answered.RejectionReason, answered.Counts).ShouldBe(("rejected", "historical-reference", false));
        var after = (await client.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=100&sort=oldest", Web))!;
        after.Total.ShouldBe(before - 1);
        after.Items.Select(i => i.Id).ShouldNotContain(rejected);
        (await DetailAsync(rejected)).Incident.ReviewedBy.ShouldBe("list-analyst");
        // all=true shows rejected incidents to analysts only; for anyone else it is ignored, in the list and the export.
        const string everything = "/api/incidents?pageSize=100&sort=oldest&all=true";
        (await client.GetFromJsonAsync<ApiIncidentPage>(everything, Web))!.Items.Select(i => i.Id).ShouldNotContain(rejected);
        (await analyst.GetFromJsonAsync<ApiIncidentPage>(everything, Web))!.Items.Select(i => i.Id).ShouldContain(rejected);
        (await client.GetStringAsync("/api/export/incidents.json?all=true")).ShouldNotContain($"/incidents/{rejected}\"");
        (await analyst.GetStringAsync("/api/export/incidents.json?all=true")).ShouldContain($"/incidents/{rejected}\"");

        var merge = await analyst.PostAsync($"/api/incidents/{target}/merge", Json($$"""{"members":[{{member}}]}"""));
        merge.StatusCode.ShouldBe(HttpStatusCode.OK, await merge.Content.ReadAsStringAsync());
        var merged = (await merge.Content.ReadFromJsonAsync<List<ApiReviewedIncident>>(Web))!;
        merged[0].Id.ShouldBe(target);
        merged.Single(m => m.Id == member).MergedInto.ShouldBe(target);
        (await client.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=1", Web))!.Total.ShouldBe(before - 2);

        var split = await analyst.PostAsync($"/api/incidents/{target}/split", content: null);
        split.StatusCode.ShouldBe(HttpStatusCode.OK, await split.Content.ReadAsStringAsync());
        (await DetailAsync(member)).Incident.MergedInto.ShouldBeNull();
        (await client.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=1", Web))!.Total.ShouldBe(before - 1);
    }

    [Fact]
    public async Task Decisions_made_over_the_api_survive_a_reprocess_of_every_article()
    {
        var (rejected, corrected, target, member) = (await IncidentAsync(7), await IncidentAsync(8), await IncidentAsync(9), await IncidentAsync(10));
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "reprocess-analyst");
        foreach (var (path, body) in new[]
        {
            ($"{rejected}/reject", """{"reason":"speculation","text":"a forecast"}"""),
            ($"{corrected}/correct", """{"summary":"Corrected before the reprocess.","status":"unconfirmed"}"""),
            ($"{target}/merge", $$"""{"members":[{{member}}]}"""),
        })
        {
            var decided = await analyst.PostAsync($"/api/incidents/{path}", Json(body));
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<BorderWatch.Ingestion.IngestionService>().ReprocessAsync();
            (report.Failures ?? []).ShouldBeEmpty();
            report.Articles.ShouldBeGreaterThan(0);
        }

        (await DetailAsync(rejected)).Incident.Review.ShouldBe("rejected");
        var fixedOne = (await DetailAsync(corrected)).Incident;
        (fixedOne.Review, fixedOne.Summary, fixedOne.ReviewedBy).ShouldBe(("corrected", "Corrected before the reprocess.", "reprocess-analyst"));
        (await DetailAsync(member)).Incident.MergedInto.ShouldBe(target);
        var listed = (await app.CreateClient().GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=100&sort=oldest", Web))!.Items.Select(i => i.Id).ToList();
        listed.ShouldNotContain(rejected);
        listed.ShouldNotContain(member);
        listed.ShouldContain(target);
    }

    [Fact]
    public async Task Grouping_reports_into_an_event_needs_an_analyst_and_is_audited_and_undone_over_json()
    {
        var (a, b, c) = (await IncidentAsync(11), await IncidentAsync(9), await IncidentAsync(10));
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var reader = await app.SignedInClientAsync(AccessRole.Reader);
        var body = $$"""{"incidents":[{{a}},{{b}}],"title":"One clash, two reports"}""";
        (await anonymous.PostAsync("/api/events", Json(body))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await reader.PostAsync("/api/events", Json(body))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "grouping-analyst");
        var one = await ProblemAsync(await analyst.PostAsync("/api/events", Json($$"""{"incidents":[{{a}}]}""")), HttpStatusCode.BadRequest);
        one.GetProperty("field").GetString().ShouldBe("incidents");
        var created = await analyst.PostAsync("/api/events", Json(body));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var ev = (await created.Content.ReadFromJsonAsync<ApiEvent>(Web))!;
        ev.Status.ShouldBe("accepted");
        ev.Origin.ShouldBe("analyst");
        ev.Title.ShouldBe("One clash, two reports");
        ev.Reports.ShouldBe([a, b], ignoreOrder: true);

        (await reader.PostAsync($"/api/events/{ev.Id}/reports", Json($$"""{"incidents":[{{c}}]}"""))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var added = await analyst.PostAsync($"/api/events/{ev.Id}/reports", Json($$"""{"incidents":[{{c}}],"reason":"third outlet"}"""));
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        (await added.Content.ReadFromJsonAsync<ApiEvent>(Web))!.Reports.ShouldBe([a, b, c], ignoreOrder: true);
        (await ProblemAsync(await analyst.PostAsync($"/api/events/{ev.Id}/reports", Json($$"""{"incidents":[{{c}}]}""")), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString()!.ShouldContain("already a report");
        (await ProblemAsync(await analyst.PostAsync("/api/events/999999/undo", Json("{}")), HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.ShouldContain("999999");

        (await analyst.PostAsync($"/api/events/{ev.Id}/undo", Json("""{"reason":"different days after all"}"""))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemAsync(await analyst.PostAsync($"/api/events/{ev.Id}/accept", Json("{}")), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString()!.ShouldContain("undone");

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BorderWatch.Core.Store.BorderWatchDbContext>();
        var audit = db.AuditEntries.Where(e => e.EventId == ev.Id).OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor }).ToList();
        audit.Select(e => e.Action).ShouldBe([AuditAction.EventCreate, AuditAction.EventAdd, AuditAction.EventUndo]);
        audit.ShouldAllBe(e => e.Actor == "grouping-analyst");
    }
}

public sealed class SqliteReviewApiTests(DashboardFactory app) : ReviewApiCases(app), IClassFixture<DashboardFactory>;

public sealed class PostgresReviewApiTests(SeededPostgresDashboard dashboard) : ReviewApiCases(dashboard.App), IClassFixture<SeededPostgresDashboard>;
