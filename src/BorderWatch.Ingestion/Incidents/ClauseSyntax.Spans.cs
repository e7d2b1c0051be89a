using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Predicates no WordNet event class types, read by their lemma and their arguments (Lexicon/spans.json): a place given
/// up to or taken from a party changes hands, an arrival on a state's edge is a crossing and troops arriving somewhere a
/// deployment, a stretch of ground travelled as the object is a patrol, an approved text an agreement, and a time spent
/// doing something is that act.
/// </summary>
internal sealed partial class ClauseSyntax
{
    internal SpanLexicon Spans { get; init; } = SpanLexicon.Default;

    /// <summary>The incident type of a verb read from its arguments by the spans.json lists, or null.</summary>
    internal IncidentType? SpanEvent(ParsedSentence parse, ParsedToken head, IReadOnlyCollection<string> classes)
    {
        if (head.Upos != Upos.VERB) return null;
        // The parser's lemma and WordNet's reading of the form ("ceded": ced / cede), alone and with a particle ("give up").
        var withParticle = WithParticle(parse, head);
        var particle = withParticle.Length > Lemma(head).Length ? withParticle[Lemma(head).Length..] : "";
        var lemmas = lexicon.Classes.VerbLemmas(head.Form.ToLowerInvariant()).Select(l => l.Lemma).Prepend(Lemma(head)).Distinct().ToList();
        bool Is(IReadOnlySet<string> verbs) => lemmas.Any(l => verbs.Contains(l) || verbs.Contains(l + particle));
        IncidentType? Class(string name) => lexicon.ClassTypes.TryGetValue(name, out var t) ? t : null;
        var args = parse.Dependents(head.Index).ToList();
        if (Is(Spans.YieldVerbs) && PlaceObject(parse, head) && FromOrToParty(parse, head, Spans.YieldPrepositions)) return Class("seize");
        if (Is(Spans.ArrivalVerbs))
        {
            // "reached the Tajik bank", "arrived on the Afghan side of the river": a state's edge reached.
            if (args.Any(d => d.BaseRelation is "obl" or "obj" && StateEdge(parse, d))) return Class("cross");
            // "Russian paratroopers arrived at the Ayni airfield": troops arriving at a place (not equipment named by whom it
            // carries, "armoured personnel carriers": model36).
            if (args.Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.NOUN && NounClasses(parse, d) is var c && c.Contains("troops") && !c.Contains("materiel")) &&
                args.Any(d => d.BaseRelation == "obl" && Spans.ArrivalPrepositions.Contains(CaseOf(parse, d) ?? "")))
                return Class("deploy");
            // "two snow vehicles reached us from Russia", "the drones arrived at the detachment from China": equipment
            // reaching a party (a pronoun or troops) from a named source is delivered.
            // So is equipment arriving at a party's post or unit ("arrived at the Tajik border detachment from Turkey",
            // "reached their outpost from China": spans.json posts with a capitalised or possessive qualifier; model38).
            if (args.Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.NOUN && NounClasses(parse, d).Contains("materiel")) &&
                ParsedClauseRules.Subtree(parse, head).Any(d => d.BaseRelation is "obl" or "nmod" && d.Upos == Upos.PROPN && Spans.SourcePrepositions.Contains(CaseOf(parse, d) ?? "")) &&
                args.Any(d => d.BaseRelation is "obj" or "obl" && (d.Upos == Upos.PRON || d.Upos == Upos.NOUN && (NounClasses(parse, d).Contains("troops") || PartyPost(parse, d)))))
                return Class("supply");
        }
        // "they came away with a written understanding", "we returned with a signed protocol": a text brought back from
        // talks by the parties just told (a pronoun subject; "two migrants returned with forged documents" is no agreement).
        if (Is(Spans.OutcomeVerbs) && args.Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.PRON) &&
            args.Any(d => d.BaseRelation == "obl" && Spans.OutcomePrepositions.Contains(CaseOf(parse, d) ?? "") && Document(d))) return Class("agree");
        // "rode the Markansu valley", "cruised the upper Panj", "swept the desert stretch": a stretch of ground gone over
        // by a party named as a noun ("I drove the Pamir Highway" is a writer's own trip).
        if ((classes.Contains("travel") || Is(Spans.RouteVerbs)) && args.Any(d => d.BaseRelation == "nsubj" && d.Upos is Upos.NOUN or Upos.PROPN) && !args.Any(d => d.BaseRelation == "obj" && d.Relation != "obj") &&
            args.Any(d => d.Relation == "obj" && (Spans.Routes.Contains(Lemma(d)) || (d.Upos == Upos.PROPN && char.IsUpper(d.Form[0])))))
            return Class("patrol");
        // "approved the text demarcating ...", "rules that the two cabinets endorsed": a text approved.
        if (Is(Spans.ApproveVerbs) && (args.Any(d => d.Relation is "obj" or "nsubj:pass" && Document(d)) ||
                                       (head.Relation == "acl:relcl" && head.Head >= 0 && Document(parse.Tokens[head.Head]))))
            return Class("agree");
        // "spent six hours going through the map", "spent Thursday chasing ...": the act the time was spent on.
        if (Is(Spans.SpanVerbs) && args.Any(d => d.Relation == "obj"))
            foreach (var act in args.Where(d => d.BaseRelation != "nsubj").SelectMany(d => parse.Dependents(d.Index).Prepend(d))
                         .Where(v => v.Upos == Upos.VERB && v.Xpos == "VBG" && v.BaseRelation is "xcomp" or "advcl" or "acl" or "ccomp" or "conj"))
            {
                if (EventOf(parse, act, 1) is { Type: { } type }) return type;
                if (Words.MeetingTopics.Contains(Lemma(act)) || Words.MeetingTopics.Contains(WithParticle(parse, act))) return Class("meet");
            }
        return null;
    }

    /// <summary>"the Tajik border detachment", "their post": a post or unit noun (spans.json posts) qualified by a
    /// capitalised modifier or a possessive.</summary>
    private bool PartyPost(ParsedSentence parse, ParsedToken noun)
    {
        if (!Spans.Posts.Contains(Lemma(noun))) return false;
        // (The qualifier may hang on a compound: "the Tajik border detachment", Tajik under border.)
        return ParsedClauseRules.Subtree(parse, noun).Any(d => d.Index < noun.Index && d.BaseRelation is "amod" or "compound" or "nmod:poss" &&
                                                               (char.IsUpper(d.Form[0]) || d.Relation == "nmod:poss"));
    }

    private bool Document(ParsedToken noun) => Spans.Documents.Contains(Lemma(noun)) || Spans.Documents.Contains(noun.Form.ToLowerInvariant());

    /// <summary>A party the place is given up to or taken from: a "to" or "from" nominal below the verb or its object.</summary>
    private static bool FromOrToParty(ParsedSentence parse, ParsedToken verb, IReadOnlySet<string> prepositions) =>
        parse.Dependents(verb.Index).Where(d => d.BaseRelation == "obj").Prepend(verb)
            .SelectMany(n => parse.Dependents(n.Index)).Any(d => d.BaseRelation is "obl" or "nmod" && d.Upos is Upos.NOUN or Upos.PROPN &&
                                                                prepositions.Contains(CaseOf(parse, d) ?? ""));

    /// <summary>"the Tajik bank", "the Afghan side of the river": an edge word qualified by a capitalised name.</summary>
    private bool StateEdge(ParsedSentence parse, ParsedToken nominal) =>
        Words.Crossing.Edges.Contains(Lemma(nominal)) &&
        parse.Dependents(nominal.Index).Any(d => d.BaseRelation is "compound" or "amod" && d.Index < nominal.Index && char.IsUpper(d.Form[0]));
}
