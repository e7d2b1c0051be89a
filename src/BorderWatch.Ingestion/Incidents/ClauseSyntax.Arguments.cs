using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The arguments of a clause's predicate read from the parse: what a verb of moving or giving moves or gives, the place
/// a flag claims, the path that crosses a frontier or goes along it, the place a party is driven out of, a party as the
/// object, and the prepositions and compounds they are read by.
/// </summary>
internal sealed partial class ClauseSyntax
{
    /// <summary>
    /// A verb of moving or giving typed by what it moves or gives (syntax.json themeRules): "flew a battalion of
    /// paratroopers to its base" is a deployment, "presented the guards with thermal cameras" an arms transfer. The theme
    /// is the object, the passive subject or a "with" phrase, with what it is a unit or a set of ("two companies of
    /// paratroopers", "the keys of forty jeeps") and what is coordinated with it ("armour and artillery").
    /// </summary>
    internal IncidentType? Themed(ParsedSentence parse, ParsedToken head, IReadOnlyCollection<string> classes)
    {
        // (A rule with its own verbs holds for those only: "turned back forty lorries", "stopped a van", model37.)
        bool Holds(ThemeRule r) => r.Verbs.Count > 0 ? r.Verbs.Contains(Lemma(head)) || r.Verbs.Contains(WithParticle(parse, head)) : classes.Contains(r.VerbClass);
        if (head.Upos != Upos.VERB || Words.ThemeRules.Count == 0 || !Words.ThemeRules.Any(Holds)) return null;
        var args = parse.Dependents(head.Index).ToList();
        var themes = args.Where(d => d.Relation is "obj" or "nsubj:pass" || (d.BaseRelation == "obl" && CaseOf(parse, d) == "with")).ToList();
        themes.AddRange(themes.SelectMany(t => parse.Dependents(t.Index).Where(d => d.BaseRelation == "conj" || (d.BaseRelation == "nmod" && CaseOf(parse, d) == "of"))).ToList());
        var themeClasses = themes.Where(t => t.Upos == Upos.NOUN).SelectMany(t => NounClasses(parse, t)).ToHashSet(StringComparer.Ordinal);
        if (themeClasses.Count == 0) return null;
        // A recipient: "gave the guards ...", "presented the guards with ...", "to" a named party; a goal: "to its base",
        // "into the valley", "along the frontier". (The parser may hang either on the theme: "battalions of fighters to Badakhshan".)
        var outsideSubject = ParsedClauseRules.Subtree(parse, head).Except(args.Where(d => d.BaseRelation == "nsubj").SelectMany(d => ParsedClauseRules.Subtree(parse, d))).ToList();
        var recipient = args.Any(d => d.Relation == "iobj" || (d.BaseRelation == "obl" && CaseOf(parse, d) == "with")) ||
                        outsideSubject.Any(d => d.BaseRelation is "obl" or "nmod" && d.Upos == Upos.PROPN && CaseOf(parse, d) == "to");
        var goal = outsideSubject.Any(d => (d.BaseRelation is "obl" or "nmod" && CaseOf(parse, d) is "to" or "into" or "onto" or "toward" or "towards" or "along" or "in" or "at" or "from") ||
                                           (d.Head == head.Index && Lemma(d) == "back"));
        var known = args.Any(d => d.Relation == "nsubj:pass" && parse.Dependents(d.Index).Any(x => x.BaseRelation == "det" && Lemma(x) == "the"));
        // (A rule with its own verbs does not hold when an oblique names a hostile act: "stopped two armoured vehicles with
        // rocket fire" is fighting, not a check of traffic; model38.)
        var hostile = args.Any(d => d.BaseRelation == "obl" && NounClasses(parse, d).Any(c => lexicon.ClassTypes.TryGetValue(c, out var t) && t == IncidentType.ArmedClash));
        foreach (var rule in Words.ThemeRules)
            if (Holds(rule) && !(rule.Verbs.Count > 0 && hostile) && rule.ThemeClasses.Overlaps(themeClasses) && (!rule.NeedRecipient || recipient) && (!rule.NeedGoal || goal) &&
                (!rule.NeedNewTheme || !known) && (rule.AgentClasses.Count == 0 || ForceAgent(parse, args, rule.AgentClasses)))
                return rule.Type;
        return null;
    }

