using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Token, mention and punctuation helpers shared by the detection units.</summary>
internal static class ClauseText
{
    internal static List<Token> Slice(List<Token> tokens, int start, int end) =>
        tokens.Where(t => t.Start >= start && t.End <= end).ToList();

    internal static List<EntityMention> MentionsIn(IReadOnlyList<EntityMention> mentions, int start, int end) =>
        mentions.Where(m => m.Start >= start && m.End <= end).ToList();

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
