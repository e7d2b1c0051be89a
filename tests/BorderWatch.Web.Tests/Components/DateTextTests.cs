using BorderWatch.Core.Domain;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Components;

public sealed class DateTextTests
{
    [Theory]
    [InlineData(2019, 12, 18, false, "18 Dec 2019", "2019-12-18")]
    [InlineData(2015, 10, null, false, "Oct 2015", "2015-10")]
    [InlineData(2015, 9, null, true, "Sep 2015, inferred", "2015-09")]
    [InlineData(2016, null, null, true, "2016, inferred", "2016")]
    [InlineData(2016, null, null, false, "2016", "2016")]
    public async Task A_date_is_shown_no_more_precisely_than_known(int year, int? month, int? day, bool inferred, string text, string machine)
    {
        var doc = await ComponentRenderer.RenderAsync<DateText>(new() { ["Date"] = new PartialDate(year, month, day), ["Inferred"] = inferred, ["Note"] = "'last October' against 2016" });

        var time = doc.QuerySelector("time.partial-date")!;
        time.TextContent.ShouldBe(text);
        time.GetAttribute("datetime").ShouldBe(machine);
        time.ClassList.ShouldContain($"precision-{new PartialDate(year, month, day).Precision.ToCode()}");
        time.GetAttribute("title")!.ShouldContain("'last October' against 2016");
        time.GetAttribute("title")!.Contains("inferred").ShouldBe(inferred);
    }

    [Fact]
    public async Task An_unknown_date_says_so_and_is_not_a_time_element()
    {
        var doc = await ComponentRenderer.RenderAsync<DateText>(new() { ["Date"] = PartialDate.Unknown, ["Inferred"] = true });

        doc.QuerySelector("time").ShouldBeNull();
        doc.QuerySelector(".partial-date.precision-unknown")!.TextContent.ShouldBe("Date unknown");
    }

    [Fact]
    public void Long_form_spells_the_month()
    {
        DateDisplay.Long(PartialDate.OfDay(2021, 7, 9)).ShouldBe("9 July 2021");
        DateDisplay.Long(PartialDate.OfMonth(2019, 2), inferred: true).ShouldBe("February 2019, inferred");
        DateDisplay.Short(PartialDate.Unknown, inferred: true).ShouldBe("Date unknown");
    }
}
