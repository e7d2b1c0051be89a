using System.Globalization;
using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Parses the machine-readable dates documents carry in metadata (ISO 8601, RFC 822) to a <see cref="PartialDate"/>
/// at the precision given; a full timestamp becomes its calendar day as written (the publisher's local day).
/// </summary>
public static partial class MetadataDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static PartialDate Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return PartialDate.Unknown;
        var text = value.Trim();

        var iso = IsoPattern().Match(text);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups[2].Success) return Valid(year, null, null);
            var month = int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups[3].Success) return Valid(year, month, null);
            return Valid(year, month, int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        var rfc = Rfc822Pattern().Match(text);
        if (rfc.Success)
        {
            var month = Array.IndexOf(Months, rfc.Groups[2].Value[..3].ToLowerInvariant()) + 1;
            var year = int.Parse(rfc.Groups[3].Value, CultureInfo.InvariantCulture);
            if (year < 100) year += year < 50 ? 2000 : 1900;  // RFC 822 allowed two-digit years
            if (month > 0) return Valid(year, month, int.Parse(rfc.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        // Only spelled-out months: "09.07.2021" is ambiguous between day-month and month-day orders.
        if (!MonthName().IsMatch(text)) return PartialDate.Unknown;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var any)
            ? PartialDate.OfDay(any.Year, any.Month, any.Day)
            : PartialDate.Unknown;
    }

    private static PartialDate Valid(int year, int? month, int? day)
    {
        if (year < 1900 || year > 2200) return PartialDate.Unknown;
        if (month is < 1 or > 12) return PartialDate.Unknown;
        if (day is int d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))) return PartialDate.Unknown;
        return new PartialDate(year, month, day);
    }

    [GeneratedRegex(@"^(\d{4})(?:[-/](\d{2})(?:[-/](\d{2}))?)?(?:$|[T\s])")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})\b")]
    private static partial Regex Rfc822Pattern();
}
