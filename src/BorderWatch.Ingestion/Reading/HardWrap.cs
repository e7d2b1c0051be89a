using System.Text;
using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Undoes the hard line wrapping of plain-text copy (wire copy, newsletters and e-mail digests broken at 70-120
/// characters), so that a paragraph is one line again before cleaning, which keeps one paragraph per line. A text is
/// taken as wrapped when its lines stop at a common width (the 90th percentile of line lengths, 60-130 characters,
/// with few lines beyond it) and most of its full-width lines that run on into another line end without a sentence's
/// end. Then a full-width line (at least 0.6 of the width) is joined to the line after it with one space, unless that
/// line opens a list item, a labelled line ("HOST:", "Subject:") or a line that is only a date, or either line is a table
/// row; the first line (most often the headline) runs on only into a line that starts in lower case.
/// A word broken at a line end is joined again (<see cref="LineEndHyphen"/>). Text that is not wrapped is returned unchanged.
/// An e-mail's header fields at the top ("From: ...", "Subject: ...", up to the first blank line) and its signature (from
/// a "-- " line on) are not wrapped by the mail client: they neither set the width nor are joined. Quoted lines ("> ")
/// run on only into quoted lines, whose marker the join drops.
/// </summary>
internal static partial class HardWrap
{
    private const int MinWidth = 60, MaxWidth = 130, Overshoot = 15, MinRunOnLines = 3;
    private const double FullShare = 0.6, OpenShare = 0.6, LongLineShare = 0.05, DateShare = 0.5;
    private const int MaxDateLine = 45, MinHeaderFields = 2, MaxSignatureLines = 8;

    /// <param name="dates">Finds the date of a line that is only a date, which stands on its own.</param>
    public static string Unwrap(string text, DateExpressionFinder dates)
    {
        var lines = text.Split('\n');
        var (bodyStart, bodyEnd) = MailBody(lines);
        var width = WrapWidth(lines[bodyStart..bodyEnd]);
        if (width == 0) return text;
        // The first line is most often a headline or a header field: it runs on only into a line that starts in lower case.
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var hyphenated = LineEndHyphen.CompoundsIn(lines);
        var result = new StringBuilder(text.Length);
        var rejoined = false;
        var continued = false;
        for (var i = 0; i < lines.Length; i++)
        {
            // A quoted line run on from the one before loses its "> ".
            var line = continued ? Unquoted(lines[i]) : lines[i];
            if (rejoined) line = line.TrimStart();
            rejoined = false;
            continued = false;
            var joins = i >= bodyStart && i + 1 < bodyEnd && Joins(lines[i], lines[i + 1], width, dates) && (i != first || StartsLowerCase(lines[i + 1]));
            var join = joins ? LineEndHyphen.JoinOf(line, Unquoted(lines[i + 1]), hyphenated) : LineJoin.Space;
            if (join != LineJoin.Space)
            {
                // "cross-" + "ing" is one word again; "Tajik-" + "Afghan" keeps its hyphen; neither takes a space.
                result.Append(join == LineJoin.DropHyphen ? line.TrimEnd()[..^1] : line.TrimEnd());
                rejoined = continued = true;
                continue;
            }
            result.Append(line);
            if (i == lines.Length - 1) break;
            result.Append(joins ? ' ' : '\n');
            continued = joins;
        }
        return result.ToString();
    }

    /// <summary>The lines a mail client wraps: after a header block at the top and before a signature line ("-- ").</summary>
    private static (int Start, int End) MailBody(string[] lines)
    {
        var start = 0;
        while (start < lines.Length && HeaderField().IsMatch(lines[start])) start++;
        if (start < MinHeaderFields || start < lines.Length && lines[start].Trim().Length > 0) start = 0;
        // The signature is the mail's last few lines; a "--" line higher up is the text's own rule.
        var end = Array.FindLastIndex(lines, l => l.TrimEnd() == "--");
        return (start, end < start || lines.Length - end > MaxSignatureLines ? lines.Length : end);
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

    private static bool Joins(string line, string next, int width, DateExpressionFinder dates)
    {
        var a = line.Trim();
        var b = next.Trim();
        return a.Length >= FullShare * width && b.Length > 0 && Quoted(a) == Quoted(b)
            && !TableRow().IsMatch(a) && !TableRow().IsMatch(b)
            && !ListItem().IsMatch(b) && !Labelled().IsMatch(b) && !IsDateLine(b, dates);
    }

    private static bool Quoted(string line) => line.TrimStart().StartsWith('>');

    private static string Unquoted(string line) => Quoted(line) ? QuoteMarker().Replace(line, "") : line;

    private static bool StartsLowerCase(string line) => line.TrimStart() is { Length: > 0 } s && char.IsLower(s[0]);

    // A line that is only a date ("Tuesday, 9 March 2027", "9 March 2027, 14:05") stands on its own under a heading.
    // (Not the last piece of a wrapped sentence: "on 17 November 2026." ends one, "on 4 May" starts in lower case.)
    private static bool IsDateLine(string line, DateExpressionFinder dates) =>
        line.Length <= MaxDateLine && !SentenceEnd().IsMatch(line) && !StartsLowerCase(line) && dates.Find(line) is [{ } date, ..] && date.End - date.Start >= DateShare * line.Length;

    // "Subject: ...", "Content-Type: ...", "X-Mailer: ...": one field of a mail header.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]{1,40}:\s")]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"[.!?…][""'”’»)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\t|\||\S\s{3,}\S")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"^(?:[-*•–—]\s|\d{1,3}[.)]\s|\(?[a-z]\)\s)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’\- ]{0,30}:\s")]
    private static partial Regex Labelled();
}
