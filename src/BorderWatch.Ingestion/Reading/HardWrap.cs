using System.Text;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Undoes the hard line wrapping of plain-text copy (wire copy, newsletters and e-mail digests broken at 70-120
/// characters), so that a paragraph is one line again before cleaning, which keeps one paragraph per line. A text is
/// taken as wrapped when its lines stop at a common width (the 90th percentile of line lengths, 60-130 characters,
/// with few lines beyond it) and most of its full-width lines that run on into another line end without a sentence's
/// end. Then a full-width line (at least 0.6 of the width) is joined to the line after it with one space, unless that
/// line opens a list item or a labelled line ("HOST:", "Subject:"), or either line is a table row.
/// Text that is not wrapped is returned unchanged.
/// </summary>
internal static partial class HardWrap
{
    private const int MinWidth = 60, MaxWidth = 130, Overshoot = 15, MinRunOnLines = 3;
    private const double FullShare = 0.6, OpenShare = 0.6, LongLineShare = 0.05;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n');
        var width = WrapWidth(lines);
        if (width == 0) return text;
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            result.Append(lines[i]);
            if (i == lines.Length - 1) break;
            result.Append(Joins(lines[i], lines[i + 1], width) ? ' ' : '\n');
        }
        return result.ToString();
    }

    /// <summary>The width the text was wrapped at, or 0 when it does not read as wrapped.</summary>
    internal static int WrapWidth(IReadOnlyList<string> lines)
    {
        var lengths = lines.Select(l => l.Trim().Length).Where(n => n > 0).Order().ToList();
        if (lengths.Count < 4) return 0;
        var width = lengths[(int)(0.9 * (lengths.Count - 1))];
        if (width is < MinWidth or > MaxWidth) return 0;
        if (lengths.Count(n => n > width + Overshoot) > LongLineShare * lengths.Count) return 0;
        var runOn = new List<string>();
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var line = lines[i].Trim();
            if (line.Length >= FullShare * width && lines[i + 1].Trim().Length > 0 && !TableRow().IsMatch(line)) runOn.Add(line);
        }
        if (runOn.Count < MinRunOnLines) return 0;
        return runOn.Count(l => !SentenceEnd().IsMatch(l)) >= OpenShare * runOn.Count ? width : 0;
    }

    private static bool Joins(string line, string next, int width)
    {
        var a = line.Trim();
        var b = next.Trim();
        return a.Length >= FullShare * width && b.Length > 0
            && !TableRow().IsMatch(a) && !TableRow().IsMatch(b)
            && !ListItem().IsMatch(b) && !Labelled().IsMatch(b);
    }

    [GeneratedRegex(@"[.!?…][""'”’»)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\t|\||\S\s{3,}\S")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^(?:[-*•–—]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’\- ]{0,30}:\s")]
    private static partial Regex Labelled();
}
