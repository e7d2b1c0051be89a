using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Pipeline;

/// <summary>
/// Stage 3: splits cleaned text into paragraphs (one per non-blank line) and sentences, keeping
/// character offsets so every excerpt can point back into the text exactly.
/// </summary>
public static class TextSegmenter
{
    // Words that end with a period without ending a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "rev",
        "u.s", "u.n", "u.k", "e.g", "i.e", "vs", "no", "approx", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "pres", "adm", "cmdr", "mt", "ft",
    };

    private const string Closers = "\"'”’»)]";
    private const string Openers = "\"'“‘«([";

    // A story's dateline opens one of its first paragraphs (site chrome and headline lines come before it).
    private const int DatelineParagraphs = 12;

    public static IReadOnlyList<Paragraph> Segment(string text)
    {
        var paragraphs = new List<Paragraph>();
        var sentenceIndex = 0;
        var pos = 0;
        var datelineSeen = false;
        while (pos < text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0) lineEnd = text.Length;
            var (start, end) = Trim(text, pos, lineEnd);
            if (end > start)
            {
                var sentences = new List<Sentence>();
                // "DUSHANBE, November 8, 2021 - Tajik border guards ...": the dateline is a sentence of its own.
                // A dateline may also stand on a line of its own, the story starting on the next line.
                if (!datelineSeen && paragraphs.Count < DatelineParagraphs && LeadDatelines.Match(text[start..end]) is { } dateline)
                {
                    datelineSeen = true;
                    var datelineEnd = start + dateline.Text.Length;
                    sentences.Add(new Sentence(sentenceIndex++, paragraphs.Count, start, datelineEnd, text[start..datelineEnd], IsDateline: true));
                    if (dateline.Length < end - start)
                        sentences.AddRange(SplitSentences(text, start + dateline.Length, end, paragraphs.Count, ref sentenceIndex));
                }
                else sentences.AddRange(SplitSentences(text, start, end, paragraphs.Count, ref sentenceIndex));
                paragraphs.Add(new Paragraph(paragraphs.Count, start, end, sentences));
            }
            pos = lineEnd + 1;
        }
        return paragraphs;
    }

    /// <summary>All sentences of the text in order.</summary>
    public static IReadOnlyList<Sentence> Sentences(string text) =>
        Segment(text).SelectMany(p => p.Sentences).ToList();

    private static List<Sentence> SplitSentences(string text, int start, int end, int paragraph, ref int index)
    {
        var result = new List<Sentence>();
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?') j++;
            while (j < end && Closers.Contains(text[j])) j++;
            // "... showed the columns arriving.1 In September, ...": a footnote's number after a word's full stop stays
            // with the sentence it annotates.
            if (c == '.' && i > start && char.IsLetter(text[i - 1]) && FootnoteMarks.BareEnd(text, j, end) is var f and > 0) j = f;
            // "... on a mountain road.[1] Two days later": a bracketed footnote mark after the stop (or its quote) ends the sentence with it.
            else if (FootnoteMarks.BracketedEnd(text, j, end) is var b and > 0) j = b;
            if (j >= end || !char.IsWhiteSpace(text[j])) { i = j - 1; continue; }
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            var next = text[k];
            var startsSentence = char.IsUpper(next) || char.IsDigit(next) || Openers.Contains(next);
            if (!startsSentence || (c == '.' && IsAbbreviation(text, sentenceStart, i))) { i = j - 1; continue; }
            Add(text, sentenceStart, j, paragraph, ref index, result);
            sentenceStart = k;
            i = k - 1;
        }
        Add(text, sentenceStart, end, paragraph, ref index, result);
        return result;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text[w..dot];
        if (word.Length == 0) return false;
        // A single capital letter is an initial ("S. Delawar"), not the end of a sentence.
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, int paragraph, ref int index, List<Sentence> into)
    {
        (start, end) = Trim(text, start, end);
        if (end <= start) return;
        into.Add(new Sentence(index++, paragraph, start, end, text[start..end]));
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }
}
