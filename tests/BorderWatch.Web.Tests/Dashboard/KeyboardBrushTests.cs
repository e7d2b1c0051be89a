using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>Keyboard brushing of a time axis (January 2014 to December 2019) as a slider: move, resize, apply, clear.</summary>
public class KeyboardBrushTests
{
    private static readonly DateOnly Start = new(2014, 1, 1), End = new(2019, 12, 31);
    private static readonly MonthRange FirstMonth = new(Start, Start);

    private static MonthRange? Press(MonthRange? current, params string[] keys)
    {
        foreach (var k in keys)
        {
            var shift = k.StartsWith("Shift+", StringComparison.Ordinal);
            var (action, range) = KeyboardBrush.Press(shift ? k[6..] : k, shift, current, FirstMonth, Start, End);
            action.ShouldBe(BrushAction.Changed, k);
            current = range;
        }
        return current;
    }

    [Fact]
    public void The_first_arrow_shows_the_first_month_and_the_next_ones_move_it()
    {
        var r = Press(null, "ArrowRight").ShouldNotBeNull();
        (r.First, r.Last).ShouldBe((new DateOnly(2014, 1, 1), new DateOnly(2014, 1, 31)));
        r = Press(r, "ArrowRight", "ArrowRight", "ArrowLeft")!;
        (r.First, r.Last).ShouldBe((new DateOnly(2014, 2, 1), new DateOnly(2014, 2, 28)));
    }

    [Fact]
    public void Shift_arrows_change_the_length_by_a_month_and_never_below_one()
    {
        var r = Press(new MonthRange(new(2016, 3, 1), new(2016, 3, 1)), "Shift+ArrowRight", "Shift+ArrowRight")!;
        (r.First, r.Last, r.Months).ShouldBe((new DateOnly(2016, 3, 1), new DateOnly(2016, 5, 31), 3));
        r = Press(r, "Shift+ArrowLeft", "Shift+ArrowLeft", "Shift+ArrowLeft", "Shift+ArrowLeft")!;
        (r.First, r.Last).ShouldBe((new DateOnly(2016, 3, 1), new DateOnly(2016, 3, 31)));
    }

    [Fact]
    public void Moves_keep_the_length_and_stop_at_the_ends_of_the_axis()
    {
        var r = Press(new MonthRange(new(2019, 6, 1), new(2019, 9, 30)), "PageUp")!;
        (r.First, r.Last).ShouldBe((new DateOnly(2019, 9, 1), new DateOnly(2019, 12, 31)), "a year later would pass the end: it stops there, 4 months long");
        r = Press(r, "Home")!;
        (r.First, r.Last).ShouldBe((new DateOnly(2014, 1, 1), new DateOnly(2014, 4, 30)));
        r = Press(r, "ArrowLeft", "PageDown")!;
        r.First.ShouldBe(Start);
        r = Press(r, "End", "Shift+ArrowRight")!;
        (r.First, r.Last).ShouldBe((new DateOnly(2019, 9, 1), new DateOnly(2019, 12, 31)), "not longer past the end");
    }

    [Fact]
    public void Enter_applies_a_selection_escape_clears_and_other_keys_are_left_alone()
    {
        var selection = new MonthRange(new(2015, 2, 1), new(2015, 4, 1));
        KeyboardBrush.Press("Enter", false, selection, FirstMonth, Start, End).ShouldBe((BrushAction.Apply, selection));
        KeyboardBrush.Press("Enter", false, null, FirstMonth, Start, End).Action.ShouldBe(BrushAction.None, "nothing selected: nothing to apply");
        KeyboardBrush.Press("Escape", false, selection, FirstMonth, Start, End).ShouldBe((BrushAction.Clear, null));
        KeyboardBrush.Press("?", false, selection, FirstMonth, Start, End).ShouldBe((BrushAction.Help, selection));
        KeyboardBrush.Press("Tab", false, selection, FirstMonth, Start, End).ShouldBe((BrushAction.None, selection));
    }

    [Fact]
    public void An_applied_period_is_where_the_keyboard_picks_up()
    {
        var applied = new MonthRange(new(2017, 5, 10), new(2017, 8, 2));
        var (_, r) = KeyboardBrush.Press("ArrowRight", false, null, applied, Start, End);
        (r!.First, r.Last).ShouldBe((new DateOnly(2017, 5, 1), new DateOnly(2017, 8, 31)));
    }
}
