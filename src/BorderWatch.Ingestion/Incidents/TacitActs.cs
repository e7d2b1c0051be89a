using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Typed acts told without an event word, read from the parse with WordNet's noun classes (issue 8, para47; words in
/// <c>Lexicon/tacit-frames.json</c>):
/// <list type="bullet">
/// <item>the presence of troops, or a place filled with them ("the sudden presence of two infantry companies", "filled
/// the warehouses with soldiers"): a deployment; "the presence of tourists", "filled the market with melons" are none;</item>
/// <item>equipment paid or signed for ("paid a plant for forty jammers", "signed for nine boats"): an arms transfer;
/// "paid the driver for the trip" is none;</item>
/// <item>time spent with an official by an official or a delegation, or officials arguing over a matter: a meeting;
/// "soldiers spent the night with their families" is none;</item>
/// <item>a test of troops, or troops put through a test ("the yearly test of the frontier regiments", "will put their
/// crews through a night test"): an exercise, unless the sentence tells a clash (a real attack during a test stays
/// one); "a blood test" (another compound) is none;</item>
/// <item>bags, vehicles or papers opened or searched at a gate or crossing ("now open every bag at the gate"): a
/// patrol-surveillance check; troops going along a fence or a bank at a set frequency ("twice a day"): a patrol;</item>
/// <item>troops who "came to blows": a clash ("traders came to blows" is none); "there have been forty of us at this
/// outpost": a deployment (a count at a post).</item>
/// </list>
/// The clause holding the frame's word takes its type; with no clause there and no other act in the sentence, the
/// sentence becomes the act. Run after the trained model's fill, so the frame has the last word.
/// </summary>
internal sealed class TacitActs(TacitFrameLexicon words, Lexicon lexicon)
{
    /// <param name="habitual">Whether a clause tells a habit ("guards check the lorries once a day"): no new act then.</param>
    internal void Apply(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, List<Clause> spans,
        Func<Clause, bool> habitual)
    {
        if (Frame(parse) is not ({ } word, var type)) return;
        // ("want Brussels to pay for forty cameras", "hopes the OSCE will pay for cameras": asked for, not told.)
        if (parse.Heads(word).Any(h => words.UnrealVerbs.Contains(ClauseSyntax.Lemma(h)))) return;
        if (type == IncidentType.Exercise && spans.Any(s => s.Type == IncidentType.ArmedClash)) return;
        var holding = spans.FirstOrDefault(s => s.Start <= word.Start && word.Start < s.End);
        // ("The Parties agreed that their guards will check lorries at the crossing": what was agreed is the agreement; but
        // "signed for four armoured cars" read as an agreement by its own word is the frame's.)
        if (holding?.Type == IncidentType.Agreement && !TriggeredBy(holding, word)) return;
        if (holding is null && spans.Any(s => s.Type is { } t && t != IncidentType.Statement)) return;
        if (holding is null)
        {
            if (WholeSentence(allTokens, allMentions, sentence) is not { } whole) return;
            whole.Type = type;
            if (habitual(whole)) return;
            spans.Clear();
            spans.Add(holding = whole);
        }
        holding.Type = type;
        holding.WeakTrigger = false;
        holding.TriggerToken = Math.Max(0, holding.Tokens.FindIndex(t => t.Start == word.Start));
    }

    private static bool TriggeredBy(Clause clause, ParsedToken word) =>
        clause.TriggerToken >= 0 && clause.TriggerToken < clause.Tokens.Count && clause.Tokens[clause.TriggerToken].Start == word.Start;

