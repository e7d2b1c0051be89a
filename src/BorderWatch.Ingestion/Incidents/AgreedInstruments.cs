using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An agreement told by what its instrument does rather than by an agreement verb (issue 8, para46; words in
/// <c>Lexicon/instrument-frames.json</c>):
/// <list type="bullet">
/// <item>an instrument (a protocol, a memorandum, an arrangement, a treaty) as the active subject of a provision verb that
/// gives a party something or binds it to an act ("Monday's protocol gives Kazakh herders the use of the wells", "A
/// memorandum commits both services to joint patrols"): an object and a second complement (an indirect object, a
/// to-phrase or an infinitive), so not "The protocol gives details of the agenda";</item>
/// <item>an instrument renewed, extended or prolonged ("Bishkek and Astana have extended the arrangement for five
/// years").</item>
/// </list>
/// The verb must stand on the sentence's main line (the root, or a clause a speech verb reports: mainRelations), so "under
/// the protocol that allows guards to pursue, guards chased smugglers" stays the chase. The clause holding the verb becomes
/// the agreement; with no clause there, or only statements, the sentence becomes one.
/// </summary>
internal sealed class AgreedInstruments(InstrumentFrameLexicon words)
{
    internal void Apply(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, List<Clause> spans)
    {
        if (spans.Any(s => s.Type == IncidentType.Agreement) || Verb(parse) is not { } verb) return;
        var holding = spans.FirstOrDefault(s => s.Start <= verb.Start && verb.Start < s.End);
        if (holding is null && spans.Any(s => s.Type is { } t && t != IncidentType.Statement)) return;
        if (holding is null)
        {
            if (WholeSentence(allTokens, allMentions, sentence) is not { } whole) return;
            spans.Clear();
            spans.Add(holding = whole);
        }
        holding.Type = IncidentType.Agreement;
        holding.WeakTrigger = false;
        holding.TriggerToken = Math.Max(0, holding.Tokens.FindIndex(t => t.Start == verb.Start));
    }

    /// <summary>The provision or renewal verb of an instrument on the sentence's main line, if any.</summary>
    internal ParsedToken? Verb(ParsedSentence parse)
    {
        foreach (var noun in parse.Tokens.Where(t => t.Upos == Upos.NOUN && words.InstrumentNouns.Contains(ClauseSyntax.Lemma(t)) && t.Head >= 0))
        {
            var verb = parse.Tokens[noun.Head];
            if (verb.Upos != Upos.VERB || !MainLine(parse, verb)) continue;
            var lemma = ClauseSyntax.Lemma(verb);
            if (noun.Relation == "nsubj" && words.ProvisionVerbs.Contains(lemma) && Provides(parse, verb)) return verb;
            if (noun.Relation is "obj" or "nsubj:pass" && words.RenewalVerbs.Contains(lemma)) return verb;
        }
        // (The parser may lose an object set off by an aside: "renewed, for another ten years, the arrangement under which
        // ...". A renewal verb with no object of its own takes the first instrument after it, no verb between.)
        foreach (var verb in parse.Tokens.Where(t => t.Upos == Upos.VERB && words.RenewalVerbs.Contains(ClauseSyntax.Lemma(t)) && MainLine(parse, t)))
        {
            if (parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj")) continue;
            var after = parse.Tokens.Skip(verb.Index + 1).TakeWhile(t => t.Upos is not (Upos.VERB or Upos.AUX)).Take(10);
            if (after.Any(t => t.Upos == Upos.NOUN && words.InstrumentNouns.Contains(ClauseSyntax.Lemma(t)))) return verb;
        }
        return null;
    }

    /// <summary>"gives Kazakh herders the use", "commits both services to patrols", "allows guards to pursue": something
    /// given to or asked of a party (an object and a second complement).</summary>
    private static bool Provides(ParsedSentence parse, ParsedToken verb)
    {
        var ds = parse.Dependents(verb.Index);
        var objects = ds.Count(d => d.BaseRelation is "obj" or "iobj");
        return objects >= 2 || objects == 1 && ds.Any(d => d.BaseRelation is "iobj" or "xcomp" ||
                                                          d.BaseRelation == "obl" && parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && ClauseSyntax.Lemma(c) == "to"));
    }

    private bool MainLine(ParsedSentence parse, ParsedToken verb)
    {
        for (var (cur, steps) = (verb, 0); steps < parse.Tokens.Count; cur = parse.Tokens[cur.Head], steps++)
        {
            if (!words.MainRelations.Contains(cur.Relation)) return false;
            if (cur.Head < 0) return true;
        }
        return false;
    }
}
