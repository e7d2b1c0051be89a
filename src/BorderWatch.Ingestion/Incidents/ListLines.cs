using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Where a line stands on the page (mend36), read from the paragraphs the reader gives each block (a list item, a heading
/// and a paragraph each open one): a line of a list under a heading ("Decisions" / "Take note of ..." / "Request a
/// report ..."), and a label run into the sentence after it in one paragraph ("<b>Casualties.</b> The service says ...").
/// A headline or a feed item's title stands alone and ends with no full stop: neither.
/// </summary>
internal static class ListLines
{
    /// <summary>A heading is a line of at most this many words with no closing stop.</summary>
    private const int HeadingWords = 6;
    /// <summary>An item of a list is one sentence of at most this many words.</summary>
    private const int ItemWords = 30;
    /// <summary>How many items before it a line may stand below its heading.</summary>
    private const int ItemsAbove = 12;

    /// <summary>The sentence is an item of a list: a paragraph of its own that ends with a stop, marked as a bullet or a
    /// number, or under a heading with only such one-sentence items between.</summary>
    internal static bool InList(IReadOnlyList<Sentence> sentences, int si)
    {
        var text = sentences[si].Text.Trim();
        if (!Alone(sentences, si) || !text.EndsWith('.')) return false;
        if (SentenceScope.IsBullet(text) || Numbered(text)) return true;
        for (var j = si - 1; j >= 0 && j >= si - ItemsAbove; j--)
        {
            if (!Alone(sentences, j)) return false;
            var line = sentences[j].Text.Trim();
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (line.Length > 0 && !".!?".Contains(line[^1]) && words <= HeadingWords) return true;
            if (!line.EndsWith('.') || words > ItemWords) return false;
        }
        return false;
    }

    /// <summary>Another sentence follows in the same paragraph: a short line so placed is the label of what that sentence tells.</summary>
    internal static bool RunIn(IReadOnlyList<Sentence> sentences, int si) =>
        si + 1 < sentences.Count && sentences[si + 1].Paragraph == sentences[si].Paragraph;

    private static bool Alone(IReadOnlyList<Sentence> sentences, int i) =>
        (i == 0 || sentences[i - 1].Paragraph != sentences[i].Paragraph) && !RunIn(sentences, i);

    // "1. ", "2) ".
    private static bool Numbered(string text)
    {
        var digits = text.TakeWhile(char.IsDigit).Count();
        return digits is > 0 and <= 2 && text.Length > digits + 1 && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }
}
