using System.Globalization;

namespace BorderWatch.Web.Dashboard;

/// <summary>A linear time scale from dates to x positions, with ticks in years, months or days by the span shown.</summary>
public sealed record TimeScale(DateOnly Start, DateOnly End, double Left, double Width)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Days shown (at least one).</summary>
    public int Days => Math.Max(1, End.DayNumber - Start.DayNumber + 1);

    public double X(DateOnly d) => Left + Width * (d.DayNumber - Start.DayNumber) / Days;

    /// <summary>The date at a fraction (0–1) of the width.</summary>
    public DateOnly At(double fraction) => DateOnly.FromDayNumber(Start.DayNumber + (int)Math.Round(Math.Clamp(fraction, 0, 1) * (Days - 1)));

    public string Unit => Days > 3 * 366 ? "year" : Days > 92 ? "month" : "day";

    /// <summary>Tick dates and labels: about 4–12 of them, on whole years, months or days.</summary>
    public IReadOnlyList<(DateOnly Date, string Label)> Ticks()
    {
        var ticks = new List<(DateOnly, string)>();
        switch (Unit)
        {
            case "year":
                var years = End.Year - Start.Year + 1;
                var yStep = years <= 12 ? 1 : years <= 24 ? 2 : years <= 60 ? 5 : 10;
                for (var y = (Start.Year + yStep - 1) / yStep * yStep; y <= End.Year; y += yStep)
                    if (new DateOnly(y, 1, 1) >= Start) ticks.Add((new DateOnly(y, 1, 1), y.ToString(CultureInfo.InvariantCulture)));
                if (ticks.Count == 0) ticks.Add((Start, Start.Year.ToString(CultureInfo.InvariantCulture)));
                break;
            case "month":
                var months = (End.Year - Start.Year) * 12 + End.Month - Start.Month + 1;
                var mStep = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : 6;
                for (var m = new DateOnly(Start.Year, Start.Month, 1); m <= End; m = m.AddMonths(mStep))
                    if (m >= Start) ticks.Add((m, m.ToString(m.Month == 1 || ticks.Count == 0 ? "MMM yyyy" : "MMM", English)));
                break;
            default:
                var dStep = Days <= 14 ? 1 : Days <= 31 ? 3 : Days <= 62 ? 7 : 14;
                for (var d = Start; d <= End; d = d.AddDays(dStep))
                    ticks.Add((d, d.ToString(d.Day == 1 || ticks.Count == 0 ? "d MMM yyyy" : "d MMM", English)));
                break;
        }
        return ticks;
    }
}
