using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Decides whether a hyphen at the end of a wrapped line broke a word ("cross-" + "ing", "author-" + "ities") and goes
/// when the lines are joined (without a space either way). It goes when it follows a lower-case letter and the next
/// line starts in lower case; it stays next to a capital ("Tajik-" + "Afghan") and when the document writes the joined pair with its hyphen elsewhere
/// on one line ("cross-border" written once keeps a "cross-" + "border" break as "cross-border"). A hyphenated
/// compound broken at its hyphen and written nowhere else on one line loses its hyphen ("well-" + "known" reads
/// "wellknown").
/// </summary>
internal static partial class LineEndHyphen
{
    /// <summary>The hyphenated words the document writes on one line, in lower case.</summary>
    public static IReadOnlySet<string> CompoundsIn(IEnumerable<string> lines) =>
        lines.SelectMany(l => Compound().Matches(l).Select(m => m.Value.ToLowerInvariant())).ToHashSet();

    /// <summary>How a wrapped line ending in a hyphen joins the next: a broken word loses the hyphen, a compound keeps it, both without a space.</summary>
    public static LineJoin JoinOf(string line, string next, IReadOnlySet<string> compounds)
    {
        var end = BrokenEnd().Match(line.TrimEnd());
        var start = NextStart().Match(next.TrimStart());
        if (!end.Success || !start.Success) return LineJoin.Space;
        if (!char.IsLower(end.Groups[1].Value[^1]) || !char.IsLower(start.Value[0])) return LineJoin.KeepHyphen;
        return compounds.Contains((end.Groups[1].Value + "-" + start.Value).ToLowerInvariant()) ? LineJoin.KeepHyphen : LineJoin.DropHyphen;
    }

    [GeneratedRegex(@"(?<![\p{L}-])\p{L}+(?:-\p{L}+)+")]
    private static partial Regex Compound();

    [GeneratedRegex(@"(?<![\p{L}-])(\p{L}+)-$")]
    private static partial Regex BrokenEnd();

    [GeneratedRegex(@"^\p{L}+")]
    private static partial Regex NextStart();
}

/// <summary>How two wrapped lines are joined: with a space, or at a line-end hyphen that goes or stays.</summary>
internal enum LineJoin { Space, DropHyphen, KeepHyphen }
