using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using MudBlazor;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// The filter panel's date-range picker (issue 7: "a date-range picker"; every state a URL, deliberate steps pushed):
/// a picked range becomes <c>from</c>/<c>to</c> days in the URL, re-picking what a month or year filter already shows
/// keeps the coarser filter, and clearing it removes both.
/// </summary>
[Collection(SeededDashboard.Name)]
public sealed class DateRangePickerTests(DashboardFactory app)
{
    private static IncidentBrowserView View(IncidentFilter filter) =>
        new(new IncidentListUrl("/incidents", filter), filter, new IncidentPage([], 0, 1, 50), [], []);

    private static async Task<List<ListStep>> PickAsync(BunitContext ctx, IncidentFilter filter, DateRange? range)
    {
        var steps = new List<ListStep>();
        var cut = ctx.Render<FilterPanel>(p => p.Add(f => f.View, View(filter)).Add(f => f.OnNavigate, s => steps.Add(s)));
        var picker = cut.FindComponent<MudDateRangePicker>();
        await cut.InvokeAsync(() => picker.Instance.DateRangeChanged.InvokeAsync(range));
        return steps;
    }

    [Fact]
    public async Task A_picked_range_goes_into_the_url_as_days_and_is_a_new_history_entry()
    {
        await using var ctx = DashboardBunit.Create(app);

        var steps = await PickAsync(ctx, new IncidentFilter { Statuses = [IncidentStatus.Denied] },
            new DateRange(new DateTime(2016, 3, 1), new DateTime(2016, 3, 31)));

        var step = steps.ShouldHaveSingleItem();
        step.Url.ToString().ShouldBe("/incidents?status=denied&from=2016-03-01&to=2016-03-31");
        step.Replace.ShouldBeFalse("a deliberate step is pushed, so Back restores the previous view");
    }

    [Fact]
    public async Task Re_picking_the_days_a_month_and_year_filter_shows_keeps_the_coarser_filter()
    {
        await using var ctx = DashboardBunit.Create(app);
        var filter = new IncidentFilter { From = PartialDate.OfMonth(2015, 6), To = PartialDate.OfYear(2016) };

        (await PickAsync(ctx, filter, new DateRange(new DateTime(2015, 6, 1), new DateTime(2016, 12, 31)))).ShouldBeEmpty();

        var moved = (await PickAsync(ctx, filter, new DateRange(new DateTime(2015, 6, 1), new DateTime(2016, 6, 30)))).ShouldHaveSingleItem();
        moved.Url.ToString().ShouldBe("/incidents?from=2015-06-01&to=2016-06-30");
    }

    [Fact]
    public async Task Clearing_the_picker_removes_both_ends_and_keeps_the_other_filters()
    {
        await using var ctx = DashboardBunit.Create(app);
        var filter = new IncidentFilter { Countries = ["TJK"], From = PartialDate.OfYear(2015), To = PartialDate.OfDay(2016, 2, 29), DateMatch = DateMatch.Within };

        var step = (await PickAsync(ctx, filter, null)).ShouldHaveSingleItem();

        step.Url.ToString().ShouldBe("/incidents?country=TJK&dates=within");
    }
}
