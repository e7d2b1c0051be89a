using System.Globalization;

namespace BorderWatch.Core.Domain;

/// <summary>
/// A date known only as precisely as the source allows: a year, a month, a day, or nothing.
/// Written as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (SCHEMA.md).
/// </summary>
public readonly record struct PartialDate(int? Year, int? Month, int? Day)
{
    public static readonly PartialDate Unknown = new(null, null, null);

    public DatePrecision Precision =>
        Year is null ? DatePrecision.Unknown :
        Month is null ? DatePrecision.Year :
        Day is null ? DatePrecision.Month : DatePrecision.Day;

    public bool IsKnown => Year is not null;

    public static PartialDate OfYear(int year) => new(year, null, null);
    public static PartialDate OfMonth(int year, int month) => new(year, month, null);
    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day);
    public static PartialDate From(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>The same date cut to a coarser precision.</summary>
    public PartialDate Truncate(DatePrecision precision) => precision switch
    {
        DatePrecision.Unknown => Unknown,
        DatePrecision.Year => new(Year, null, null),
        DatePrecision.Month => new(Year, Month, null),
        _ => this,
    };

    /// <summary>First day covered by this date (for sorting and range filters).</summary>
    public DateOnly? Start => Year is int y ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>Last day covered by this date.</summary>
    public DateOnly? End => Year is int y
        ? Month is int m
            ? Day is int d ? new DateOnly(y, m, d) : new DateOnly(y, m, DateTime.DaysInMonth(y, m))
            : new DateOnly(y, 12, 31)
        : null;

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year!.Value.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        _ => "",
    };

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else fails.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = Unknown;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var n = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out n[i])) return false;
            if (i > 0 && parts[i].Length != 2) return false;
        }
        if (n[0] < 1 || (parts.Length > 1 && (n[1] < 1 || n[1] > 12))) return false;
        if (parts.Length == 3 && (n[2] < 1 || n[2] > DateTime.DaysInMonth(n[0], n[1]))) return false;
        date = parts.Length switch
        {
            1 => OfYear(n[0]),
            2 => OfMonth(n[0], n[1]),
            _ => OfDay(n[0], n[1], n[2]),
        };
        return true;
    }
}