    /// <summary>The first frame the sentence tells: its word and the type it stands for.</summary>
    internal (ParsedToken Word, IncidentType Type)? Frame(ParsedSentence parse)
    {
        foreach (var t in parse.Tokens)
        {
            var lemma = ClauseSyntax.Lemma(t);
            if (t.Upos == Upos.NOUN && words.PresenceNouns.Contains(lemma) && Hung(parse, t, "nmod", ["of"], Troops)) return (t, IncidentType.Deployment);
            if (t.Upos == Upos.NOUN && words.TestNouns.Contains(lemma) && Tested(parse, t)) return (t, IncidentType.Exercise);
            if (lemma == "be" && Stationed(parse, t)) return (t, IncidentType.Deployment);
            if (t.Upos is not (Upos.VERB or Upos.ADJ)) continue; // (the tagger may read "unpack" as an adjective)
            if (words.BlowsVerbs.Contains(lemma) && Blows(parse, t) && Subjects(parse, t).Any(Troops))
                return (t, IncidentType.ArmedClash);
            if (words.RouteVerbs.Contains(lemma) && Subjects(parse, t).Any(Troops) && Routine(parse, t)) return (t, IncidentType.PatrolSurveillance);
            if (words.FillVerbs.Contains(lemma) && Attached(parse, t, ["with"], Troops)) return (t, IncidentType.Deployment);
            if (words.PurchaseVerbs.Contains(lemma) && Attached(parse, t, ["for"], n => Classes(n).Any(words.EquipmentClasses.Contains) && !Troops(n)))
                return (t, IncidentType.ArmsTransfer);
            if (words.CompanyVerbs.Contains(lemma) && Attached(parse, t, ["with"], Office) && Subjects(parse, t).Any(Office)) return (t, IncidentType.DiplomaticMeeting);
            if (words.DisputeVerbs.Contains(lemma) && Hung(parse, t, "obl", words.DisputeCases, _ => true) && Subjects(parse, t).Any(Office))
                return (t, IncidentType.DiplomaticMeeting);
            if (words.InspectVerbs.Contains(lemma) && parse.Dependents(t.Index).Any(d => d.BaseRelation == "obj" && words.InspectObjects.Contains(ClauseSyntax.Lemma(d))) &&
                Attached(parse, t, ["at"], n => words.CheckPlaces.Contains(ClauseSyntax.Lemma(n)) ||
                                                 parse.Dependents(n.Index).Any(c => c.BaseRelation == "compound" && words.CheckPlaces.Contains(ClauseSyntax.Lemma(c)))))
                return (t, IncidentType.PatrolSurveillance);
        }
        return null;
    }

    /// <summary>"the yearly test of the regiments", "the regiments' test", "put their crews through a night test" (the
    /// troops as the putter or the put): a test of troops, with no compound but a test modifier.</summary>
    private bool Tested(ParsedSentence parse, ParsedToken test)
    {
        var modifiers = parse.Dependents(test.Index).ToList();
        if (modifiers.Any(d => d.BaseRelation == "compound" && !words.TestModifiers.Contains(ClauseSyntax.Lemma(d)))) return false;
        // ("The live test of a new battery": equipment tried out, para46's rule.)
        if (modifiers.Any(d => d.BaseRelation is "amod" or "compound" && words.EquipmentTrials.Contains(ClauseSyntax.Lemma(d)))) return false;
        if (Hung(parse, test, "nmod", ["of"], Troops) || parse.Dependents(test.Index).Any(d => d.Relation == "nmod:poss" && Troops(d))) return true;
        if (test.BaseRelation != "obl" || test.Head < 0 || !parse.Dependents(test.Index).Any(c => c.BaseRelation == "case" && ClauseSyntax.Lemma(c) == "through")) return false;
        var verb = parse.Tokens[test.Head];
        return parse.Dependents(verb.Index).Any(d => d.BaseRelation is "obj" or "nsubj" && Troops(d));
    }

    /// <summary>"there have been forty of us at this outpost": "there" + "be", a count or troops as the subject, a post as
    /// the place.</summary>
    private bool Stationed(ParsedSentence parse, ParsedToken be)
    {
        var ds = parse.Dependents(be.Index).ToList();
        if (!ds.Any(d => d.BaseRelation == "expl")) return false;
        // ("sixty of us": the parser may tag the number a noun.)
        if (!ds.Any(d => d.BaseRelation == "nsubj" && (d.Upos == Upos.NUM || Troops(d) || parse.Dependents(d.Index).Any(c => c.BaseRelation == "nmod" && c.Upos == Upos.PRON))))
            return false;
        bool Post(ParsedToken n) => Classes(n).Any(words.StationClasses.Contains);
        // (The parser may hang the place on the count: "sixty of us at the outpost".)
        return Hung(parse, be, "obl", ["at", "in"], Post) || ds.Any(d => d.BaseRelation == "nsubj" && Hung(parse, d, "nmod", ["at", "in"], Post));
    }

