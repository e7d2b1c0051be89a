using System.Text;

namespace BorderWatch.Core.Queries;

/// <summary>One way of spelling a search term: consecutive words (a phrase of one or more), the last one possibly a prefix.</summary>
public sealed record SearchPhrase(IReadOnlyList<string> Words, bool Prefix)
{
    /// <summary>In the full-text match syntax: <c>"kok tash"</c>, <c>"talib"*</c>.</summary>
    public string ToMatch() => "\"" + string.Join(' ', Words) + "\"" + (Prefix ? "*" : "");
}

/// <summary>One term of a search as the analyst typed it; an incident matches it when it matches any of its spellings.</summary>
public sealed record SearchTerm(string Typed, IReadOnlyList<SearchPhrase> Spellings);

/// <summary>A span of a text that matches a search term (for highlighting).</summary>
public readonly record struct SearchHit(int Start, int Length);

/// <summary>
/// A full-text search as the analyst typed it: words are ANDed, <c>"quoted phrases"</c> match in order, <c>word*</c> is a
/// prefix, <c>a OR b</c> joins two terms. Words are compared case- and diacritic-insensitively; "Kok-Tash", "Kok Tash"
/// and "Koktash" are spellings of one term. Actor aliases are matched through the search index, which carries the names
/// and aliases of each incident's actors.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>At most this many terms are used: a longer query is cut, never an error.</summary>
    public const int MaxTerms = 16;

    public IReadOnlyList<SearchTerm> Terms { get; }

    private SearchQuery(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>
    /// The query in the match syntax the store's search index understands: SQLite FTS5's syntax, restricted to quoted
    /// lower-case words, <c>*</c>, AND and OR, which the PostgreSQL search function translates to a tsquery.
    /// </summary>
    public string MatchExpression => string.Join(" AND ",
        Terms.Select(t => "(" + string.Join(" OR ", t.Spellings.Select(s => s.ToMatch())) + ")"));

    /// <summary>The words and phrases to highlight, folded (lower-case, no diacritics); prefixes end in '*'.</summary>
    public IReadOnlyList<string> HighlightTerms =>
        Terms.SelectMany(t => t.Spellings).Select(s => string.Join(' ', s.Words) + (s.Prefix ? "*" : "")).Distinct().ToList();

    public static SearchQuery Parse(string? text)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(text)) return new SearchQuery(terms);
        var joinNext = false;
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            string typed;
            bool quoted = text[i] == '"';
            if (quoted)
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                typed = text[(i + 1)..end];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
                typed = text[start..i];
                if (typed == "OR") { joinNext = terms.Count > 0; continue; }
                if (typed == "AND") continue;
            }
            var prefix = (i < text.Length && text[i] == '*') || typed.EndsWith('*');
            if (i < text.Length && text[i] == '*') i++;
            var words = Words(typed).Select(w => w.Folded).ToList();
            if (words.Count == 0) continue;
            var spellings = new List<SearchPhrase> { new(words, prefix) };
            // "Kok-Tash", "Kok Tash" and "Koktash": a short phrase is also tried as one word.
            if (words.Count is >= 2 and <= 3) spellings.Add(new SearchPhrase([string.Concat(words)], prefix));
            if (joinNext)
            {
                var previous = terms[^1];
                terms[^1] = new SearchTerm(previous.Typed + " OR " + typed, previous.Spellings.Concat(spellings).Distinct(PhraseComparer.Instance).ToList());
                joinNext = false;
            }
            else terms.Add(new SearchTerm(typed.TrimEnd('*'), spellings));
        }
        return new SearchQuery(terms);
    }

    /// <summary>Where the terms occur in a text (an excerpt, a summary), in order, overlapping hits merged.</summary>
    public IReadOnlyList<SearchHit> FindHits(string? text)
    {
        if (string.IsNullOrEmpty(text) || IsEmpty) return [];
        var words = Words(text).ToList();
        var spans = new List<(int Start, int End)>();
        foreach (var phrase in Terms.SelectMany(t => t.Spellings))
        {
            for (var w = 0; w + phrase.Words.Count <= words.Count; w++)
            {
                var match = true;
                for (var k = 0; k < phrase.Words.Count && match; k++)
                {
                    var last = k == phrase.Words.Count - 1;
                    match = last && phrase.Prefix
                        ? words[w + k].Folded.StartsWith(phrase.Words[k], StringComparison.Ordinal)
                        : words[w + k].Folded == phrase.Words[k];
                }
                if (match) spans.Add((words[w].Start, words[w + phrase.Words.Count - 1].End));
            }
        }
        var hits = new List<SearchHit>();
        foreach (var (start, end) in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (hits.Count > 0 && start <= hits[^1].Start + hits[^1].Length)
            {
                var prev = hits[^1];
                hits[^1] = new SearchHit(prev.Start, Math.Max(prev.Start + prev.Length, end) - prev.Start);
            }
            else hits.Add(new SearchHit(start, end - start));
        }
        return hits;
    }

    public override string ToString() => MatchExpression;

    private readonly record struct Word(int Start, int End, string Folded);

    /// <summary>Runs of letters and digits (what the index tokenizer keeps), folded like the index folds them.</summary>
    private static IEnumerable<Word> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            var folded = Fold(text.AsSpan(start, i - start));
            if (folded.Length > 0) yield return new Word(start, i, folded);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static string Fold(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in IncidentQueries.FoldName(word.ToString()))
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    private sealed class PhraseComparer : IEqualityComparer<SearchPhrase>
    {
        public static readonly PhraseComparer Instance = new();
        public bool Equals(SearchPhrase? x, SearchPhrase? y) =>
            x is not null && y is not null && x.Prefix == y.Prefix && x.Words.SequenceEqual(y.Words);
        public int GetHashCode(SearchPhrase p) => HashCode.Combine(p.Prefix, string.Join(' ', p.Words));
    }
}
