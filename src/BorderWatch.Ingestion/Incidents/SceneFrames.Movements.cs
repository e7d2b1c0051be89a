using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The frames of <see cref="SceneFrames"/> about places and movement: armed men taking a place, forces moved to
/// a border, people reaching the far side (scene-frames.json describes them).</summary>
internal sealed partial class SceneFrames
{
    /// <summary>"militants established a foothold in three villages", "the crossing passed into insurgent hands": armed men take a place.</summary>
    private SceneEvent? Holds(Setting s)
    {
        var f = frames.Holds;
        foreach (var v in s.T.Where(t => t.Upos == Upos.VERB))
        {
            var args = s.Parse.Dependents(v.Index).ToList();
            if (VerbIn(s.Parse, v, f["verbs"]) && args.FirstOrDefault(d => d.Relation == "obj" && f["nouns"].Contains(Lemma(d))) is { } what &&
                args.Any(d => d.Relation == "nsubj" && Armed(s, d, f["agentClasses"])) &&
                s.Parse.Dependents(what.Index).Concat(args).Any(d => d.BaseRelation is "obl" or "nmod" && d.Head is var h && (h == v.Index || h == what.Index) && PlaceHead(s, d)))
                return new(f.Type, v, f.Name);
            // "The market has passed to a Taliban commander": a place passing to armed men or into their hands.
            if (VerbIn(s.Parse, v, f["passVerbs"]) && args.Any(d => d.BaseRelation == "nsubj" && PlaceUnder(s, d)) &&
                args.Any(d => d.BaseRelation == "obl" && f["passPrepositions"].Contains(CaseOf(s.Parse, d) ?? "") &&
                              (Armed(s, d, f["agentClasses"]) || NounOf(s.Parse, d, f["controlClasses"]))))
                return new(f.Type, v, f.Name);
        }
        return null;
    }

    /// <summary>"is shifting a special-forces unit from Almaty to the border", "two companies of special forces were airlifted to Batken",
    /// "two motorised units will move from Nukus to Muynak".</summary>
    private SceneEvent? Moves(Setting s)
    {
        var f = frames.Moves;
        if (s.States == 0 && !s.Border) return null;
        foreach (var v in s.T.Where(t => t.Upos == Upos.VERB && VerbIn(s.Parse, t, f["verbs"], f["verbClasses"])))
        {
            var args = s.Parse.Dependents(v.Index).ToList();
            // "two motorised units will move from Nukus to Muynak": used without an object, the verb moves its subject.
            var moved = MovedTheme.Of(s.Parse, v);
            // "an operational group with dogs [was] sent to the district" read as a participle on the group: the participle
            // with no argument of its own moves the noun it qualifies (recall31).
            if (moved.Count == 0 && v is { Xpos: "VBN", BaseRelation: "acl", Head: >= 0 } && s.Parse.Tokens[v.Head].Upos == Upos.NOUN) moved = [s.Parse.Tokens[v.Head]];
            var themes = moved.SelectMany(d => Nominals(s.Parse, d)).ToList();
            // "moved two wounded soldiers to hospital": casualties or captives carried, no deployment.
            if (themes.Any(n => s.Parse.Dependents(n.Index).Any(m => f["exceptModifiers"].Contains(Lemma(m)) || f["exceptModifiers"].Contains(m.Form.ToLowerInvariant())))) continue;
            // (A "unit" is troops only as a "border unit", an "army unit": themeNouns with one of themeModifiers.)
            var troops = themes.Any(n => NounOf(s.Parse, n, f["themeClasses"]) || MilitaryUnit(s.Parse, n, f) || s.Parse.Dependents(n.Index).Any(c => c.BaseRelation is "compound" or "amod" && Lexicon.Classes.NounClasses(Lemma(c)).Any(f["themeClasses"].Contains)) ||
                                         OwnedByForce(s, n, f) || StateUnit(s, n, f));
            // (The parser may hang the goal on the troops: "move an infantry unit [from X] [to the frontier]".)
            var paths = args.Where(d => d.BaseRelation == "obl").Concat(themes.SelectMany(n => s.Parse.Dependents(n.Index)).Where(d => d.BaseRelation == "nmod"));
            if (troops && paths.Any(d => f["prepositions"].Contains(CaseOf(s.Parse, d) ?? ""))) return new(f.Type, v, f.Name);
        }
        return null;
    }

    /// <summary>"units of the Southern Group of Forces": a name in the of-phrase (ownerPrepositions) of what is moved whose
    /// word is a noun of the themeClasses read in lower case (the parser tags a name's words PROPN; recall31).</summary>
    private bool OwnedByForce(Setting s, ParsedToken n, SceneFrame f) =>
        n is { Upos: Upos.PROPN, BaseRelation: "nmod" } && f["ownerPrepositions"].Contains(CaseOf(s.Parse, n) ?? "") &&
        Lexicon.Classes.NounLemmas(n.Form.ToLowerInvariant()).Any(l => Lexicon.Classes.NounClasses(l).Any(f["themeClasses"].Contains));

