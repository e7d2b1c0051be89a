using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>A quote set out on its own (its paragraphs' first and last sentence) and the line naming its source.</summary>
internal readonly record struct QuotedPassage(int First, int Last, int SourceLine, string Source);

/// <summary>
/// A quotes page's items (recall38): a paragraph wholly in quotation marks, followed by a paragraph of its own that opens
/// with a dash and names who said it, when and where ("- Kyrgyz Border Service press office, on Tuesday"). The quote
/// carries no speech verb; the source line is its speaker and its day. A pull quote with its source on the same line
/// ("... &mdash; a village head") or a quote with "said" in it is no such item.
/// </summary>
internal static class QuotedSources
{
    private static readonly char[] Dashes = ['-', '\u2013', '\u2014', '\u2015'];
    private static readonly char[] Opening = ['"', '\u201C', '\u00AB', '\u201E'];
    private static readonly char[] Closing = ['"', '\u201D', '\u00BB', '\u201C'];
    private const int MaxSourceWords = 30;

    /// <summary>The quote whose source line is sentence <paramref name="si"/>, or null when it is no source line.</summary>
    internal static QuotedPassage? SourcedBy(IReadOnlyList<Sentence> all, int si)
    {
        var line = all[si];
        var text = line.Text.TrimStart();
        if (text.Length < 3 || Array.IndexOf(Dashes, text[0]) < 0 || !char.IsWhiteSpace(text[1])) return null;
        // The source line is a paragraph of one sentence, short, right after the quote's paragraph.
        if (si == 0 || all[si - 1].Paragraph == line.Paragraph || si + 1 < all.Count && all[si + 1].Paragraph == line.Paragraph) return null;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxSourceWords) return null;
        var last = si - 1;
        var first = last;
        while (first > 0 && all[first - 1].Paragraph == all[last].Paragraph) first--;
        var opening = all[first].Text.TrimStart();
        var closing = all[last].Text.TrimEnd();
        if (opening.Length < 2 || Array.IndexOf(Opening, opening[0]) < 0 || Array.IndexOf(Closing, closing[^1]) < 0) return null;
        var source = text[1..].Trim();
        var comma = source.IndexOf(',');
        return new QuotedPassage(first, last, si, comma > 0 ? source[..comma].Trim() : source);
    }
}
