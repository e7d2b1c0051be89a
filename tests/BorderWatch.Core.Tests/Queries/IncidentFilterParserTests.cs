using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;

namespace BorderWatch.Core.Tests.Queries;

public class IncidentFilterParserTests
{
    private static (IncidentFilter Filter, IReadOnlyList<string> Errors) Parse(params (string Key, string? Value)[] pairs) =>
        IncidentFilterParser.Parse(pairs.ToDictionary(p => p.Key, p => p.Value));

    [Fact]
    public void Every_key_is_read_and_normalised()
    {
        var (f, errors) = Parse(("border", "tkm-afg"), ("country", "tkm, rus"), ("org", "CSTO,Taliban"), ("person", "Sergey Lavrov"),
            ("type", "armed-clash,Exercise"), ("status", "planned"), ("from", "2021-07"), ("to", "2021-12-31"), ("q", "  Kerki "),
            ("article", "12"), ("actor", "7"), ("all", "true"));

        errors.ShouldBeEmpty();
        f.Border.ShouldBe("AFG-TKM");
        f.Countries.ShouldBe(["TKM", "RUS"]);
        f.Organizations.ShouldBe(["CSTO", "Taliban"]);
        f.Persons.ShouldBe(["Sergey Lavrov"]);
        f.Types.ShouldBe([IncidentType.ArmedClash, IncidentType.Exercise]);
        f.Statuses.ShouldBe([IncidentStatus.Planned]);
        f.From.ShouldBe(PartialDate.OfMonth(2021, 7));
        f.To.ShouldBe(PartialDate.OfDay(2021, 12, 31));
        f.Text.ShouldBe("Kerki");
        f.ArticleId.ShouldBe(12);
        f.ActorId.ShouldBe(7);
        f.IncludeRejected.ShouldBeTrue();
    }

    [Fact]
    public void Empty_and_missing_values_mean_no_filter()
    {
        var (f, errors) = Parse(("border", ""), ("country", " , "), ("q", "   "), ("from", null), ("page", "3"));
        errors.ShouldBeEmpty();
        // unknown keys ("page") are ignored, empty values are no filter
        IncidentFilterParser.ToQueryString(f).ShouldBe("");
        f.Border.ShouldBeNull();
        f.Countries.ShouldBeEmpty();
        f.Text.ShouldBeNull();
        f.From.ShouldBeNull();
    }

