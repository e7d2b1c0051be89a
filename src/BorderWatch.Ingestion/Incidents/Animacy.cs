using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An incident's agent must be able to act: a state, an organisation, an armed group, a person or a human collective.
/// A clause whose event predicate has as its agent a noun of a non-agent class (syntax.json <c>nonAgentClasses</c>:
/// animals from WordNet's animal.n.1, weather and natural forces from its atmospheric and geological phenomena),
/// directly or through a collective or quantity ("swarms of locusts", "a flock of sheep", "a pair of snow leopards"),
/// reports no incident: "Swarms of locusts crossed the river", "a cold front swept across the border".
/// <para>
/// The agent is looked for where a greedy parser of news text may put it: the predicate's subject (through a
/// coordinated or complement verb), the noun a participle or a misread finite verb hangs on ("yaks crossing the pass",
/// "leopards crossed"), and the first noun phrase of the clause before the predicate, after a reporting verb ("rangers
/// say a lynx wearing a collar crossed ..."). A name the gazetteer knows (a state, an organisation, a person, an armed
/// group) or a thing of the domain's lists ("drones") among them is always an agent.
/// </para>
/// </summary>
internal sealed class Animacy(ClauseSyntax syntax)
{
    /// <summary>
    /// Drops the clauses whose event has a non-human agent. When that event only sets the scene of another act ("guards
    /// wounded a herder after his sheep strayed across"), the clause is that act's, typed by its predicate.
    /// </summary>
    internal void Apply(ParsedSentence parse, List<Clause> spans)
    {
        foreach (var span in spans.ToList())
        {
            if (!NonHumanAgent(parse, span)) continue;
            var trigger = ParsedClauseRules.TriggerIn(parse, span)!;
            // The nearest verb above the animal's act ("wounded ... after a flock of his sheep strayed across"; the parser
            // may hang "strayed" on "sheep"). (The clause splitter may have cut "after ..." off: the act is then told in
            // the clause before.)
            // (Not when the verb above is the animal's own act as well: "stray camels wandered across the border and crossed ...".)
            if (VerbAbove(parse, trigger) is { } main && !(SubjectOf(parse, main) is { } actor && Phrase(parse, actor).Any(n => NonAgent(parse, n))) &&
                syntax.Read(parse, main) is { Type: { } type } read && read.Role is PredicateRole.Event or PredicateRole.Aftermath)
            {
                span.Type = type;
                if (ClauseSyntax.Inside(main, span.Start, span.End)) span.TriggerToken = span.Tokens.FindIndex(t => t.Start == main.Start);
                continue;
            }
            spans.Remove(span);
        }
    }

    private static ParsedToken? VerbAbove(ParsedSentence parse, ParsedToken token)
    {
        for (var step = 0; step < 4 && token.Head >= 0; step++)
        {
            token = parse.Tokens[token.Head];
            if (token.Upos == Upos.VERB) return token;
        }
        return null;
    }

