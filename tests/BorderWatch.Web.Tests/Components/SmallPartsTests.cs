using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using Bunit;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The small shared parts (crumbs, dates, page links, badges, sort headers) rendered by bUnit with MudBlazor's services.</summary>
public sealed class SmallPartsTests
{
    [Fact]
    public async Task Crumbs_link_every_level_but_the_current_page_which_is_marked_current()
    {
        await using var ctx = DashboardBunit.Create();
        var cut = ctx.Render<Crumbs>(p => p.Add(c => c.Items, [("Overview", "/"), ("Borders", "/borders"), ("AFG–TJK", null)]));

        cut.Find("nav").GetAttribute("aria-label").ShouldBe("Breadcrumb");
        var items = cut.FindAll("li");
        items.Count.ShouldBe(3);
        cut.FindAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ShouldBe([("Overview", "/"), ("Borders", "/borders")]);
        var current = cut.Find("[aria-current=page]");
        current.TextContent.ShouldBe("AFG–TJK");
        current.TagName.ShouldBe("SPAN");
        items[2].QuerySelector("a").ShouldBeNull();
    }

    [Theory]
    [InlineData(2019, 12, 18, false, false, "18 Dec 2019", "2019-12-18", "precise to the day")]
    [InlineData(2015, 10, null, true, false, "Oct 2015, inferred", "2015-10", "precise to the month; inferred")]
    [InlineData(2016, null, null, false, false, "2016", "2016", "precise to the year")]
    [InlineData(2021, 7, 9, false, true, "9 July 2021", "2021-07-09", "precise to the day")]
    [InlineData(2019, 2, null, true, true, "February 2019, inferred", "2019-02", "precise to the month; inferred")]
    public async Task Date_text_shows_a_date_no_more_precisely_than_known(int year, int? month, int? day, bool inferred, bool longForm,
        string text, string machine, string title)
    {
        await using var ctx = DashboardBunit.Create();
        var date = new PartialDate(year, month, day);
        var cut = ctx.Render<DateText>(p => p.Add(d => d.Date, date).Add(d => d.Inferred, inferred).Add(d => d.Long, longForm));

        var time = cut.Find("time.partial-date");
        time.TextContent.ShouldBe(text);
        time.GetAttribute("datetime").ShouldBe(machine);
        time.GetAttribute("title").ShouldBe(title);
        time.ClassList.ShouldContain($"precision-{date.Precision.ToCode()}");
    }

    [Fact]
    public async Task Date_text_of_an_unknown_date_is_no_time_element_and_keeps_the_note()
    {
        await using var ctx = DashboardBunit.Create();
        var cut = ctx.Render<DateText>(p => p.Add(d => d.Date, PartialDate.Unknown).Add(d => d.Note, "no date in the article"));

        cut.FindAll("time").ShouldBeEmpty();
        var span = cut.Find("span.partial-date.precision-unknown");
        span.TextContent.ShouldBe("Date unknown");
        span.GetAttribute("title").ShouldBe("the text gives no date; no date in the article");
    }

    [Theory]
    [InlineData(1, 3, null, "/articles?q=osh&page=2")]
    [InlineData(2, 3, "/articles?q=osh&page=1", "/articles?q=osh&page=3")]
    [InlineData(3, 3, "/articles?q=osh&page=2", null)]
    public async Task Page_links_offer_previous_and_next_only_inside_the_bounds(int page, int count, string? previous, string? next)
    {
        await using var ctx = DashboardBunit.Create();
        var cut = ctx.Render<PageLinks>(p => p.Add(l => l.Path, "/articles").Add(l => l.Query, "q=osh").Add(l => l.Page, page).Add(l => l.PageCount, count));

        cut.Find("nav").GetAttribute("aria-label").ShouldBe("Pages");
        cut.Find("span").TextContent.ShouldBe($"Page {page} of {count}");
        cut.FindAll("a[rel=prev]").SingleOrDefault()?.GetAttribute("href").ShouldBe(previous);
        (cut.FindAll("a[rel=prev]").Count == 1).ShouldBe(previous is not null);
        cut.FindAll("a[rel=next]").SingleOrDefault()?.GetAttribute("href").ShouldBe(next);
        (cut.FindAll("a[rel=next]").Count == 1).ShouldBe(next is not null);
    }

