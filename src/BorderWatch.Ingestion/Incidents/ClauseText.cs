using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Token, mention and punctuation helpers shared by the detection units.</summary>
internal static class ClauseText
{
    /// <summary>The tokens inside <c>[start, end)</c>. <paramref name="tokens"/> is in text order (ascending
    /// <see cref="Token.Start"/>, as <see cref="NameNormalizer.Tokenize"/> gives it), so the first one is found by
    /// binary search and the scan stops past <paramref name="end"/>: a sentence costs its own length, not the document's.</summary>
    internal static List<Token> Slice(List<Token> tokens, int start, int end)
    {
        var result = new List<Token>();
        for (var i = FirstFrom(tokens.Count, k => tokens[k].Start, start); i < tokens.Count && tokens[i].Start <= end; i++)
            if (tokens[i].End <= end) result.Add(tokens[i]);
        return result;
    }

    /// <summary>The mentions inside <c>[start, end)</c>; <paramref name="mentions"/> is in text order, as
    /// <see cref="EntityRecognizer.Recognize"/> gives it (see <see cref="Slice"/>).</summary>
    internal static List<EntityMention> MentionsIn(IReadOnlyList<EntityMention> mentions, int start, int end)
    {
        var result = new List<EntityMention>();
        for (var i = FirstFrom(mentions.Count, k => mentions[k].Start, start); i < mentions.Count && mentions[i].Start <= end; i++)
            if (mentions[i].End <= end) result.Add(mentions[i]);
        return result;
    }

    /// <summary>A clause spanning the whole <paramref name="sentence"/> (its tokens and mentions, excerpt from its start),
    /// untyped; null when the sentence holds no token. For rules that make a sentence one incident.</summary>
    internal static Clause? WholeSentence(List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, Sentence sentence)
    {
        var tokens = Slice(allTokens, sentence.Start, sentence.End);
        if (tokens.Count == 0) return null;
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        return new Clause
        {
            Start = sentence.Start, End = sentence.End, Tokens = tokens, Mentions = mentions, SentenceFirstToken = 0,
            ExcerptStart = sentence.Start, SentenceTokens = [.. tokens], SentenceMentions = [.. mentions],
        };
    }

    // The first index whose start is at or after `start` in a list sorted by start.
    private static int FirstFrom(int count, Func<int, int> startAt, int start)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (startAt(mid) < start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    internal static readonly string[] DateWords =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
         "June", "July", "August", "September", "October", "November", "December"];

    internal static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == ',')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ',')) end--;
        return (start, end);
    }

    /// <summary>True when <paramref name="at"/> lies inside a quotation of its sentence.</summary>
    internal static bool InQuotation(string text, Sentence sentence, int at)
    {
        var before = text[sentence.Start..Math.Max(sentence.Start, at)];
        return before.Count(c => c == '“') - before.Count(c => c == '”') + before.Count(c => c == '"') % 2 > 0;
    }

    internal static bool StartsWithQuote(string text, int at) => at < text.Length && "“\"«‘'".Contains(text[at]);

    internal static bool StartsWithPronoun(List<Token> toks) => toks.Count > 0 && toks[0].Folded is "it" or "they" or "he" or "she" or "which" or "though";

    internal static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an" };

    /// <summary>Punctuation between two words that ends a noun phrase (a possessive apostrophe does not).</summary>
    internal static bool Breaks(string text, Token a, Token b) =>
        b.Start - a.End > 3 || text.AsSpan(a.End, b.Start - a.End).IndexOfAny(",;:()[]\"“”«»—–\n") >= 0;

    internal static EntityMention? MentionAt(IReadOnlyList<EntityMention> mentions, Token t) =>
        mentions.FirstOrDefault(m => m.Start <= t.Start && t.End <= m.End);

    internal static bool IsDateWord(string word) => DateWords.Any(d => string.Equals(d, word, StringComparison.OrdinalIgnoreCase));

    internal static List<string> StatesInOrder(IEnumerable<EntityMention> mentions)
    {
        var states = new List<string>();
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            var code = m.Entry.Kind switch
            {
                EntryKind.State => m.Entry.Key,
                EntryKind.Person or EntryKind.ArmedGroup => m.Entry.Country,
                EntryKind.Place => m.Entry.Country,
                _ => null,
            };
            if (code is not null && !states.Contains(code)) states.Add(code);
        }
        return states;
    }
}
