using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BorderWatch.Web.Tests.Dashboard;

public sealed class ListUrlTests
{
    private static IQueryCollection Query(params (string Key, string[] Values)[] pairs) =>
        new QueryCollection(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Values)));

    [Fact]
    public void Repeated_keys_and_comma_lists_read_the_same()
    {
        var ticked = IncidentListRequest.Parse(Query(("country", ["TKM", "UZB"]), ("type", ["statement"]), ("sort", ["oldest"]), ("page", ["3"])));
        var listed = IncidentListRequest.Parse(Query(("country", ["TKM,UZB"]), ("type", ["statement"]), ("sort", ["oldest"]), ("page", ["3"])));

        ticked.Filter.Countries.ShouldBe(["TKM", "UZB"]);
        listed.Filter.ShouldBeEquivalentTo(ticked.Filter);
        ticked.Order.ShouldBe(IncidentOrder.Oldest);
        ticked.Page.ShouldBe(3);
        ticked.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Rows_by_event_round_trip_through_the_query_string_and_a_step_keeps_them()
    {
        var url = new IncidentListUrl("/incidents", new IncidentFilter { Border = "AFG-TKM" }, IncidentOrder.Oldest, 3).WithUnit(Core.Review.ListUnit.Event);
        url.Page.ShouldBe(1, "switching rows starts from the first page");
        url.ToString().ShouldBe("/incidents?border=AFG-TKM&by=event&sort=oldest");
        var parsed = IncidentListRequest.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query)));
        parsed.Errors.ShouldBeEmpty();
        parsed.Unit.ShouldBe(Core.Review.ListUnit.Event);
        parsed.UrlFor("/incidents").ToString().ShouldBe(url.ToString());
        url.WithPage(2).WithOrder(IncidentOrder.Type).Toggle(FacetField.Type, "statement").ToString()
            .ShouldBe("/incidents?border=AFG-TKM&type=statement&by=event&sort=type");
        url.WithUnit(Core.Review.ListUnit.Report).ToString().ShouldBe("/incidents?border=AFG-TKM&sort=oldest");

        IncidentListRequest.Parse(Query(("by", ["report"]))).Unit.ShouldBe(Core.Review.ListUnit.Report);
        IncidentListRequest.Parse(Query(("by", ["EVENT"]))).Unit.ShouldBe(Core.Review.ListUnit.Event);
        var bad = IncidentListRequest.Parse(Query(("by", ["outlet"])));
        bad.Errors.ShouldHaveSingleItem().ShouldStartWith("by: 'outlet' is not a list unit");
        bad.Unit.ShouldBe(Core.Review.ListUnit.Report);
    }

    [Fact]
    public void Empty_fields_are_no_filter_and_route_keys_are_ignored()
    {
        var request = IncidentListRequest.Parse(Query(("q", [""]), ("from", [""]), ("border", ["AFG-TJK"]), ("country", ["", "TKM"])), "border");

        request.Errors.ShouldBeEmpty();
        request.Filter.Text.ShouldBeNull();
        request.Filter.Border.ShouldBeNull();
        request.Filter.Countries.ShouldBe(["TKM"]);
    }

    [Fact]
    public void Every_link_round_trips_through_the_query_string()
    {
        var url = new IncidentListUrl("/incidents", new IncidentFilter { Countries = ["TKM"], Types = [IncidentType.Statement], Text = "Kerki & co" },
            IncidentOrder.Oldest, 2);

        url.ToString().ShouldBe("/incidents?country=TKM&type=statement&q=Kerki%20%26%20co&sort=oldest&page=2");
        var parsed = IncidentListRequest.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query)));
        parsed.Filter.Countries.ShouldBe(["TKM"]);
        parsed.Filter.Types.ShouldBe([IncidentType.Statement]);
        parsed.Filter.Text.ShouldBe("Kerki & co");
        parsed.Order.ShouldBe(IncidentOrder.Oldest);
        parsed.Page.ShouldBe(2);
    }

    [Fact]
    public void Places_round_trip_sorted_and_each_one_can_be_removed()
    {
        var parsed = IncidentListRequest.Parse(Query(("place", ["12,3", "12"]), ("page", ["2"])));
        parsed.Filter.PlaceIds.ShouldBe([3, 12]);
        var url = parsed.UrlFor("/incidents");
        url.ToString().ShouldBe("/incidents?place=3,12&page=2");
        url.WithoutPlace(12).ToString().ShouldBe("/incidents?place=3", "one place's chip removed, back to page one");
        url.WithoutPlace(3).WithoutPlace(12).IsFiltered.ShouldBeFalse();
        IncidentListRequest.Parse(Query(("place", ["0"]))).Errors.ShouldBe(["place: '0' is not an id (a positive whole number)"]);
    }

    [Fact]
    public void Toggling_a_value_adds_or_removes_it_and_goes_back_to_page_one()
    {
        var url = new IncidentListUrl("/borders/AFG-TKM", new IncidentFilter { Countries = ["TKM"] }, Page: 4);

        url.Toggle(FacetField.Country, "RUS").ToString().ShouldBe("/borders/AFG-TKM?country=TKM,RUS");
        url.Toggle(FacetField.Country, "tkm").ToString().ShouldBe("/borders/AFG-TKM");
        url.WithActor(ActorKind.Organization, "CSTO").ToString().ShouldBe("/borders/AFG-TKM?country=TKM&org=CSTO");
        url.WithActor(ActorKind.State, "TKM").ShouldBe(url, "already filtered: the chip keeps the list as it is");
        url.WithActor(ActorKind.Media, "TASS").ShouldBe(url);
        url.WithOrder(IncidentOrder.Oldest).ToString().ShouldBe("/borders/AFG-TKM?country=TKM&sort=oldest");
    }

    [Fact]
    public void Bad_sort_and_page_values_are_errors()
    {
        var request = IncidentListRequest.Parse(Query(("sort", ["sideways"]), ("page", ["-2"]), ("from", ["2020-02-30"])));

        request.Errors.Count.ShouldBe(3);
        request.Errors.ShouldContain(e => e.StartsWith("sort:"));
        request.Errors.ShouldContain(e => e.StartsWith("page:"));
        request.Errors.ShouldContain(e => e.StartsWith("from:"));
        request.Page.ShouldBe(1);
    }

    [Theory]
    [InlineData("/incidents/12", "Incident not found", "#12")]
    [InlineData("/articles/3/", "Article not found", "#3")]
    [InlineData("/actors/7", "Actor not found", "#7")]
    [InlineData("/borders/ABC-DEF", "Unknown border", "ABC-DEF")]
    [InlineData("/elsewhere", "Page not found", "nothing")]
    [InlineData(null, "Page not found", "nothing")]
    public void The_not_found_message_names_what_is_missing(string? path, string title, string detail)
    {
        var message = NotFoundMessage.For(path);
        message.Title.ShouldBe(title);
        message.Detail.ShouldContain(detail);
    }
}
