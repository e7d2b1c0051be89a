using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A party's position or estimate told without a speech word (issue 8, para46; words in
/// <c>Lexicon/instrument-frames.json</c>):
/// <list type="bullet">
/// <item>a position noun owned by a party, "be" and a that-clause ("The Kazakh ministry's position on Monday was that no
/// herder had crossed"): the party's statement (a denial, a blame, a policy), whatever the clause names;</item>
/// <item>an estimate: a verb of estimating whose object is a likelihood set "at" a value ("Experts put the risk of
/// smugglers switching to the mountain route at high"): a threat assessment, not the event it weighs.</item>
/// </list>
/// Only a sentence in which no statement was found is read; the sentence becomes one statement.
/// </summary>
internal sealed class PositionFrames(InstrumentFrameLexicon words)
{
    internal void Apply(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, List<Clause> spans)
    {
        if (spans.Any(s => s.Type == IncidentType.Statement)) return;
        if ((Position(parse) ?? Estimate(parse)) is not { } head) return;
        if (WholeSentence(allTokens, allMentions, sentence) is not { } whole) return;
        whole.Type = IncidentType.Statement;
        whole.TriggerToken = Math.Max(0, whole.Tokens.FindIndex(t => t.Start == head.Start));
        whole.Declared = true;
        spans.Clear();
        spans.Add(whole);
    }

    /// <summary>"The ministry's line on Wednesday was that ...": an owned position noun as a subject, then "be" (no verb
    /// between) and "that".</summary>
    internal ParsedToken? Position(ParsedSentence parse)
    {
        var all = parse.Tokens;
        foreach (var noun in all.Where(t => t.Upos == Upos.NOUN && t.BaseRelation == "nsubj" && words.PositionNouns.Contains(ClauseSyntax.Lemma(t))))
        {
            // Owned: a possessive in its phrase ("the ministry's line", "its position").
            if (!parse.Dependents(noun.Index).Any(d => d.Relation == "nmod:poss")) continue;
            var be = all.Skip(noun.Index + 1).TakeWhile(t => t.Upos is not (Upos.VERB or Upos.PUNCT) && ClauseSyntax.Lemma(t) != "be").Count() + noun.Index + 1;
            if (be + 1 >= all.Count || ClauseSyntax.Lemma(all[be]) != "be") continue;
            if (all[be + 1] is { Upos: Upos.SCONJ } that && ClauseSyntax.Lemma(that) == "that") return noun;
        }
        return null;
    }

    /// <summary>"put the chance of X at 'low but real'": an estimate verb whose object is a likelihood, and "at" after it
    /// before any comma.</summary>
    internal ParsedToken? Estimate(ParsedSentence parse)
    {
        var all = parse.Tokens;
        foreach (var noun in all.Where(t => t.Upos == Upos.NOUN && t.BaseRelation == "obj" && words.LikelihoodNouns.Contains(ClauseSyntax.Lemma(t)) && t.Head >= 0))
        {
            var verb = all[noun.Head];
            if (verb.Upos != Upos.VERB || !words.EstimateVerbs.Contains(ClauseSyntax.Lemma(verb))) continue;
            if (all.Skip(noun.Index + 1).TakeWhile(t => t.Form is not ("," or ";")).Any(t => t.Upos == Upos.ADP && ClauseSyntax.Lemma(t) == "at")) return verb;
        }
        return null;
    }
}