    /// <summary>"Kyrgyz units", "two Tajik subunits": one of stateUnits qualified by a state's name (recall31).</summary>
    private static bool StateUnit(Setting s, ParsedToken n, SceneFrame f) =>
        f["stateUnits"].Contains(Lemma(n)) &&
        s.Parse.Dependents(n.Index).Any(c => c.BaseRelation is "amod" or "compound" && NamesUnder(s, c).Any(m => m.Entry.Kind == EntryKind.State));

    private static bool MilitaryUnit(ParsedSentence parse, ParsedToken noun, SceneFrame f) =>
        f["themeNouns"].Contains(Lemma(noun)) && parse.Dependents(noun.Index).Any(c => c.BaseRelation is "compound" or "amod" && f["themeModifiers"].Contains(Lemma(c)));

    /// <summary>"made their way on foot to the Afghan side of the frontier", "getting into Turkmenistan through gaps in the fence".</summary>
    private SceneEvent? FarSide(Setting s)
    {
        var f = frames.FarSide;
        foreach (var v in s.T.Where(t => t.Upos == Upos.VERB && (VerbIn(s.Parse, t, f["verbs"], f["verbClasses"]) || VerbIn(s.Parse, t, f["presenceVerbs"]))))
        {
            var args = s.Parse.Dependents(v.Index).ToList();
            // recall34: the parser may hang the path or goal on the object or on a particle ("followed a boar [over the
            // frontier]", "rafting over [to the bank]"): read those as the verb's obliques too.
            args.AddRange(args.Where(d => d.BaseRelation is "obj" or "advmod").SelectMany(d => s.Parse.Dependents(d.Index))
                .Where(x => x.BaseRelation is "obl" or "nmod").Select(x => x with { Relation = "obl" }).ToList());
            var presence = VerbIn(s.Parse, v, f["presenceVerbs"]);
            // A state as the subject moves no one ("Kazakhstan came into the WTO").
            if (args.Any(d => d.BaseRelation == "nsubj" && NamesUnder(s, d).Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Organization) && d.Upos == Upos.PROPN)) continue;
            // "one of my stallions wandered to the Kyrgyz side": an animal's wandering is no incident.
            // (The parser may leave the animal outside the subject: any such noun before the verb.)
            if (s.T.Take(v.Index).Any(n => NounOf(s.Parse, n, f["exceptAgentClasses"]))) continue;
            // (mend33a: "Bodies of two fishermen washed up on the Afghan bank": the dead, or "it", travel nowhere.)
            var subject = SubjectOf(s.Parse, v);
            if (subject is not null && f["exceptTravellers"].Contains(Lemma(subject))) continue;
            var path = args.Any(d => d.BaseRelation == "obl" && f["pathPrepositions"].Contains(CaseOf(s.Parse, d) ?? ""));
            // recall34: over or across a state's line ("followed a stray deer over the Kazakh frontier"); a verb of
            // turning up on a state's edge ("keep appearing on Uzbek soil").
            // (mend33a: only for a traveller, not "The gas pipeline runs across the Uzbek border", "A cold front rolled
            // across the Kazakh border", "The commissions went over the border line section by section".)
            var traveller = Traveller(s, subject, f);
            if (traveller && !presence && args.Any(d => d.BaseRelation == "obl" && f["pathPrepositions"].Contains(CaseOf(s.Parse, d) ?? "") &&
                                          f["lines"].Contains(Lemma(d)) && NamesUnder(s, d).Any(m => m.Entry.Kind == EntryKind.State)))
                return new(f.Type, v, f.Name);
            if (traveller && presence && args.Any(d => d.BaseRelation == "obl" && f["presencePrepositions"].Contains(CaseOf(s.Parse, d) ?? "") &&
                                         f["presenceEdges"].Contains(Lemma(d)) && NamesUnder(s, d).Any(m => m.Entry.Kind == EntryKind.State)))
                return new(f.Type, v, f.Name);
            foreach (var goal in args.Where(d => d.BaseRelation == "obl" && f["prepositions"].Contains(CaseOf(s.Parse, d) ?? "")))
            {
                var states = NamesUnder(s, goal).Where(m => m.Entry.Kind == EntryKind.State).ToList();
                if (states.Count == 0) continue;
                // "to the Afghan side of the frontier", "into Uzbekistan's Namangan region": a state's edge or part.
                if (f["edges"].Contains(Lemma(goal))) return new(f.Type, v, f.Name);
                // "into Turkmenistan through gaps in the fence": the state itself, with a path.
                if (goal.Upos == Upos.PROPN && CaseOf(s.Parse, goal) is "into" or "onto" && path) return new(f.Type, v, f.Name);
            }
        }
        return null;
    }
}