    /// <summary>"have driven a tracked vehicle along their side of the fence twice a day": a route along a line (or a side of
    /// one), with a frequency after the verb in its clause.</summary>
    private bool Routine(ParsedSentence parse, ParsedToken verb)
    {
        bool Line(ParsedToken n) => words.LineWords.Contains(ClauseSyntax.Lemma(n)) ||
                                    parse.Dependents(n.Index).Any(c => c.BaseRelation == "nmod" && words.LineWords.Contains(ClauseSyntax.Lemma(c)));
        return Hung(parse, verb, "obl", ["along"], Line) &&
               parse.Tokens.Skip(verb.Index + 1).TakeWhile(t => t.Form is not ("," or ";")).Any(t => words.FrequencyWords.Contains(ClauseSyntax.Lemma(t)));
    }

    /// <summary>"came to blows" (the parser may read "blows" as a verb under "to").</summary>
    private bool Blows(ParsedSentence parse, ParsedToken verb) =>
        Hung(parse, verb, "obl", ["to"], n => words.BlowsNouns.Contains(ClauseSyntax.Lemma(n))) ||
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "xcomp" && words.BlowsNouns.Contains(ClauseSyntax.Lemma(d)) &&
                                              parse.Dependents(d.Index).Any(m => m.BaseRelation == "mark" && ClauseSyntax.Lemma(m) == "to"));

    /// <summary>A phrase marked by one of <paramref name="cases"/> on the verb, or on its object or oblique (where the
    /// parser often hangs it: "paid a plant for forty jammers", "filled the warehouses on the river with soldiers").</summary>
    private static bool Attached(ParsedSentence parse, ParsedToken verb, IReadOnlyCollection<string> cases, Func<ParsedToken, bool> fits) =>
        Hung(parse, verb, "obl", cases, fits) ||
        parse.Dependents(verb.Index).Any(d => d.BaseRelation is "obj" or "obl" && Hung(parse, d, "nmod", cases, fits));

    /// <summary>A dependent of <paramref name="head"/> by <paramref name="relation"/>, marked by one of
    /// <paramref name="cases"/>, that (or a word coordinated with it) passes <paramref name="fits"/>.</summary>
    private static bool Hung(ParsedSentence parse, ParsedToken head, string relation, IReadOnlyCollection<string> cases, Func<ParsedToken, bool> fits) =>
        parse.Dependents(head.Index).Any(d => d.BaseRelation == relation && d.Upos is Upos.NOUN or Upos.PROPN &&
                                              parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && cases.Contains(ClauseSyntax.Lemma(c))) &&
                                              (fits(d) || parse.Dependents(d.Index).Any(c => c.BaseRelation == "conj" && fits(c))));

    private static IEnumerable<ParsedToken> Subjects(ParsedSentence parse, ParsedToken verb)
    {
        // ("The deputy ministers haggled over ...": the parser may hang the verb on its subject as a clause of the noun.)
        if (verb.Relation == "acl" && verb.Head >= 0) yield return parse.Tokens[verb.Head];
        foreach (var s in parse.Dependents(verb.Index).Where(d => d.BaseRelation == "nsubj"))
        {
            yield return s;
            foreach (var c in parse.Dependents(s.Index).Where(c => c.BaseRelation == "conj")) yield return c;
        }
    }

    private IEnumerable<string> Classes(ParsedToken noun) => noun.Upos == Upos.NOUN ? lexicon.Classes.NounClasses(ClauseSyntax.Lemma(noun)) : [];

    private bool Troops(ParsedToken noun) => Classes(noun).Any(words.TroopClasses.Contains) || noun.Upos == Upos.NOUN && words.TroopNouns.Contains(ClauseSyntax.Lemma(noun));

    private bool Office(ParsedToken noun) => noun.Upos == Upos.NOUN && words.OfficeNouns.Contains(ClauseSyntax.Lemma(noun));
}
