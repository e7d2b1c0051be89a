using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Cleaning;

/// <summary>
/// Drops the entries of a notes or references list ("[3] Border service, press release, 25 May 2027."): lines that open
/// with a bracketed number the text cites elsewhere as a footnote mark glued to a word or a stop ("... the road.[3]",
/// "... the road[3]"). A note names a source, not an event, so it is not prose to read incidents from. At least two
/// such entries make a list; a bracketed number nobody cites ("[1] Opening remarks" in a transcript) stays.
/// </summary>
internal static partial class NoteLists
{
    private const int MinEntries = 2;

    public static void Drop(List<string> lines)
    {
        var cited = new HashSet<string>();
        foreach (var line in lines)
        {
            if (Entry().IsMatch(line)) continue;
            foreach (Match m in Citation().Matches(line)) cited.Add(m.Groups[1].Value);
        }
        var entries = lines.Select((l, i) => (Match: Entry().Match(l), Index: i))
            .Where(e => e.Match.Success && cited.Contains(e.Match.Groups[1].Value)).Select(e => e.Index).ToList();
        if (entries.Count < MinEntries) return;
        for (var k = entries.Count - 1; k >= 0; k--) lines.RemoveAt(entries[k]);
    }

    // A footnote mark right after a letter or a punctuation mark, not after a space: "road.[3]", "road[3]", "lie".[3]".
    [GeneratedRegex(@"(?<=[\p{L}\p{P}])\[(\d{1,3})\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"^\[(\d{1,3})\]\s")]
    private static partial Regex Entry();
}
