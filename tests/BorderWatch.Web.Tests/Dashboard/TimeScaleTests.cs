using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>
/// The time axis's scale (issue 7: "incidents placed on a scaled axis (years, months, days as you zoom)"): ticks in
/// years over a long span, months over a few months to three years, days over a few weeks, each on whole units.
/// </summary>
public class TimeScaleTests
{
    private static TimeScale Scale(DateOnly start, DateOnly end) => new(start, end, 40, 800);

    [Fact]
    public void A_span_of_years_is_ticked_on_the_first_of_january_with_the_year()
    {
        var scale = Scale(new(1999, 3, 1), new(2016, 11, 30));

        scale.Unit.ShouldBe("year");
        var ticks = scale.Ticks();
        ticks.ShouldAllBe(t => t.Date.Month == 1 && t.Date.Day == 1);
        ticks.Select(t => t.Label).ShouldBe(["2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014", "2016"], "18 years: every second year");
        ticks.Count.ShouldBeInRange(4, 12);
    }

    [Fact]
    public void A_span_of_months_is_ticked_on_the_first_of_each_month_naming_the_year_at_january_and_at_the_start()
    {
        var scale = Scale(new(2015, 10, 1), new(2016, 3, 31));

        scale.Unit.ShouldBe("month");
        scale.Ticks().Select(t => t.Label).ShouldBe(["Oct 2015", "Nov", "Dec", "Jan 2016", "Feb", "Mar"]);
        scale.Ticks().ShouldAllBe(t => t.Date.Day == 1);
    }

    [Fact]
    public void A_span_of_weeks_is_ticked_in_days()
    {
        var scale = Scale(new(2016, 2, 27), new(2016, 3, 4));

        scale.Unit.ShouldBe("day");
        scale.Ticks().Select(t => t.Label).ShouldBe(["27 Feb 2016", "28 Feb", "29 Feb", "1 Mar 2016", "2 Mar", "3 Mar", "4 Mar"]);
    }

    [Fact]
    public void Zooming_in_from_years_to_a_month_changes_the_unit_and_keeps_the_ticks_few()
    {
        var units = new[]
        {
            Scale(new(2001, 1, 1), new(2024, 12, 31)),
            Scale(new(2016, 1, 1), new(2016, 12, 31)),
            Scale(new(2016, 3, 1), new(2016, 3, 31)),
        }.Select(s => (s.Unit, s.Ticks().Count)).ToList();

        units.Select(u => u.Unit).ShouldBe(["year", "month", "day"]);
        units.ShouldAllBe(u => u.Count >= 4 && u.Count <= 12);
    }

    [Fact]
    public void Dates_map_linearly_onto_the_width_and_back()
    {
        var scale = Scale(new(2016, 1, 1), new(2016, 1, 10));   // ten days over 800 px from x = 40

        scale.X(new(2016, 1, 1)).ShouldBe(40);
        scale.X(new(2016, 1, 6)).ShouldBe(40 + 800 * 5 / 10.0);
        scale.X(new(2016, 1, 11)).ShouldBe(840, "the day after the end closes the axis");
        scale.At(0).ShouldBe(new DateOnly(2016, 1, 1));
        scale.At(1).ShouldBe(new DateOnly(2016, 1, 10));
        scale.At(1.7).ShouldBe(new DateOnly(2016, 1, 10), "fractions are clamped");
    }
}
