using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Whether an article is about border security at all, by who takes part in it: states' forces, border guards, armed
/// groups, officials, people crossing (context.json securityActors), a person, organisation or armed group of the
/// gazetteer, or a state acting under its own name or its capital's. A sports page whose team "crossed the border" by bus and whose federations "signed a memorandum" names
/// none of them and reports no incident, whatever its verbs.
/// </summary>
internal sealed class ArticleRelevance(Lexicon lexicon)
{
    /// <summary>Below this many sentences a text is too short to tell its topic by who takes part: a brief item stays in.</summary>
    internal const int MinSentences = 4;

    internal bool AboutSecurity(string text, List<Token> tokens, IReadOnlyList<EntityMention> mentions) =>
        mentions.Any(m => m.Entry.Kind is EntryKind.Person or EntryKind.Organization or EntryKind.ArmedGroup || StateActing(text, m)) ||
        // (Written with a capital or not: "the Foreign Ministry", "the ministry".)
        lexicon.SecurityActors.Matches(tokens.Select(t => t with { Original = t.Folded }).ToList()).Count > 0;

    internal bool Relevant(AnalysisInput input, List<Token> tokens, IReadOnlyList<EntityMention> mentions) =>
        input.Sentences.Count < MinSentences || AboutSecurity(input.Text, tokens, mentions);

    /// <summary>
    /// A state named as itself ("Russia intends to ...", "Dushanbe dismissed ..."), not as where someone comes from
    /// ("Uzbekistan's teenagers", "a Turkmen grandmaster") nor as a label in parentheses ("(UZB)").
    /// </summary>
    private static bool StateActing(string text, EntityMention m)
    {
        if (m.Entry.Kind != EntryKind.State || m.Match is not (MatchKind.Name or MatchKind.CapitalMetonym)) return false;
        if ((m.End < text.Length && text[m.End] is '\'' or '’') || (m.Start > 0 && text[m.Start - 1] == '(')) return false;
        // A capital stands for its state when it does something ("Dushanbe dismissed ..."), not in a name, a dateline
        // or a heading ("the Almaty Open", "ALMATY -").
        if (m.Match == MatchKind.CapitalMetonym)
        {
            var next = m.End;
            while (next < text.Length && text[next] == ' ') next++;
            return next > m.End && next < text.Length && char.IsLower(text[next]);
        }
        return true;
    }
}