    [Theory]
    [InlineData("from", "2019-13", "from: '2019-13' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("to", "2019-02-30", "to: '2019-02-30' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("from", "July 2019", "from: 'July 2019' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("border", "AFG", "border: 'AFG' is not a border code (use two ISO alpha-3 codes, e.g. AFG-TKM, or 'none')")]
    [InlineData("border", "AF-TKM", "border: 'AF-TKM' is not a border code (use two ISO alpha-3 codes, e.g. AFG-TKM, or 'none')")]
    [InlineData("border", "AFG-TKM,AFG-TJK", "border: give one border, not 2")]
    [InlineData("country", "Turkmenistan", "country: 'Turkmenistan' is not an ISO alpha-3 code (three letters, e.g. TKM)")]
    [InlineData("status", "rumoured", "status: 'rumoured' is not a status (use one of reported, unconfirmed, denied, planned)")]
    [InlineData("article", "abc", "article: 'abc' is not an id (a positive whole number)")]
    [InlineData("actor", "-3", "actor: '-3' is not an id (a positive whole number)")]
    [InlineData("all", "maybe", "all: 'maybe' is not a yes/no value (use true or false)")]
    [InlineData("dates", "inside", "dates: 'inside' is not a date match (use overlaps or within)")]
    [InlineData("actors", "both", "actors: 'both' is not an actor match (use any or all)")]
    public void Invalid_values_are_reported_with_field_and_reason(string key, string value, string message)
    {
        var (_, errors) = Parse((key, value));
        errors.ShouldBe([message]);
    }

    [Fact]
    public void Unknown_type_lists_the_taxonomy()
    {
        var (f, errors) = Parse(("type", "armed-clash,skirmish"));
        f.Types.ShouldBe([IncidentType.ArmedClash]);
        var error = errors.ShouldHaveSingleItem();
        error.ShouldStartWith("type: 'skirmish' is not an incident type (use one of ");
        error.ShouldContain("cross-border-movement");
    }

    [Fact]
    public void From_after_to_is_an_error_but_overlapping_partial_dates_are_not()
    {
        Parse(("from", "2021-08"), ("to", "2021-07-31")).Errors.ShouldBe(["from: '2021-08' is after to: '2021-07-31'"]);
        Parse(("from", "2021-07-15"), ("to", "2021-07")).Errors.ShouldBeEmpty();
        Parse(("from", "2021"), ("to", "2021")).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var (_, errors) = Parse(("country", "TK,RUS,1AB"), ("from", "x"));
        errors.Count.ShouldBe(3);
        errors.ShouldContain(e => e.StartsWith("country: 'TK'"));
        errors.ShouldContain(e => e.StartsWith("country: '1AB'"));
        errors.ShouldContain(e => e.StartsWith("from: 'x'"));
    }

    [Fact]
    public void Keys_are_matched_case_insensitively()
    {
        var (f, errors) = Parse(("Border", "AFG-UZB"), ("Q", "bridge"));
        errors.ShouldBeEmpty();
        f.Border.ShouldBe("AFG-UZB");
        f.Text.ShouldBe("bridge");
    }

    [Fact]
    public void Query_string_round_trips_through_the_parser()
    {
        var filter = new IncidentFilter
        {
            Border = "AFG-TKM", Countries = ["RUS", "TKM"], Organizations = ["ISIS-K"], Persons = ["Sergey Lavrov"],
            Types = [IncidentType.PatrolSurveillance], Statuses = [IncidentStatus.Denied, IncidentStatus.Reported],
            From = PartialDate.OfYear(2015), To = PartialDate.OfMonth(2021, 9), Text = "post & bridge?", ArticleId = 4, ActorId = 9,
            IncludeRejected = true,
        };

        var query = IncidentFilterParser.ToQueryString(filter);
        query.ShouldStartWith("border=AFG-TKM&country=RUS,TKM&org=ISIS-K&person=Sergey%20Lavrov&type=patrol-surveillance&status=denied,reported&from=2015&to=2021-09&q=post%20%26%20bridge%3F");

        var values = query.Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p[1]));
        var (parsed, errors) = IncidentFilterParser.Parse(values);
        errors.ShouldBeEmpty();
        parsed.Border.ShouldBe(filter.Border);
        parsed.Countries.ShouldBe(filter.Countries);
        parsed.Organizations.ShouldBe(filter.Organizations);
        parsed.Persons.ShouldBe(filter.Persons);
        parsed.Types.ShouldBe(filter.Types);
        parsed.Statuses.ShouldBe(filter.Statuses);
        parsed.From.ShouldBe(filter.From);
        parsed.To.ShouldBe(filter.To);
        parsed.Text.ShouldBe(filter.Text);
        parsed.ArticleId.ShouldBe(4);
        parsed.ActorId.ShouldBe(9);
        parsed.IncludeRejected.ShouldBeTrue();
        IncidentFilterParser.ToQueryString(new IncidentFilter()).ShouldBe("");
    }

    [Fact]
    public void New_fields_round_trip_and_defaults_stay_out_of_the_query_string()
    {
        var filter = new IncidentFilter
        {
            WithoutBorder = true, Countries = ["AFG", "TKM"], ActorMatch = ActorMatch.All,
            From = PartialDate.OfDay(2016, 3, 3), To = PartialDate.OfDay(2016, 3, 3), DateMatch = DateMatch.Within,
            Text = "\"Kok-Tash\" talib*",
        };

        var query = IncidentFilterParser.ToQueryString(filter);
        query.ShouldBe("border=none&country=AFG,TKM&from=2016-03-03&to=2016-03-03&dates=within&actors=all&q=%22Kok-Tash%22%20talib%2A");

        var values = query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p[1]));
        var (parsed, errors) = IncidentFilterParser.Parse(values);
        errors.ShouldBeEmpty();
        parsed.WithoutBorder.ShouldBeTrue();
        parsed.Border.ShouldBeNull();
        parsed.ActorMatch.ShouldBe(ActorMatch.All);
        parsed.DateMatch.ShouldBe(DateMatch.Within);
        parsed.Text.ShouldBe(filter.Text);
        IncidentFilterParser.ToQueryString(parsed).ShouldBe(query);
        IncidentFilterParser.ToQueryString(filter with { ActorMatch = ActorMatch.Any, DateMatch = DateMatch.Overlaps, WithoutBorder = false })
            .ShouldNotContain("dates=");
    }

    [Theory]
    [InlineData("dates", "OVERLAPS", false)]
    [InlineData("dates", "Within", true)]
    public void Date_match_is_read_in_any_case(string key, string value, bool within)
    {
        var (f, errors) = Parse((key, value), ("from", "2020"));
        errors.ShouldBeEmpty();
        f.DateMatch.ShouldBe(within ? DateMatch.Within : DateMatch.Overlaps);
    }

    [Fact]
    public void Border_none_in_any_case_means_no_border_and_actors_any_is_the_default()
    {
        var (f, errors) = Parse(("border", "None"), ("actors", "ANY"));
        errors.ShouldBeEmpty();
        f.WithoutBorder.ShouldBeTrue();
        f.ActorMatch.ShouldBe(ActorMatch.Any);
    }

    [Fact]
    public void Sort_orders_have_codes_that_read_back()
    {
        foreach (var order in Enum.GetValues<IncidentOrder>())
        {
            IncidentFilterParser.TryParseOrder(IncidentFilterParser.OrderCode(order).ToUpperInvariant(), out var read).ShouldBeTrue();
            read.ShouldBe(order);
        }
        IncidentFilterParser.OrderCode(IncidentOrder.Confidence).ShouldBe("confidence");
        IncidentFilterParser.TryParseOrder("random", out _).ShouldBeFalse();
    }
}
