using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Cleaning;

/// <summary>
/// Drops the entries of a notes or references list ("[3] Border service, press release, 25 May 2027."): lines that open
/// with a bracketed number the text cites elsewhere as a footnote mark glued to a word or a stop ("... the road.[3]",
/// "... the road[3]"). A note names a source, not an event, so it is not prose to read incidents from. At least two
/// such entries make a list; a bracketed number nobody cites ("[1] Opening remarks" in a transcript) stays.
/// </summary>
internal static class NoteLists
{
    private const int MinEntries = 2;

    public static void Drop(List<string> lines)
    {
        var cited = new HashSet<string>();
        foreach (var line in lines)
        {
            if (FootnoteMarks.EntryNumber(line) is not null) continue;
            cited.UnionWith(FootnoteMarks.Cited(line));
        }
        var entries = lines.Select((l, i) => (Number: FootnoteMarks.EntryNumber(l), Index: i))
            .Where(e => e.Number is not null && cited.Contains(e.Number)).Select(e => e.Index).ToList();
        if (entries.Count < MinEntries) return;
        for (var k = entries.Count - 1; k >= 0; k--) lines.RemoveAt(entries[k]);
    }
}
