using System.Net;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>The incident selected on a border's time axis lives in the URL (<c>incident=</c>): read, shown, kept beside filters, refused when not an id.</summary>
[Collection(SeededDashboard.Name)]
public sealed class TimelineSelectionTests(DashboardFactory app)
{
    private async Task<int> DatedIncidentOnAsync(string border)
    {
        await using var db = app.OpenStore();
        return await db.Incidents.Where(i => i.BorderSegment!.Code == border && i.DateStart != null).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    [Fact]
    public async Task A_border_page_with_incident_in_its_url_shows_that_incident_selected_on_the_axis()
    {
        var id = await DatedIncidentOnAsync("AFG-TKM");
        var (response, doc) = await app.CreateClient().GetPageAsync($"/borders/AFG-TKM?incident={id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var card = doc.QuerySelector(".selected-incident").ShouldNotBeNull();
        card.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain($"/incidents/{id}");
        var mark = doc.QuerySelector($"svg.time-axis [data-incident='{id}']").ShouldNotBeNull();
        mark.ClassList.ShouldContain("selected");
        doc.QuerySelectorAll("svg.time-axis .dots .selected").Length.ShouldBe(1);

        var (_, plain) = await app.CreateClient().GetPageAsync("/borders/AFG-TKM");
        plain.QuerySelector(".selected-incident").ShouldBeNull();
        plain.QuerySelectorAll("svg.time-axis .dots .selected").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("abc"), InlineData("-3"), InlineData("0"), InlineData("1e3"), InlineData("99999999999")]
    public async Task An_incident_value_that_is_not_an_id_is_a_400_naming_the_key(string value)
    {
        var (response, doc) = await app.CreateClient().GetPageAsync($"/borders/AFG-TKM?incident={Uri.EscapeDataString(value)}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        doc.QuerySelector("[role=alert]")!.TextContent.Squash().ShouldContain($"incident: '{value}' is not an incident id");
    }

    [Fact]
    public void The_selection_round_trips_through_the_query_string_and_survives_a_brushed_range()
    {
        var request = IncidentListRequest.Parse(QueryHelpers("?from=2015-01-01&to=2015-12-31&incident=42"), "border");
        request.Errors.ShouldBeEmpty();
        request.Selected.ShouldBe(42);
        var url = new IncidentListUrl("/borders/AFG-TKM", request.Filter, request.Order, request.Page, request.Selected);
        url.ToString().ShouldBe("/borders/AFG-TKM?from=2015-01-01&to=2015-12-31&incident=42");

        url.WithFilter(url.Filter with { From = PartialDate.From(new DateOnly(2016, 1, 1)), To = null })
            .ToString().ShouldBe("/borders/AFG-TKM?from=2016-01-01&incident=42", "brushing keeps the selected incident");
        url.WithSelected(null).ToString().ShouldBe("/borders/AFG-TKM?from=2015-01-01&to=2015-12-31");
        url.WithSelected(7).WithPage(3).ToString().ShouldBe("/borders/AFG-TKM?from=2015-01-01&to=2015-12-31&page=3&incident=7");
    }

    private static QueryCollection QueryHelpers(string query) => new(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query));
}
