using System.Globalization;
using BorderWatch.Core.Domain;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Dates as analysts read them, never more precise than the source: "9 Jun 2016", "Oct 2015", "2016",
/// with ", inferred" when the pipeline worked the date out rather than reading it.
/// </summary>
public static class DateDisplay
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Short(PartialDate date, bool inferred = false) => Format(date, inferred, "d MMM yyyy", "MMM yyyy");

    public static string Long(PartialDate date, bool inferred = false) => Format(date, inferred, "d MMMM yyyy", "MMMM yyyy");

    /// <summary>The value of an HTML <c>time</c> element's datetime attribute (a valid partial date), or null.</summary>
    public static string? MachineReadable(PartialDate date) => date.IsKnown ? date.ToString() : null;

    /// <summary>"Precise to the day", "month", "year" or "no date in the text".</summary>
    public static string PrecisionNote(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => "precise to the day",
        DatePrecision.Month => "precise to the month",
        DatePrecision.Year => "precise to the year",
        _ => "the text gives no date",
    };

    public static string MonthName(int month) => new DateTime(2000, month, 1).ToString("MMMM", English);

    private static string Format(PartialDate date, bool inferred, string dayFormat, string monthFormat)
    {
        var text = date.Precision switch
        {
            DatePrecision.Day => new DateTime(date.Year!.Value, date.Month!.Value, date.Day!.Value).ToString(dayFormat, English),
            DatePrecision.Month => new DateTime(date.Year!.Value, date.Month!.Value, 1).ToString(monthFormat, English),
            DatePrecision.Year => date.Year!.Value.ToString(CultureInfo.InvariantCulture),
            _ => "Date unknown",
        };
        return inferred && date.IsKnown ? text + ", inferred" : text;
    }
}