    /// <summary>The agent of a predicate (its active subject, or the passive's "by" phrase) is a name, a pronoun or a phrase
    /// with a noun of one of <paramref name="agentClasses"/>, or is not said ("a second fence was put up").</summary>
    private bool ForceAgent(ParsedSentence parse, IReadOnlyList<ParsedToken> args, IReadOnlySet<string> agentClasses)
    {
        var agents = args.Where(d => d.Relation == "nsubj" || (d.BaseRelation == "obl" && Words.AgentPrepositions.Contains(CaseOf(parse, d) ?? ""))).ToList();
        // (A force anywhere in the agent's phrase: the parser may make a demonym its head, "Turkmen troops", "Turkmen border guards".)
        return agents.Count == 0 || agents.Any(a => a.Upos is Upos.PROPN or Upos.PRON ||
                                                    ParsedClauseRules.Subtree(parse, a).Any(t => t.Upos == Upos.NOUN && NounClasses(parse, t).Any(agentClasses.Contains)));
    }

    /// <summary>
    /// Checks made stricter (syntax.json intensifiedChecks): "Kazakh guards stepped up checks on lorries", "controls were
    /// tightened at the border crossing", "border guards intensified searches": a patrol; "stepped up checks on the
    /// budget" bears on nothing of a border and no force makes them.
    /// </summary>
    internal bool IntensifiedChecks(ParsedSentence parse, ParsedToken head)
    {
        var rule = Words.Checks;
        if (head.Upos != Upos.VERB || rule.Nouns.Count == 0 || !(rule.Verbs.Contains(Lemma(head)) || rule.Verbs.Contains(WithParticle(parse, head)))) return false;
        var args = parse.Dependents(head.Index).ToList();
        var checks = args.Where(d => d.Relation is "obj" or "nsubj:pass" && d.Upos == Upos.NOUN && rule.Nouns.Contains(Lemma(d))).ToList();
        if (checks.Count == 0) return false;
        bool Target(ParsedToken n) => n.Upos == Upos.NOUN && (rule.TargetWords.Contains(Lemma(n)) || NounClasses(parse, n).Any(rule.TargetClasses.Contains));
        var bearing = checks.SelectMany(c => parse.Dependents(c.Index).Where(d => d.BaseRelation is "nmod" or "compound" or "acl"))
            .Concat(args.Where(d => d.BaseRelation is "obl" or "advcl")).ToList();
        // mend31 (review31): what the checks bear on is the head of a phrase (and what is joined to it), not a word inside
        // it ("controls on Central Asian migrant workers": workers); a clause ("buses entering from Tajikistan") by its words.
        var heads = bearing.Where(b => b.BaseRelation is not ("acl" or "advcl"))
            .SelectMany(b => parse.Dependents(b.Index).Where(d => d.BaseRelation == "conj").Prepend(b)).ToList();
        if (heads.Any(Target) || bearing.Where(b => b.BaseRelation is "acl" or "advcl").SelectMany(b => ParsedClauseRules.Subtree(parse, b)).Any(Target)) return true;
        // A force making them decides only when they bear on nothing named ("border guards intensified searches"), not on
        // something of its own ("the state oil company stepped up checks on its pipelines").
        return !heads.Any(h => h.BaseRelation is "nmod" or "obl" && h.Upos == Upos.NOUN && CaseOf(parse, h) is "on" or "of") &&
               args.Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.NOUN && NounClasses(parse, d).Any(rule.AgentClasses.Contains));
    }

    /// <summary>
    /// The thing given or received is a weapon, a vehicle or equipment (class materiel): a noun in the predicate's object
    /// or passive subject ("received forty night-vision sets and twenty pick-up trucks", "took possession of four patrol boats").
    /// </summary>
    internal bool MaterielTheme(ParsedSentence parse, ParsedToken head) =>
        head.Upos == Upos.VERB && parse.Dependents(head.Index).Where(d => d.Relation is "obj" or "nsubj:pass")
            .SelectMany(d => ParsedClauseRules.Subtree(parse, d)).Any(t => t.Upos == Upos.NOUN && NounClasses(parse, t).Contains("materiel"));

    /// <summary>
    /// The oblique a flag or banner is set over (syntax.json claims): a subject, object or conjunct below the verb is an emblem, and an oblique of the verb (or of the emblem) has one of the claim prepositions.
    /// </summary>
    internal ParsedToken? ClaimedPlace(ParsedSentence parse, ParsedToken head)
    {
        if (head.Upos != Upos.VERB || Words.Claims.Emblems.Count == 0) return null;
        // (An argument anywhere below the verb: the parser may hang "the flag" on a misread time phrase before it.)
        var emblems = ParsedClauseRules.Subtree(parse, head).Where(a => a.BaseRelation is "nsubj" or "obj" or "conj" && a.Upos == Upos.NOUN &&
                                                                      NounClasses(parse, a).Any(Words.Claims.Emblems.Contains)).ToList();
        if (emblems.Count == 0) return null;
        return parse.Dependents(head.Index).Where(d => d.BaseRelation == "obl")
            .Concat(emblems.SelectMany(e => parse.Dependents(e.Index).Where(d => d.BaseRelation == "nmod")))
            .FirstOrDefault(d => Words.Claims.Prepositions.Contains(CaseOf(parse, d) ?? ""));
    }

    /// <summary>
    /// A verb of moving oneself (class travel) whose path crosses a frontier (syntax.json crossingPaths): "slipped into
    /// Tajik territory", "wandered across the line", "paddled over the Amu Darya", "drifted to the Tajik shore", "rode
    /// along a ditch and under the fence" (a path coordinated with another).
    /// </summary>
    internal bool Crosses(ParsedSentence parse, ParsedToken head, IReadOnlyCollection<string> classes)
    {
        if (head.Upos != Upos.VERB || !classes.Contains("travel")) return false;
        var paths = Words.Crossing;
        // (A path coordinated with another, "along a ditch and under the fence": the parser hangs it on the first one.)
        var obliques = parse.Dependents(head.Index).Where(d => d.BaseRelation == "obl").ToList();
        return obliques.Concat(obliques.SelectMany(o => parse.Dependents(o.Index).Where(c => c.BaseRelation == "conj" && CaseOf(parse, c) is not null))).Any(d =>
        {
            var preposition = CaseOf(parse, d) ?? "";
            // "through a gap in the fence", "under a hole in the wire": the ground is what the opening is in.
            if (paths.Prepositions.Contains(preposition) && parse.Dependents(d.Index).Any(n => n.BaseRelation == "nmod" && CaseOf(parse, n) == "in" && paths.Grounds.Contains(Lemma(n))))
                return true;
            // (The lemma or the form: "waters" are a ground where "water" is not.)
            string[] noun = [Lemma(d), d.Form.ToLowerInvariant()];
            return (paths.Prepositions.Contains(preposition) && noun.Any(paths.Grounds.Contains)) ||
                   (paths.NamedPrepositions.Contains(preposition) && d.Upos == Upos.PROPN) ||
                   (paths.EdgePrepositions.Contains(preposition) && noun.Any(paths.Edges.Contains));
        });
    }

    /// <summary>
    /// The place a verb drives its object out of (syntax.json ousting): an oblique after "out of" or "off" ("swept the
    /// troops out of the town", "pushed the guards off the ridge").
    /// </summary>
    internal bool Ousted(ParsedSentence parse, ParsedToken verb, ParsedToken dependent)
    {
        if (dependent.BaseRelation != "obl" || verb.Upos != Upos.VERB) return false;
        var cases = parse.Dependents(dependent.Index).Where(d => d.BaseRelation is "case" or "fixed").Select(Lemma).ToList();
        // (The parser may hang "out" on the verb as a particle: "drove ... out" + "of the town".)
        var particle = parse.Dependents(verb.Index).Any(d => d.Relation is "compound:prt" or "advmod" && Words.Ousting.Contains(Lemma(d)));
        return cases.Any(Words.Ousting.Contains) || (particle && cases.Contains("of"));
    }

    /// <summary>
    /// The predicate or its object is a hostile noun with a simulation modifier (frames.json scenarios): "a sham
    /// assault", "repelled a pretend gang", "pounded dummy targets".
    /// </summary>
    internal bool Simulated(ParsedSentence parse, ParsedToken head)
    {
        var frames = Lexicon.Frames;
        var nouns = parse.Dependents(head.Index).Where(d => d.Relation is "obj" or "nsubj:pass").Prepend(head).Where(n => n.Upos == Upos.NOUN);
        return nouns.Any(n => frames.Hostile(n.Form.ToLowerInvariant()) &&
                              parse.Dependents(n.Index).Any(m => m.BaseRelation is "amod" or "compound" && frames.Simulates(m.Form.ToLowerInvariant())));
    }

    /// <summary>
    /// The object of a verb names a place: a name ("took Kunduz", "the village of Dashti-Rivat") or one of the lexicon's
    /// place words (triggers.json classNeedPlace: "took two posts"), not "took two rifles".
    /// </summary>
    internal bool PlaceObject(ParsedSentence parse, ParsedToken verb)
    {
        var places = Lexicon.ClassNeedPlace.FirstOrDefault(n => n.Type == Lexicon.Frames.CaptureType).Phrases;
        // The object itself, what it is "of" and the names it is made of ("the village of X", "Kunduz city"), not a
        // place it stands near ("took effect near Isfara").
        return parse.Dependents(verb.Index).Where(d => d.Relation == "obj")
            .SelectMany(o => parse.Dependents(o.Index).Where(d => d.BaseRelation is "compound" or "flat" || (d.BaseRelation == "nmod" && CaseOf(parse, d) == "of")).Prepend(o))
            .Any(t => (t.Upos == Upos.PROPN && char.IsUpper(t.Form[0])) || (places is not null && t.Upos == Upos.NOUN && places.Matches(BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize(t.Form)).Count > 0));
    }

    /// <summary>A nominal its subject owns: "its armoured reserve", "their garrisons" (a possessive pronoun before it).</summary>
    internal static bool OwnForces(ParsedSentence parse, ParsedToken nominal) =>
        parse.Dependents(nominal.Index).Any(d => d.Relation == "nmod:poss" && d.Upos == Upos.PRON && Lemma(d) is "its" or "their" or "his" or "her" or "our" or "it" or "they" or "he" or "she" or "we");

    /// <summary>A verb of moving oneself along a frontier: "will walk the newly marked line", "flew low along the Panj".</summary>
    internal bool GoesAlong(ParsedSentence parse, ParsedToken head, IReadOnlyCollection<string> classes)
    {
        if (head.Upos != Upos.VERB || !classes.Contains("travel")) return false;
        var paths = Words.Crossing;
        return parse.Dependents(head.Index).Any(d =>
            (d.BaseRelation == "obj" && paths.Grounds.Contains(Lemma(d))) ||
            (d.BaseRelation == "obl" && paths.AlongPrepositions.Contains(CaseOf(parse, d) ?? "") && (paths.Grounds.Contains(Lemma(d)) || d.Upos == Upos.PROPN)));
    }

    /// <summary>
    /// The object of a verb (or the subject of its passive) is a party: a name ("welcomed Tokayev") or a party noun that
    /// a name qualifies ("received a Tajik delegation", "was received ... a Taliban delegation").
    /// </summary>
    internal bool PartyObject(ParsedSentence parse, ParsedToken verb) =>
        parse.Dependents(verb.Index).Where(d => d.Relation is "obj" or "nsubj:pass").Any(o =>
            o.Upos == Upos.PROPN ||
            (Words.PartyNouns.Contains(Lemma(o)) && parse.Dependents(o.Index).Any(m =>
                // "a Tajik delegation", "China's envoy", "the head of the Uzbek border service"
                (char.IsUpper(m.Form[0]) && (m.BaseRelation is "compound" or "amod" || m.Relation == "nmod:poss")) ||
                (m.BaseRelation == "nmod" && CaseOf(parse, m) == "of" && ParsedClauseRules.Subtree(parse, m).Any(t => t.Upos is Upos.PROPN or Upos.ADJ && char.IsUpper(t.Form[0]))))));

    /// <summary>A verb's lemma with its particle ("go over").</summary>
    internal static string WithParticle(ParsedSentence parse, ParsedToken verb) =>
        parse.Dependents(verb.Index).FirstOrDefault(d => d.Relation == "compound:prt") is { } prt ? Lemma(verb) + " " + Lemma(prt)
        // (The parser may read the particle as the preposition of the object: "go over the situation".)
        : verb.Index + 1 < parse.Tokens.Count && parse.Tokens[verb.Index + 1] is { Upos: Upos.ADP or Upos.ADV } next ? Lemma(verb) + " " + Lemma(next)
        : Lemma(verb);

    /// <summary>The preposition of a nominal ("to" in "to the base").</summary>
    internal static string? CaseOf(ParsedSentence parse, ParsedToken nominal) =>
        parse.Dependents(nominal.Index).FirstOrDefault(d => d.BaseRelation == "case") is { } c ? Lemma(c) : null;

    /// <summary>A noun's classes, reading the compound words before it ("snow leopards", "a cold front", "combat drones");
    /// with <paramref name="adjectives"/>, the adjectives before it too, for a multi-word noun the parser splits so ("a cold
    /// front" with "cold" read as an adjective).</summary>
    internal IEnumerable<string> NounClasses(ParsedSentence parse, ParsedToken noun, bool adjectives = false)
    {
        var before = parse.Dependents(noun.Index).Where(d => (d.BaseRelation == "compound" || adjectives && d.BaseRelation == "amod") && d.Index < noun.Index)
            .Select(d => d.Upos == Upos.ADJ ? d.Form.ToLowerInvariant() : Lemma(d)).ToList();
        var classes = Lexicon.Classes;
        var found = classes.NounLemmas(noun.Form.ToLowerInvariant()).Prepend(Lemma(noun)).Distinct().SelectMany(l => classes.NounClasses(l, before)).Distinct().ToList();
        // "two Mi-24 gunships": a closed compound WordNet lacks, by its parts.
        return found.Count > 0 ? found : ClosedCompoundClasses(Lemma(noun));
    }
}
