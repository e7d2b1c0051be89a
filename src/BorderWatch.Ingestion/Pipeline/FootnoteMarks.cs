using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Pipeline;

/// <summary>
/// The one shape of a footnote mark: one to three digits, bare after a word's full stop ("... the columns arriving.1 In
/// September") or in brackets after a stop or glued to a word ("... a mountain road.[1] Two days later", "the post[2]").
/// Read by the sentence splitter (<see cref="TextSegmenter"/>: a mark after a stop ends the sentence with it) and by the
/// notes-list cleaner (<see cref="Cleaning.NoteLists"/>: the marks a text cites and the list entries that open with one).
/// </summary>
internal static partial class FootnoteMarks
{
    private const string Number = @"(?<n>\d{1,3})";
    private const string Bracketed = @"\[" + Number + @"\]";

    /// <summary>Where a bare mark that starts at <paramref name="from"/> ends, when a space follows it before
    /// <paramref name="end"/>; 0 when there is none.</summary>
    public static int BareEnd(string text, int from, int end) => EndOf(BareAt().Match(text, from, end - from));

    /// <summary>Where a bracketed mark that starts at <paramref name="from"/> ends, when a space or
    /// <paramref name="end"/> follows it; 0 when there is none.</summary>
    public static int BracketedEnd(string text, int from, int end) => EndOf(BracketedAt().Match(text, from, end - from));

    /// <summary>The numbers of the bracketed marks a line cites, glued to a letter or a punctuation mark ("road.[3]",
    /// "road[3]", "lie".[3]"), not after a space.</summary>
    public static IEnumerable<string> Cited(string line) => Citation().Matches(line).Select(m => m.Groups["n"].Value);

    /// <summary>The number of the bracketed mark a line opens with, followed by a space ("[3] Border service, ..."): a
    /// notes-list entry; null when the line opens otherwise.</summary>
    public static string? EntryNumber(string line) => Entry().Match(line) is { Success: true } m ? m.Groups["n"].Value : null;

    private static int EndOf(Match m) => m.Success ? m.Index + m.Length : 0;

    [GeneratedRegex(@"\A" + Number + @"(?=\s)")]
    private static partial Regex BareAt();

    [GeneratedRegex(@"\A" + Bracketed + @"(?=\s|\z)")]
    private static partial Regex BracketedAt();

    [GeneratedRegex(@"(?<=[\p{L}\p{P}])" + Bracketed)]
    private static partial Regex Citation();

    [GeneratedRegex(@"^" + Bracketed + @"\s")]
    private static partial Regex Entry();
}