    [Fact]
    public async Task Page_links_without_a_query_start_the_query_with_the_page_and_vanish_for_one_page()
    {
        await using var ctx = DashboardBunit.Create();
        var cut = ctx.Render<PageLinks>(p => p.Add(l => l.Path, "/articles").Add(l => l.Page, 1).Add(l => l.PageCount, 2));
        cut.Find("a[rel=next]").GetAttribute("href").ShouldBe("/articles?page=2");

        var single = ctx.Render<PageLinks>(p => p.Add(l => l.Path, "/articles").Add(l => l.Page, 1).Add(l => l.PageCount, 1));
        single.FindAll("nav, a").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PublishedDateSource.Metadata, false, "from the page's metadata")]
    [InlineData(PublishedDateSource.StatedInText, false, "stated in the text")]
    [InlineData(PublishedDateSource.InferredFromText, true, "inferred from dates in the text")]
    public async Task Published_date_says_how_the_date_was_found_and_marks_an_inferred_one(PublishedDateSource source, bool inferred, string label)
    {
        await using var ctx = DashboardBunit.Create();
        var article = new ArticleRow { Id = 4, SourceName = "a.html", Published = PartialDate.OfMonth(2018, 3), PublishedDateSource = source, PublishedDateNote = "from the dateline" };

        var cut = ctx.Render<PublishedDate>(p => p.Add(d => d.Article, article).Add(d => d.ShowSource, true));

        var time = cut.Find("time");
        time.TextContent.ShouldBe(inferred ? "Mar 2018, inferred" : "Mar 2018");
        time.GetAttribute("title")!.ShouldEndWith("from the dateline");
        cut.Find("span.small").TextContent.ShouldBe($" · {label}");

        var quiet = ctx.Render<PublishedDate>(p => p.Add(d => d.Article, article).Add(d => d.Long, true));
        quiet.FindAll("span.small").ShouldBeEmpty();
        quiet.Find("time").TextContent.ShouldStartWith("March 2018");
    }

    [Fact]
    public async Task Type_badges_name_each_type_in_words_with_its_own_class_and_a_hidden_icon()
    {
        await using var ctx = DashboardBunit.Create();
        var classes = new HashSet<string>();
        foreach (var type in Enum.GetValues<IncidentType>())
        {
            var cut = ctx.Render<TypeBadge>(p => p.Add(b => b.Type, type));
            var badge = cut.Find("span.type-badge");
            badge.TextContent.Trim().ShouldBe(IncidentFacets.TypeLabel(type));
            badge.ClassList.ShouldContain($"type-{type.ToCode()}");
            badge.QuerySelector("svg")!.GetAttribute("aria-hidden").ShouldBe("true");
            classes.Add(badge.ClassList.Single(c => c.StartsWith("type-") && c != "type-badge"));
        }
        classes.Count.ShouldBe(Enum.GetValues<IncidentType>().Length);
        IncidentFacets.TypeLabel(IncidentType.ArmedClash).ShouldBe("Armed clash");
    }

    [Fact]
    public async Task Sort_button_names_its_direction_only_when_active_and_reports_a_click()
    {
        await using var ctx = DashboardBunit.Create();
        var clicks = 0;
        var idle = ctx.Render<SortButton>(p => p.Add(s => s.Label, "Date").Add(s => s.OnClick, () => clicks++));
        var button = idle.Find("button.sort-button");
        button.GetAttribute("aria-label").ShouldBe("Sort by date");
        button.ClassList.ShouldNotContain("active");
        button.QuerySelector(".mud-button-icon-end").ShouldBeNull();
        button.Click();
        clicks.ShouldBe(1);

        var up = ctx.Render<SortButton>(p => p.Add(s => s.Label, "Date").Add(s => s.Active, true).Add(s => s.Ascending, true));
        up.Find("button").GetAttribute("aria-label").ShouldBe("Sort by date (sorted ascending)");
        up.Find("button").ClassList.ShouldContain("active");
        var down = ctx.Render<SortButton>(p => p.Add(s => s.Label, "Confidence").Add(s => s.Active, true));
        down.Find("button").GetAttribute("aria-label").ShouldBe("Sort by confidence (sorted descending)");
        // The arrows differ: up and down are different icons.
        up.Find(".mud-button-icon-end").InnerHtml.ShouldNotBe(down.Find(".mud-button-icon-end").InnerHtml);
    }

    private static IncidentListItem Item(int id, string? border = "KGZ-TJK") => new()
    {
        Id = id, Type = IncidentType.ArmedClash, Date = PartialDate.OfMonth(2021, 4), DateInferred = true, DateNote = "'in April'",
        BorderCode = border, Status = IncidentStatus.Denied, Summary = $"Clash at Kok-Tash {id}", Confidence = 0.8,
        ArticleTitle = "Border clash", OutletName = "Asia-Plus", Review = ReviewState.Confirmed, ReviewedBy = "aziza",
        ReviewedAt = new DateTimeOffset(2026, 11, 30, 9, 5, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task Incident_card_links_the_incident_and_its_border_and_shows_date_type_status_and_review()
    {
        await using var ctx = DashboardBunit.Create();
        var cut = ctx.Render<IncidentCard>(p => p.Add(c => c.Item, Item(12)).Add(c => c.ShowSource, true));

        cut.FindAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ShouldBe([("KGZ-TJK", "/borders/KGZ-TJK"), ("Clash at Kok-Tash 12", "/incidents/12")]);
        cut.Find("time").TextContent.ShouldBe("Apr 2021, inferred");
        cut.Find(".type-badge").TextContent.Trim().ShouldBe("Armed clash");
        cut.Find(".bw-badge.status-denied").TextContent.Trim().ShouldBe("Denied");
        cut.Find(".review-confirmed").GetAttribute("title").ShouldBe("Confirmed by aziza, 30 Nov 2026 09:05 UTC");
        cut.Markup.ShouldContain("Asia-Plus");

        var bare = ctx.Render<IncidentCard>(p => p.Add(c => c.Item, Item(13) with { Review = ReviewState.Unreviewed }).Add(c => c.ShowBorder, false));
        bare.FindAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/incidents/13"]);
        bare.FindAll(".review-state").ShouldBeEmpty();
        bare.Markup.ShouldNotContain("Asia-Plus");
    }

    [Fact]
    public async Task Border_card_shows_states_lengths_with_sources_counts_by_type_and_the_latest_incident()
    {
        await using var ctx = DashboardBunit.Create();
        var border = new BorderSummary
        {
            Code = "KGZ-TJK", Name = "Kyrgyzstan–Tajikistan", StateA = ("KGZ", "Kyrgyzstan"), StateB = ("TJK", "Tajikistan"),
            Lengths = [new(970.8, "CIA World Factbook", null), new(984, "Asia-Plus", 31)],
            Total = 5, Reports = 7, ByType = [(IncidentType.ArmedClash, 3), (IncidentType.Agreement, 2)], Latest = Item(40),
        };

        var cut = ctx.Render<BorderCard>(p => p.Add(b => b.Border, border));

        cut.Find("h3#card-KGZ-TJK a").GetAttribute("href").ShouldBe("/borders/KGZ-TJK");
        cut.Find(".border-card").GetAttribute("aria-labelledby").ShouldBe("card-KGZ-TJK");
        var badge = cut.Find(".activity-badge");
        badge.TextContent.Trim().ShouldBe("5");
        badge.GetAttribute("title")!.ShouldContain("7 incident reports");
        cut.Markup.ShouldContain("KGZ Kyrgyzstan · TJK Tajikistan");
        cut.Markup.ShouldContain("971 km");
        cut.Markup.ShouldContain("984 km");
        cut.FindAll("a").Single(a => a.TextContent == "Asia-Plus").GetAttribute("href").ShouldBe("/articles/31");
        cut.FindAll("a").ShouldNotContain(a => a.TextContent == "CIA World Factbook");
        var types = cut.Find("[role=list]");
        types.GetAttribute("aria-label").ShouldBe("Events by type");
        types.QuerySelectorAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")))
            .ShouldBe([("Armed clash 3", "/borders/KGZ-TJK?type=armed-clash"), ("Agreement 2", "/borders/KGZ-TJK?type=agreement")]);
        cut.Find(".latest a").GetAttribute("href").ShouldBe("/incidents/40");
        cut.Find(".latest time").TextContent.ShouldBe("Apr 2021, inferred");
    }

    [Fact]
    public async Task Border_card_of_a_quiet_border_says_nothing_is_recorded()
    {
        await using var ctx = DashboardBunit.Create();
        var border = new BorderSummary { Code = "KAZ-TKM", Name = "Kazakhstan–Turkmenistan", StateA = ("KAZ", "Kazakhstan"), StateB = ("TKM", "Turkmenistan") };

        var cut = ctx.Render<BorderCard>(p => p.Add(b => b.Border, border));

        cut.Markup.ShouldContain("No events recorded on this border yet.");
        cut.FindAll("[role=list], .latest").ShouldBeEmpty();
        cut.Find(".activity-badge").TextContent.Trim().ShouldBe("0");
    }
}
