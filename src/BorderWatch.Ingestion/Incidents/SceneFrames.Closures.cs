using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The closure frame of <see cref="SceneFrames"/> (scene-frames.json "closures"): a crossing place shut or open only to
/// some, told by the state of the place rather than by an act ("The Dostuk crossing has been shut to lorries since
/// Monday", "Since Tuesday the pass road has been open only to residents"). SCHEMA.md records closures and restrictions
/// as patrol-surveillance, dated from their start.
/// </summary>
internal sealed partial class SceneFrames
{
    /// <summary>The closure the sentence tells, if any (for a report that only says it: "..., the Border Troops said").</summary>
    internal SceneEvent? Closure(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (parse.Tokens.Count == 0) return null;
        var s = new Setting(parse, tokens, mentions, mentions.Select(m => m.Entry.Country).Where(c => c is not null).Distinct().Count(),
            Lexicon.BorderWords.Matches(tokens).Count > 0);
        return Closures(s) is { } found && !syntax.NegatedOrHypothetical(parse, found.Head) ? found : null;
    }

    private SceneEvent? Closures(Setting s)
    {
        var f = frames.Closures;
        foreach (var v in s.T)
        {
            var closed = Closing(s.Parse, v, f["verbs"]);
            // "open only to vehicles with a permit" from a start: a restriction; "the road is open again" is how it stands.
            var restricted = !closed && v.Upos == Upos.ADJ && f["openWords"].Contains(Lemma(v)) && Limited(s.Parse, v, f["limiters"]) && Started(s.Parse, v, f["starts"]);
            if (!closed && !restricted) continue;
            // The place is what is closed: the subject of a passive or adjectival predicate, the object of an active one.
            var stative = v.Upos == Upos.ADJ || s.Parse.Dependents(v.Index).Any(d => d.Relation == "aux:pass");
            var theme = s.Parse.Dependents(v.Index).FirstOrDefault(d => stative ? d.BaseRelation is "nsubj" : d.BaseRelation == "obj");
            if (theme is null || !ClosedPlace(s, theme, f["places"])) continue;
            if (s.States == 0 && !s.Border && !NamesUnder(s, theme).Any(m => m.Place is not null)) continue;
            // "Snow has closed the pass": weather (or an animal) shuts a road, no party does.
            if (!stative && s.Parse.Dependents(v.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is { } agent && syntax.NounClasses(s.Parse, agent).Any(f["exceptAgentClasses"].Contains)) continue;
            // "is closed until further notice after a rockfall", "shut because of the snow": a natural cause, no party's measure (mend28).
            if (NaturalCause(s.Parse, v, f)) continue;
            // "For most of the twentieth century the frontier was closed": a closure with no time of its own is background.
            if (closed && !Dated(s.Parse, v, f)) continue;
            return new(f.Type, v, f.Name);
        }
        return Requirement(s, f) ?? Ban(s, f);
    }

    /// <summary>
    /// Entry made to need a permit from a dated start (recall39; narrowed by mend38 after review38): one of the frame's
    /// needVerbs with a permit as its object or passive subject ("need a permit", "a permit is required"), from a start
    /// that holds a date (<see cref="DatedStart"/>), in a sentence anchored on the border zone (<see cref="ZoneAnchor"/>):
    /// "Since March, herders going up to the border pastures need a permit", "From 1 May the frontier strip will require a
    /// permit". A control regime put on the border zone, dated from its start (SCHEMA.md: patrol-surveillance). Without a
    /// dated start it is how things stand ("You need a permit to visit the zone") or a cause ("Since the pass lies in the
    /// zone, ..."); a nationality word alone is no zone ("Since January, Kyrgyz citizens must register their SIM cards").
    /// </summary>
    private SceneEvent? Requirement(Setting s, SceneFrame f)
    {
        if (!ZoneAnchor(s.Parse, f)) return null;
        foreach (var v in s.T)
        {
            if (v.Upos != Upos.VERB || !VerbIn(s.Parse, v, f["needVerbs"]) || !DatedStart(s.Parse, v, f)) continue;
            var deps = s.Parse.Dependents(v.Index);
            // "no longer need a pass": a requirement lifted (a negation the clause test does not see, inside an adverb).
            if (deps.Any(d => d.BaseRelation == "advmod" && ParsedClauseRules.Subtree(s.Parse, d).Any(t => f["liftWords"].Contains(Lemma(t))))) continue;
            if (deps.Any(d => d.Relation is "obj" or "nsubj:pass" && Permit(s.Parse, d, f))) return new(f.Type, v, f.Name);
        }
        return null;
    }

    /// <summary>One of the frame's permits, or one of its qualifiedPermits with one of its passQualifiers on it ("a border
    /// pass", "an entry pass"; a bare "pass" may be a mountain pass).</summary>
    internal static bool Permit(ParsedSentence parse, ParsedToken d, SceneFrame f)
    {
        if (Listed(d, f["permits"])) return true;
        return Listed(d, f["qualifiedPermits"]) &&
               parse.Dependents(d.Index).Any(m => m.BaseRelation is "compound" or "amod" && Listed(m, f["passQualifiers"]));
    }

    /// <summary>One of the frame's zoneWords in the sentence outside a phrase after one of its issuerPrepositions: "from
    /// the Border Service" names who issues the permit, not where it is needed.</summary>
    private static bool ZoneAnchor(ParsedSentence parse, SceneFrame f)
    {
        var issued = parse.Tokens.Where(d => d.BaseRelation is "obl" or "nmod" &&
                                             parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && f["issuerPrepositions"].Contains(c.Form.ToLowerInvariant())))
            .SelectMany(d => ParsedClauseRules.Subtree(parse, d)).Select(t => t.Index).ToHashSet();
        return parse.Tokens.Any(t => !issued.Contains(t.Index) && Listed(t, f["zoneWords"]));
    }

