namespace BorderWatch.Web.Dashboard;

/// <summary>Whole months selected on a time axis: from the first day of <see cref="First"/>'s month to the last day of <see cref="Last"/>'s.</summary>
public sealed record MonthRange
{
    public MonthRange(DateOnly first, DateOnly last)
    {
        First = new DateOnly(first.Year, first.Month, 1);
        Last = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        if (Last < First) throw new ArgumentException($"{first:yyyy-MM} is after {last:yyyy-MM}");
    }

    public DateOnly First { get; }
    public DateOnly Last { get; }

    /// <summary>How many months it spans (1 or more).</summary>
    public int Months => (Last.Year - First.Year) * 12 + Last.Month - First.Month + 1;

    /// <summary>Moved by <paramref name="months"/>, its length kept, inside <paramref name="start"/>–<paramref name="end"/>.</summary>
    public MonthRange Move(int months, DateOnly start, DateOnly end)
    {
        var axis = new MonthRange(start, end);
        var length = Math.Min(Months, axis.Months);
        // Offsets in months from the axis's first month, clamped before any date arithmetic (Home/End move far).
        var offset = (First.Year - axis.First.Year) * 12 + First.Month - axis.First.Month;
        var moved = (int)Math.Clamp((long)offset + months, 0, axis.Months - length);
        var first = axis.First.AddMonths(moved);
        return new MonthRange(first, first.AddMonths(length - 1));
    }

    /// <summary>Its last month moved by <paramref name="months"/>: at least one month, not past <paramref name="end"/>.</summary>
    public MonthRange Resize(int months, DateOnly end)
    {
        var last = new DateOnly(Last.Year, Last.Month, 1).AddMonths(months);
        if (last < First) last = First;
        if (last > end) last = end;
        return new MonthRange(First, last);
    }
}

/// <summary>What a key pressed on the time axis asks for.</summary>
public enum BrushAction
{
    /// <summary>Not a key of the time axis: let it do what it does elsewhere (Tab moves on).</summary>
    None,
    /// <summary>The keyboard selection moved or changed length (shown, not yet applied).</summary>
    Changed,
    /// <summary>Filter the list to the selection.</summary>
    Apply,
    /// <summary>Drop the selection (and the applied range).</summary>
    Clear,
    /// <summary>Show the keyboard shortcuts.</summary>
    Help,
}

/// <summary>
/// Brushing a time axis from the keyboard, as a slider would: arrows move the selection a month, Page Up/Down a year,
/// Home/End to either end, Shift+arrows change its length; Enter applies it, Escape clears it, "?" shows the keys.
/// </summary>
public static class KeyboardBrush
{
    /// <summary>The keys, in the words of the help dialog.</summary>
    public static readonly IReadOnlyList<(string Keys, string Does)> Help =
    [
        ("← →", "move the selection by a month (the first press shows it: the applied period, or the first month)"),
        ("Page Up / Page Down", "move the selection by a year"),
        ("Home / End", "move the selection to the start or the end of the axis"),
        ("Shift + ← →", "make the selection a month shorter or longer"),
        ("Enter", "show only the incidents of the selected period"),
        ("Escape", "clear the selection and show every period again"),
        ("?", "show these keys"),
    ];

    /// <param name="key">The DOM key value ("ArrowLeft", "Enter", "?").</param>
    /// <param name="current">The keyboard selection not yet applied, if any.</param>
    /// <param name="initial">Where a new selection starts: the applied period, or the axis's first month.</param>
    /// <param name="start">First day the axis shows.</param>
    /// <param name="end">Last day the axis shows.</param>
    public static (BrushAction Action, MonthRange? Range) Press(string key, bool shift, MonthRange? current, MonthRange initial, DateOnly start, DateOnly end)
    {
        var range = current ?? initial;
        return key switch
        {
            "ArrowRight" or "Right" when shift => (BrushAction.Changed, range.Resize(1, end)),
            "ArrowLeft" or "Left" when shift => (BrushAction.Changed, range.Resize(-1, end)),
            // The first arrow press shows where the selection starts; the next ones move it.
            "ArrowRight" or "Right" => (BrushAction.Changed, current is null ? range : range.Move(1, start, end)),
            "ArrowLeft" or "Left" => (BrushAction.Changed, current is null ? range : range.Move(-1, start, end)),
            "PageUp" => (BrushAction.Changed, range.Move(12, start, end)),
            "PageDown" => (BrushAction.Changed, range.Move(-12, start, end)),
            "Home" => (BrushAction.Changed, range.Move(int.MinValue, start, end)),
            "End" => (BrushAction.Changed, range.Move(int.MaxValue, start, end)),
            "Enter" when current is not null => (BrushAction.Apply, current),
            "Escape" or "Esc" => (BrushAction.Clear, null),
            "?" => (BrushAction.Help, current),
            _ => (BrushAction.None, current),
        };
    }
}