    internal bool NonHumanAgent(ParsedSentence parse, Clause span)
    {
        if (span.Type is null or IncidentType.Statement || span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return false;
        var trigger = span.Tokens[span.TriggerToken];
        if (NonAgentCompoundBefore(span.Tokens, span.TriggerToken)) return true;
        if (parse.Tokens.FirstOrDefault(t => t.Start == trigger.Start) is not { Upos: Upos.VERB } predicate) return false;
        var candidates = Candidates(parse, predicate, span.Start).Distinct().ToList();
        if (candidates.Count == 0) return false;
        if (candidates.Any(c => Agent(parse, c, span))) return false;
        return candidates.Any(c => Phrase(parse, c).Any(n => NonAgent(parse, n)));
    }

    /// <summary>
    /// "a cold front crossing from ...": the two words just before the event word are a multi-word noun of a non-agent
    /// class (WordNet's "cold front", "warm front"), whatever tags the parser gave them (it may read "front" as an
    /// adjective and the event word as a noun). Only a class the two words have together counts, not the last word's own.
    /// </summary>
    private bool NonAgentCompoundBefore(List<Token> tokens, int trigger)
    {
        if (trigger < 2) return false;
        var classes = syntax.Lexicon.Classes;
        var (first, last) = (tokens[trigger - 2].Folded, tokens[trigger - 1].Folded);
        return classes.NounLemmas(last).Prepend(last).Distinct()
            .Any(l => classes.NounClasses(l, [first]).Except(classes.NounClasses(l)).Any(syntax.Words.NonAgentClasses.Contains));
    }

    private IEnumerable<ParsedToken> Candidates(ParsedSentence parse, ParsedToken predicate, int clauseStart)
    {
        if (SubjectOf(parse, predicate) is { } subject) yield return subject;
        // "three yaks crossing the pass", "snow leopards crossed the border" read as a clause on the noun.
        if (predicate.BaseRelation == "acl" && predicate.Head >= 0 && parse.Tokens[predicate.Head] is { Upos: Upos.NOUN } described &&
            (predicate.Xpos == "VBG" || parse.Dependents(predicate.Index).Any(d => d.BaseRelation == "obj" || d.Relation == "obl" && ClauseSyntax.CaseOf(parse, d) is "into" or "across" or "over" or "onto")))
            yield return described;
        if (FirstNounPhrase(parse, predicate, clauseStart) is { } first) yield return first;
    }

    /// <summary>The head of the first noun phrase before the predicate that is no prepositional phrase, after the last reporting verb.</summary>
    private ParsedToken? FirstNounPhrase(ParsedSentence parse, ParsedToken predicate, int clauseStart)
    {
        var window = parse.Tokens.Where(t => t.Start >= clauseStart && t.Index < predicate.Index).ToList();
        var report = window.LastOrDefault(t => t.Upos == Upos.VERB && syntax.Read(parse, t).Role == PredicateRole.Report);
        if (report is not null) window = window.Where(t => t.Index > report.Index).ToList();
        var inPrepositionalPhrase = false;
        for (var i = 0; i < window.Count; i++)
        {
            var t = window[i];
            if (t.Upos == Upos.ADP || t.Upos == Upos.SCONJ) { inPrepositionalPhrase = true; continue; }
            if (t.Upos is Upos.PUNCT or Upos.VERB or Upos.AUX) { inPrepositionalPhrase = false; continue; }
            if (t.Upos is not (Upos.NOUN or Upos.PROPN)) continue;
            // The phrase's head is its last noun ("snow leopards", "a Tajik village").
            var last = i;
            while (last + 1 < window.Count && window[last + 1].Upos is Upos.NOUN or Upos.PROPN) last++;
            if (!inPrepositionalPhrase) return window[last];
            i = last;
            inPrepositionalPhrase = false;
        }
        return null;
    }

    /// <summary>A noun and, for a collective or quantity, what it is of ("a herd of horses"); not "smugglers with horses".</summary>
    private static IEnumerable<ParsedToken> Phrase(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).Where(d => d.BaseRelation == "nmod" && d.Upos == Upos.NOUN && ClauseSyntax.CaseOf(parse, d) == "of").Prepend(head)
            .Where(n => n.Upos == Upos.NOUN);

    private bool Agent(ParsedSentence parse, ParsedToken head, Clause span)
    {
        var phrase = ParsedClauseRules.Subtree(parse, head).Where(t => t.Index <= head.Index || (t.Upos == Upos.NOUN && ClauseSyntax.CaseOf(parse, t) == "of")).ToList();
        var (start, end) = (phrase.Min(t => t.Start), phrase.Max(t => t.End));
        // "the Taliban", "Kyrgyz herders"; not "Uzbek cows", whose head is an animal.
        var named = span.SentenceMentions.Where(m => m.Entry.Kind != EntryKind.Place && m.Start < end && start < m.End && m.Start <= head.Start).ToList();
        if (named.Any(m => m.End >= head.End) || (named.Count > 0 && !Phrase(parse, head).Any(n => NonAgent(parse, n)))) return true;
        // "Drones watched the border": a thing of the domain's lists is no animal, whatever WordNet's first sense.
        var tokens = span.SentenceTokens.Where(t => t.Start >= start && t.End <= head.End).ToList();
        return syntax.Lexicon.WeakTriggers.Any(w => w.Phrases.Matches(tokens).Count > 0);
    }

    // ("a cold front": WordNet's weather word, whose first word the parser may read as an adjective.)
    private bool NonAgent(ParsedSentence parse, ParsedToken noun) => syntax.NounClasses(parse, noun, adjectives: true).Any(syntax.Words.NonAgentClasses.Contains);

    /// <summary>The predicate's subject; a verb coordinated with another ("crossed the river and attacked the fields") or
    /// the complement of one ("began to attack") shares its subject.</summary>
    private static ParsedToken? SubjectOf(ParsedSentence parse, ParsedToken predicate)
    {
        for (var step = 0; step < 3; step++)
        {
            if (parse.Dependents(predicate.Index).FirstOrDefault(d => d.Relation == "nsubj") is { } subject) return subject;
            if (predicate.BaseRelation is not ("conj" or "xcomp") || predicate.Head < 0) return null;
            predicate = parse.Tokens[predicate.Head];
        }
        return null;
    }
}
