using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// A newspaper page's top bar states the edition's day before anything else ("Wednesday, 2 December 2026 · Batken -4°C ·
/// USD 87.45"): when no metadata, time element or date line dates the page, a short element above the article whose
/// text opens with a full date (after a weekday, if any) gives the page's date. A date inside a line ("Updated ...",
/// a related link's "27 November 2026") does not open it, and blocks of other articles never count.
/// </summary>
internal static partial class TopBarDate
{
    // A top bar is one short line: the date and a few items (weather, currency, a city).
    private const int MaxLength = 120;

    internal static (PartialDate Date, string Note)? Find(IDocument document, IElement? root, Dates.DateExpressionFinder dates)
    {
        if (root is null) return null;
        foreach (var element in document.QuerySelectorAll("div, span, p, time, li"))
        {
            if ((element.CompareDocumentPosition(root) & DocumentPositions.Following) == 0 || root.Contains(element)) continue;
            if (HtmlText.InForeignBlock(element)) continue;
            var text = HtmlText.Collapse(element.TextContent);
            if (text.Length is 0 or > MaxLength) continue;
            if (OpeningDate(text, dates) is not { } date) continue;
            return (PartialDate.OfDay(date.Year!.Value, date.Month!.Value, date.Day!.Value), $"top bar date '{date.Text}'");
        }
        return null;
    }

    /// <summary>The full date that opens <paramref name="text"/> (after a weekday, if any), or null; shared with
    /// <see cref="HeaderRowDate"/>'s fields.</summary>
    internal static Dates.DateExpression? OpeningDate(string text, Dates.DateExpressionFinder dates)
    {
        var date = dates.FirstFullDay(text);
        return date is not null && date.Start == Weekday().Match(text).Length ? date : null;
    }

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();
}
