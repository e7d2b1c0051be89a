using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// An e-mail newsletter saved as HTML (or a page laid out like one) states its day as one field of a header row of
/// its own, beside other fields: "View this e-mail in your browser | Friday, 27 November 2026", "Issue 112 · 3 May 2024
/// · 6 min read". The row stands above the text's prose; the dated field is nothing but the date (a weekday before it,
/// a clock after it). A date inside a sentence, a row of one field (the top bar's business), or a cell of a table told
/// after the prose (a chronology) never counts; the prose starts at its first block, whatever its tag (date29).
/// </summary>
internal static partial class HeaderRowDate
{
    // A header row is one short line of a few fields.
    private const int MaxLength = 160;
    // The first paragraph of this many words ending a sentence is the text's prose: a header row stands above it.
    private const int ProseWords = 8;

    internal static (PartialDate Date, string Note)? Find(IDocument document, Dates.DateExpressionFinder dates)
    {
        if (document.Body is not { } body) return null;
        var hiddenClasses = HiddenClasses(document);
        foreach (var element in body.QuerySelectorAll(Elements))
        {
            if (HtmlText.InForeignBlock(element)) continue;
            var text = HtmlText.Collapse(element.TextContent);
            if (IsProseBlock(element, text) && !Hidden(element, hiddenClasses)) return null;
            if (text.Length is 0 or > MaxLength) continue;
            var fields = FieldSeparator().Split(text).Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
            if (fields.Count < 2) continue;
            foreach (var field in fields)
            {
                if (TopBarDate.OpeningDate(field, dates) is not { } date || !Dates.ClockTrailer.IsOnlyClock(field[date.End..])) continue;
                return (PartialDate.OfDay(date.Year!.Value, date.Month!.Value, date.Day!.Value), $"header row date '{field}'");
            }
        }
        return null;
    }

    private const string Blocks = "td, th, div, p, li, header";
    private const string Elements = Blocks + ", span";

    /// <summary>A block of the text's prose, whatever its tag (a paragraph, a cell, a bare div): a block with no block
    /// inside it, whose text is a sentence of <see cref="ProseWords"/> words or more. A container of blocks is no prose of
    /// its own: its blocks are read in turn.</summary>
    private static bool IsProseBlock(IElement element, string text) =>
        element.LocalName != "span" && IsProse(text) && element.QuerySelector(Blocks) is null;

    /// <summary>A block no reader sees (an e-mail's preview line, styled display:none by its class, inline or by a
    /// hidden attribute) is no prose above the row.</summary>
    private static bool Hidden(IElement element, IReadOnlySet<string> hiddenClasses)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true") return true;
            if (e.GetAttribute("style") is { } style && DisplayNone().IsMatch(style)) return true;
            if (e.ClassList.Any(hiddenClasses.Contains)) return true;
        }
        return false;
    }

    /// <summary>The classes the page's style sheets hide (".pre{display:none}").</summary>
    private static HashSet<string> HiddenClasses(IDocument document) =>
        document.QuerySelectorAll("style").SelectMany(s => HiddenRule().Matches(s.TextContent))
            .SelectMany(m => m.Groups["sel"].Value.Split(',').Select(x => x.Trim()))
            .Where(x => x.StartsWith('.') && x.Length > 1 && x.IndexOfAny([' ', '>', ':', '[', '.'], 1) < 0).Select(x => x[1..])
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<sel>[^{}]+)\{[^}]*\bdisplay\s*:\s*none")]
    private static partial Regex HiddenRule();

    [GeneratedRegex(@"(?i)\bdisplay\s*:\s*none|\bvisibility\s*:\s*hidden")]
    private static partial Regex DisplayNone();

    private static bool IsProse(string text) =>
        text.TrimEnd().EndsWith('.') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= ProseWords;

    // " | ", " · ", " • " between fields ("&middot;" is read as "·").
    [GeneratedRegex(@"\s*[|·•]\s*")]
    private static partial Regex FieldSeparator();

}