    /// <summary>A start with a date: an oblique (or adverb, or a clause as the parser may read it) of the verb opened by
    /// one of the frame's starts whose phrase holds a number or one of its times and no subject of its own ("since 12
    /// November", "from March"; not "since the pass lies inside the zone", a cause, nor "from Osh", "since the
    /// landslide"); or a sentence opening on a start word and a number or a time ("Since 4 May, ...").</summary>
    private static bool DatedStart(ParsedSentence parse, ParsedToken v, SceneFrame f)
    {
        // (Or hung on the permit the verb takes: "need [a permit [since 3 May]]", as the parser reads it as readily.)
        var own = parse.Dependents(v.Index).Where(d => d.BaseRelation is "obl" or "advcl" or "advmod" or "nmod").ToList();
        own.AddRange(parse.Dependents(v.Index).Where(d => d.Relation is "obj" or "nsubj:pass").SelectMany(o => parse.Dependents(o.Index)).Where(d => d.BaseRelation is "nmod" or "acl").ToList());
        foreach (var d in own)
        {
            var phrase = ParsedClauseRules.Subtree(parse, d).OrderBy(t => t.Start).ToList();
            if (phrase.Count < 2 || !f["starts"].Contains(phrase[0].Form.ToLowerInvariant())) continue;
            if (phrase.Any(t => t.BaseRelation == "nsubj")) continue;
            if (phrase.Any(t => Time(t, f))) return true;
        }
        var tokens = parse.Tokens;
        return tokens.Count > 2 && v.Index > 1 && f["starts"].Contains(tokens[0].Form.ToLowerInvariant()) && Time(tokens[1], f);
    }

    /// <summary>The closure has a time of its own: a start, a perfect ("has been shut"), or a number or one of the frame's
    /// times (a day, a month, a part of the day) in its clause ("on Friday evening", "at midnight", "for two weeks").</summary>
    private static bool Dated(ParsedSentence parse, ParsedToken v, SceneFrame f) =>
        Started(parse, v, f["starts"]) || InForceUntil(parse, v, f["ends"]) || parse.Dependents(v.Index).Any(d => d.BaseRelation == "aux" && Lemma(d) == "have") ||
        parse.Dependents(v.Index).Where(d => d.BaseRelation is not ("conj" or "parataxis")).SelectMany(d => ParsedClauseRules.Subtree(parse, d))
            .Any(t => Time(t, f));

    /// <summary>A number or one of the frame's times (a day, a month, a part of the day).</summary>
    private static bool Time(ParsedToken t, SceneFrame f) => t.Upos == Upos.NUM || Listed(t, f["times"]);

    /// <summary>"is shut to civilian vehicles until further notice", "is closed to lorries till Sunday": a closure told in
    /// the present, without a modal, that lasts until a later time (an oblique or clause opened by one of the frame's ends)
    /// stands now (recall28). "was closed until 1991" (past) and "will be closed until ..." (a modal) are not in force.
    /// Any end of the frame opens it, whatever follows ("until further orders", "pending further instructions", "until the
    /// repairs are finished"): the words after it say how long, not whether, the closure stands.</summary>
    private static bool InForceUntil(ParsedSentence parse, ParsedToken v, IReadOnlySet<string> ends)
    {
        var verbs = parse.Dependents(v.Index).Where(d => d.BaseRelation is "cop" or "aux").Append(v).ToList();
        if (verbs.Any(t => t.Xpos == "MD") || !verbs.Any(t => t.Xpos is "VBZ" or "VBP")) return false;
        // (Or hung on the predicate's own oblique: "closed [to foreigners [until further orders]]", "shut [to lorries [pending
        // further instructions]]": the parser hangs the end on the nearest noun as readily as on the predicate, recall29; as a
        // participle's clause of that noun too, "[lorries [pending further instructions]]" read as an acl, model46.)
        var phrases = parse.Dependents(v.Index).Where(d => d.BaseRelation is "obl" or "advcl" or "nmod" or "advmod").ToList();
        phrases.AddRange(phrases.Where(d => d.BaseRelation == "obl").SelectMany(d => parse.Dependents(d.Index)).Where(d => d.BaseRelation is "nmod" or "acl").ToList());
        return phrases.Any(d => ParsedClauseRules.Subtree(parse, d).MinBy(t => t.Start) is { } first && ends.Contains(first.Form.ToLowerInvariant()));
    }

