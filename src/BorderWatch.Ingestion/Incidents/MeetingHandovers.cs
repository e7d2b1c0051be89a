using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// People or animals handed back at a meeting, or under an agreement, told in the same sentence are part of that meeting or
/// agreement, no record of their own (issue 8, precision46): "Border officials of the two sides met at the crossing on
/// Tuesday, and the climber was handed over to the Kazakh side there", "The commanders agreed that the four hunters would
/// be returned on Friday". The golds record a hand-back as part of the crossing it ends and the meeting at which it
/// happens as the meeting (fresh13, fresh17, fresh19, fresh35, fresh36: one record for "met ... and the men were handed
/// back"; fresh24, fresh35, fresh36: the agreement for "agreed that ... would be handed back").
/// <para>A clause of the sentence whose verb is a handover verb (<c>Lexicon/syntax.json</c> handoverVerbs: hand, return,
/// repatriate, transfer) hung, through conjunct, complement, adverbial or relative clauses, under the event word of another
/// clause of the sentence typed diplomatic-meeting or agreement (not denied), and whose every theme (object or passive
/// subject) is people or animals (retyping.json peopleNouns, WordNet's troops and organism classes, a personal pronoun or a
/// bare number: "all eleven") is dropped. A handover of weapons or equipment at a meeting stays an arms transfer ("the
/// delegation met ..., and four patrol boats were handed over"), a note handed over stays what it is, and a clause with no
/// meeting or agreement beside it (a hand-back told alone) is left to the other rules.</para>
/// </summary>
internal sealed class MeetingHandovers(ClauseSyntax syntax, RetypingLexicon words)
{
    // How many steps up the tree from the handover verb the meeting's or agreement's event word may be.
    private const int Steps = 4;
    private static readonly HashSet<string> Linking = ["conj", "ccomp", "advcl", "acl", "parataxis", "xcomp"];
    private static readonly HashSet<string> LivingClasses = ["troops", "organism"];
    private static readonly HashSet<string> PersonalPronouns = ["they", "them", "he", "him", "she", "her"];

    internal void Apply(ParsedSentence parse, List<Clause> spans)
    {
        if (spans.Count < 2) return;
        // (A clause typed a meeting by its hand-back alone, "and the camels were handed back", settles nothing.)
        var settling = spans.Where(s => s.Type is IncidentType.DiplomaticMeeting or IncidentType.Agreement && !s.Denial)
            .Select(s => (Span: s, Word: ParsedClauseRules.TriggerIn(parse, s)))
            .Where(x => x.Word is not null && !Handover(x.Word)).ToList();
        if (settling.Count == 0) return;
        spans.RemoveAll(s => !s.Denial && settling.All(x => !ReferenceEquals(x.Span, s)) &&
                             HandsBackUnder(parse, s, settling.Select(x => x.Word!.Index).ToHashSet()));
    }

    private bool HandsBackUnder(ParsedSentence parse, Clause span, HashSet<int> settlingWords)
    {
        foreach (var verb in ClauseSyntax.Within(parse, span.Start, span.End).Where(t => t.Upos == Upos.VERB && !settlingWords.Contains(t.Index)))
        {
            if (!Handover(verb) || !Linked(parse, verb, settlingWords)) continue;
            // (People among the themes and no materiel first: "the three workers and the bulldozer" are people handed back,
            // "two trucks and their drivers" materiel; the parser may read the meeting's subject as a second theme.)
            var themes = parse.Dependents(verb.Index).Where(d => d.Relation is "obj" or "nsubj:pass").ToList();
            if (themes.Count > 0 && themes.Any(t => Living(parse, t)) && !syntax.NounClasses(parse, themes[0]).Contains("materiel")) return true;
        }
        return false;
    }

    private bool Handover(ParsedToken verb) => verb.Upos == Upos.VERB && syntax.VerbReadings(verb).Any(syntax.Words.HandoverVerbs.Contains);

    // The verb hangs a few clause links below one of the meeting's or agreement's event words ("met ..., and the men were
    // handed back", "agreed that the men would be handed back"), or that word below it (the parser may make "met" a
    // clause on "officials" under the hand-back).
    private static bool Linked(ParsedSentence parse, ParsedToken verb, HashSet<int> settlingWords) =>
        Ancestors(parse, verb).Any(a => settlingWords.Contains(a.Index)) ||
        settlingWords.Any(w => Ancestors(parse, parse.Tokens[w]).Any(a => a.Index == verb.Index));

    // The heads above a word, up to a few links: clause links ("conj", "ccomp", "advcl", a clause on a noun), and from a
    // noun a clause was hung on to the verb it is subject or object of.
    private static IEnumerable<ParsedToken> Ancestors(ParsedSentence parse, ParsedToken word)
    {
        var t = word;
        for (var i = 0; i < Steps && t.Head >= 0; i++)
        {
            var throughNoun = i > 0 && t.Upos == Upos.NOUN && t.BaseRelation is "nsubj" or "obj";
            if (!Linking.Contains(t.BaseRelation) && !throughNoun) yield break;
            t = parse.Tokens[t.Head];
            yield return t;
        }
    }

    // People or animals: a people noun, a noun of WordNet's troops or organism classes, a personal pronoun, or a bare number
    // or quantifier ("all eleven", "both"). Conjuncts are not asked ("the three workers and their bulldozer").
    private bool Living(ParsedSentence parse, ParsedToken theme) => theme.Upos switch
    {
        Upos.NOUN => words.PeopleNouns.Contains(ClauseSyntax.Lemma(theme)) || syntax.NounClasses(parse, theme).Any(LivingClasses.Contains),
        Upos.PRON => PersonalPronouns.Contains(ClauseSyntax.Lemma(theme)),
        Upos.NUM or Upos.DET => !parse.Dependents(theme.Index).Any(d => d.Upos == Upos.NOUN),
        _ => false,
    };
}
