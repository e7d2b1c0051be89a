using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Whether an article is about border security at all, by who takes part in it: states' forces, border guards, armed
/// groups, officials, people crossing (context.json securityActors), a person, organisation or armed group of the
/// gazetteer, or a state acting under its own name or its capital's. A sports page whose team "crossed the border" by bus and whose federations "signed a memorandum" names
/// none of them and reports no incident, whatever its verbs.
/// A long article (ten sentences or more) needs such a participant in two sentences: one passing word ("the way an army occupies a hill" in
/// an art review) does not make it a security story. A state acts when the parse makes it the subject or object of a
/// clause ("Tajikistan closed the road"), not when it is where someone comes from or where something happens
/// ("photographers from Uzbekistan", "met in Bishkek", "an Almaty photographer").
/// </summary>
internal sealed class ArticleRelevance(Lexicon lexicon, ISentenceParser parser)
{
    /// <summary>Below this many sentences a text is too short to tell its topic by who takes part: a brief item stays in.</summary>
    internal const int MinSentences = 4;

    /// <summary>From this many sentences on, an article must name a security participant in two of them, not one.</summary>
    internal const int LongArticle = 10;

    /// <param name="parses">Where sentences are parsed (the article's kept parses); null: the parser given.</param>
    internal bool Relevant(AnalysisInput input, List<Token> tokens, IReadOnlyList<EntityMention> mentions, ISentenceParser? parses = null)
    {
        // (A script's cues, stings and slugs are no sentences of its prose: only the presenter's lines count.)
        var prose = input.Sentences.Count(s => Cleaning.ScriptCues.IsProse(s.Text));
        if (prose < MinSentences) return true;
        var needed = prose >= LongArticle ? 2 : 1;
        var found = 0;
        foreach (var s in input.Sentences)
            if (NamesParticipant(input.Text, s, tokens, mentions, parses) && ++found >= needed) return true;
        return false;
    }

    /// <summary>The sentence names a security participant: a person, organisation or armed group of the gazetteer, a
    /// security word, or a state acting under its own name or its capital's (the sentence is parsed only for that).</summary>
    internal bool NamesParticipant(string text, Sentence s, List<Token> tokens, IReadOnlyList<EntityMention> mentions, ISentenceParser? parses = null)
    {
        var here = MentionsIn(mentions, s.Start, s.End);
        var words = Slice(tokens, s.Start, s.End);
        if (here.Any(m => m.Entry.Kind is EntryKind.Person or EntryKind.Organization or EntryKind.ArmedGroup) ||
            SecurityWords(words)) return true;
        var states = here.Where(m => StateNamed(text, m)).ToList();
        var plural = lexicon.PluralForces.Matches(words.Select(t => t with { Original = t.Folded }).ToList());
        if (states.Count == 0 && plural.Count == 0) return false;
        var parse = (parses ?? parser).Parse(text, s.Start, s.End);
        return states.Any(m => StateActing(parse, m)) || plural.Any(m => !OnlyAsked(parse, words[m.Last]));
    }

    /// <summary>"organisers have asked both border services to open extra lanes": a force named only as the object of a verb
    /// is asked, it takes no part (status32); "the Osh and Andijan offices of the border services" do.</summary>
    private static bool OnlyAsked(ParsedSentence parse, Token word) =>
        parse.Tokens.LastOrDefault(t => t.Start >= word.Start && t.End <= word.End) is { BaseRelation: "obj" or "iobj" };

    // (Written with a capital or not: "the Foreign Ministry", "the ministry". A border's own force, "border units", "the
    // border department", counts as well: context.json borderForces.)
    private bool SecurityWords(List<Token> tokens)
    {
        var folded = tokens.Select(t => t with { Original = t.Folded }).ToList();
        return lexicon.SecurityActors.Matches(folded).Any(m => !Measure(folded, m)) || lexicon.BorderForces.Matches(folded).Count > 0;
    }

    /// <summary>"a small army of ushers", "an army of volunteers": a security word that is a collective measure noun
    /// (context.json securityMeasures) counts the people after it, no force; the people counted are the participants (a
    /// security word themselves or not). "a platoon of reservists" is a force.</summary>
    internal bool Measure(List<Token> tokens, PhraseMatch m) =>
        lexicon.SecurityMeasures.Matches(tokens).Any(x => x.First <= m.First && m.Last <= x.Last);

    /// <summary>
    /// A state named as itself or by its capital, not as where someone comes from ("Uzbekistan's teenagers", "a
    /// Turkmen grandmaster") nor as a label in parentheses ("(UZB)").
    /// </summary>
    private static bool StateNamed(string text, EntityMention m) =>
        m.Entry.Kind == EntryKind.State && m.Match is MatchKind.Name or MatchKind.CapitalMetonym &&
        !((m.End < text.Length && text[m.End] is '\'' or '’') || (m.Start > 0 && text[m.Start - 1] == '('));

    /// <summary>
    /// The state is a party of a clause: its subject or object, or joined to one ("Tajikistan and Kyrgyzstan signed ...").
    /// A capital acts only as a subject ("Dushanbe dismissed ..."), not in a name, a dateline or a heading.
    /// </summary>
    private static bool StateActing(ParsedSentence parse, EntityMention m)
    {
        var token = parse.Tokens.LastOrDefault(t => t.Start >= m.Start && t.End <= m.End);
        if (token is null) return false;
        while (token.BaseRelation == "conj" && token.Head >= 0) token = parse.Tokens[token.Head];
        return m.Match == MatchKind.CapitalMetonym
            ? token.BaseRelation == "nsubj"
            : token.BaseRelation is "nsubj" or "obj" or "iobj";
    }
}