    /// <summary>An oblique or clause of the closing predicate holds a noun of the frame's exceptAgentClasses or one of its
    /// naturalCauses ("after a rockfall", "because of an avalanche", "after heavy snow"), or one of its worksCauses ("for
    /// repairs", "for maintenance": works on the place itself, precision31).</summary>
    private bool NaturalCause(ParsedSentence parse, ParsedToken v, SceneFrame f) =>
        parse.Dependents(v.Index).Where(d => d.BaseRelation is "obl" or "advcl" or "nmod").SelectMany(d => ParsedClauseRules.Subtree(parse, d))
            .Any(t => NatureWord(parse, t, f["naturalCauses"]) ||
                      f["worksCauses"].Contains(Lemma(t)) || f["worksCauses"].Contains(t.Form.ToLowerInvariant()) ||
                      t.Upos == Upos.NOUN && syntax.NounClasses(parse, t).Any(f["exceptAgentClasses"].Contains));

    /// <summary>One of the frame's naturalCauses, told as such: not a measure of people or goods ("a flood of migrants",
    /// "an avalanche of smuggled fuel": a cause noun with an "of" complement is a figure for how many came) (model36).</summary>
    internal static bool NatureWord(ParsedSentence parse, ParsedToken t, IReadOnlySet<string> causes) =>
        (causes.Contains(Lemma(t)) || causes.Contains(t.Form.ToLowerInvariant())) &&
        !parse.Dependents(t.Index).Any(d => d.BaseRelation == "nmod" && parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && Lemma(c) == "of"));

    /// <summary>A verb of closing (or its participle read as an adjective: "has been shut to freight").</summary>
    private bool Closing(ParsedSentence parse, ParsedToken v, IReadOnlySet<string> verbs)
    {
        if (v.Upos == Upos.VERB) return VerbIn(parse, v, verbs);
        if (v.Upos != Upos.ADJ) return false;
        var form = v.Form.ToLowerInvariant();
        return verbs.Any(x => !x.Contains(' ') && (Lemma(v) == x || Lexicon.Classes.IsVerbFormOf(form, x)));
    }

    /// <summary>A crossing place: one of the place words among the nominal and its compound words, or a named place.</summary>
    private bool ClosedPlace(Setting s, ParsedToken theme, IReadOnlySet<string> places)
    {
        var own = s.Parse.Dependents(theme.Index).Where(d => d.BaseRelation == "compound").Append(theme).ToList();
        if (own.Any(t => places.Contains(Lemma(t)) || places.Contains(t.Form.ToLowerInvariant()))) return true;
        var (start, end) = (own.Min(x => x.Start), own.Max(x => x.End));
        return s.Mentions.Any(m => m.Place is not null && m.Start < end && m.End > start);
    }

    /// <summary>"open only to ...": a limiter on the predicate or on what it is open to.</summary>
    private static bool Limited(ParsedSentence parse, ParsedToken v, IReadOnlySet<string> limiters) =>
        parse.Dependents(v.Index).SelectMany(d => parse.Dependents(d.Index).Prepend(d)).Any(t => limiters.Contains(t.Form.ToLowerInvariant()));

    /// <summary>"since Thursday", "from Monday": the predicate's oblique (or clause) opened by one of the start words (or the start word
    /// itself, where the parser reads "Since Thursday" as a clause of its own).</summary>
    private static bool Started(ParsedSentence parse, ParsedToken v, IReadOnlySet<string> starts) =>
        parse.Dependents(v.Index).Where(d => d.BaseRelation is "obl" or "advcl" or "advmod" or "nmod" or "mark")
            .Any(d => ParsedClauseRules.Subtree(parse, d).MinBy(t => t.Start) is { } first && starts.Contains(first.Form.ToLowerInvariant())) ||
        // ("Since Sunday the road ... has been open only to ...": a sentence opening on a start and a day or a date, however
        // the parser hangs it.)
        parse.Tokens.Count > 2 && starts.Contains(parse.Tokens[0].Form.ToLowerInvariant()) && parse.Tokens[1].Upos is Upos.PROPN or Upos.NUM && v.Index > 1;
}
