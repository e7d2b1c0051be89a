using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// What may follow a header's date and leave it a header: nothing but a clock and its zone ("09:12", "at 9.15am",
/// "08:30 GMT", "18:42 (UTC+5)", "10:05 +05:00"), separators and a closing bracket. One pattern for every header
/// reader (<see cref="WeekdayHeader"/>, <see cref="DatedSections"/>, Reading.HeaderRowDate).
/// </summary>
public static partial class ClockTrailer
{
    /// <summary>True when <paramref name="rest"/> (the line after the date) holds nothing but a clock.</summary>
    public static bool IsOnlyClock(string rest) => Pattern().IsMatch(rest);

    [GeneratedRegex(@"^[\s\],;–—-]*(?:(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*(?i:am|pm))?)?(?:\s*(?:\([^)]{0,12}\)|GMT|UTC|[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?[\s.\]]*$")]
    private static partial Regex Pattern();
}
