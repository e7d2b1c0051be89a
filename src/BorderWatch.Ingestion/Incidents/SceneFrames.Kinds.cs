using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The frames of <see cref="SceneFrames"/>, one method each (scene-frames.json describes them).</summary>
internal sealed partial class SceneFrames
{
    private static readonly HashSet<string> Joint = new(StringComparer.Ordinal) { "joint", "bilateral", "common", "both", "two", "their" };

    /// <summary>"fending off a raid by instructors posing as militants": a side cast as an adversary, after the main verb, by troops.</summary>
    private SceneEvent? Roles(Setting s)
    {
        var f = frames.Roles;
        if (s.Parse.Root is not { } root) return null;
        for (var i = root.Index + 1; i < s.T.Count; i++)
            foreach (var p in f["phrases"])
            {
                if (PhraseEnd(s.Parse, i, p) is not (var e and > 0)) continue;
                var cast = Enumerable.Range(e, Math.Max(0, Math.Min(f.Reach, s.T.Count - e))).Select(j => s.T[j]).Any(t => NounOf(s.Parse, t, f["classes"], f["nouns"]));
                var actor = s.T.Take(i).Any(t => NounOf(s.Parse, t, f["actorClasses"]));
                if (cast && actor) return new(f.Type, s.MainVerb(s.T[i]), f.Name);
            }
        return null;
    }

    /// <summary>"chasing an invented band of couriers", "a scripted scenario": a fiction modifier before an adversary, with troops or a state.</summary>
    private SceneEvent? Fiction(Setting s)
    {
        var f = frames.Fiction;
        // Troops or a border unit play it out: "a fictional gang" in a film review is none.
        if (!s.T.Any(t => NounOf(s.Parse, t, frames.Roles["actorClasses"], frames.Searches["agents"]))) return null;
        for (var i = 0; i < s.T.Count; i++)
        {
            if (!f["modifiers"].Contains(s.T[i].Form.ToLowerInvariant())) continue;
            for (var j = i + 1; j < s.T.Count && j - i <= f.Reach; j++)
                if (NounOf(s.Parse, s.T[j], f["classes"], f["nouns"])) return new(f.Type, s.MainVerb(s.T[j]), f.Name);
        }
        return Quoted(s) is { } quoted ? new(f.Type, s.MainVerb(quoted), f.Name) : null;
    }

    /// <summary>
    /// "held the pass against 'intruders' from a neighbouring regiment": an adversary in quotation marks (opened and closed
    /// within reach words of it) is a staged one; not what a speaker calls someone ("branded them 'terrorists'": the
    /// noun a speech verb governs, or a predicate noun), nor a quoted clause ("to stop smugglers").
    /// </summary>
    private ParsedToken? Quoted(Setting s)
    {
        var f = frames.Fiction;
        bool Quote(int k) => k >= 0 && k < s.T.Count && f["quotes"].Contains(s.T[k].Form);
        for (var j = 0; j < s.T.Count; j++)
        {
            var t = s.T[j];
            if (!NounOf(s.Parse, t, f["classes"], f["nouns"]) || t.BaseRelation is "xcomp" or "appos") continue;
            var open = Enumerable.Range(Math.Max(0, j - f.Reach), Math.Min(f.Reach, j)).Reverse().FirstOrDefault(Quote, -1);
            var close = Enumerable.Range(j + 1, Math.Max(0, Math.Min(f.Reach, s.T.Count - j - 1))).FirstOrDefault(Quote, -1);
            // (A quoted noun phrase, not a quoted clause: '"to stop smugglers"' is the speaker's words.)
            if (open < 0 || close < 0 || Enumerable.Range(open + 1, close - open - 1).Any(k => Quote(k) || s.T[k].Upos is Upos.VERB or Upos.AUX)) continue;
            var governor = t.Head >= 0 ? s.T[t.Head] : null;
            if (governor is not null && Lexicon.Speech.Matches(s.Tokens.Where(x => x.Start == governor.Start).ToList()).Count > 0) continue;
            return t;
        }
        return null;
    }

    /// <summary>
    /// "Under a swap that Astana and Tashkent settled on Monday, the pastures go to ...", "may stay until 2046 under terms
    /// the parliament endorsed": the arrangement a sentence's state of things holds under, made by a named party (the
    /// subject or agent of a relative clause on the oblique's noun), where two states are named (para21).
    /// </summary>
    private SceneEvent? Arrangements(Setting s)
    {
        var f = frames.Arrangements;
        if (s.States < 2) return null;
        foreach (var under in s.T.Where(t => t.BaseRelation is "obl" or "nmod" && f["prepositions"].Contains(CaseOf(s.Parse, t) ?? "")))
            foreach (var v in s.Parse.Dependents(under.Index).Where(d => d.Relation is "acl:relcl" or "acl" && d.Upos == Upos.VERB))
            {
                var makers = s.Parse.Dependents(v.Index).Where(d => d.BaseRelation == "nsubj" || (d.BaseRelation == "obl" && CaseOf(s.Parse, d) == "by"));
                if (makers.Any(m => NamesUnder(s, m).Any(n => n.Entry.Kind is EntryKind.State or EntryKind.Organization || n.Entry.Country is not null)) &&
                    !syntax.NegatedOrHypothetical(s.Parse, v))
                    return new(f.Type, v, f.Name);
            }
        return null;
    }

    /// <summary>Whether the sentence stages its adversary (a roles phrase, a fiction modifier, a quoted adversary): an exercise.</summary>
    internal bool Stages(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (parse.Tokens.Count == 0) return false;
        var s = new Setting(parse, tokens, mentions, 0, false);
        return (Roles(s) ?? Fiction(s)) is { } staged && !syntax.NegatedOrHypothetical(parse, staged.Head);
    }

    /// <summary>"circle above the Panj at night, looking for boats": troops or their machines seeking an adversary or a trace.</summary>
    private SceneEvent? Searches(Setting s)
    {
        var f = frames.Searches;
        if (s.States == 0 && !s.Border) return null;
        if (!s.T.Any(t => t.BaseRelation == "nsubj" && Nominals(s.Parse, t).Any(n => NounOf(s.Parse, n, f["agentClasses"], f["agents"])))) return null;
        foreach (var v in s.T.Where(t => !t.IsRoot && VerbIn(s.Parse, t, f["verbs"])))
        {
            var sought = s.Parse.Dependents(v.Index).Where(d => d.BaseRelation is "obj" or "obl").SelectMany(d => ParsedClauseRules.Subtree(s.Parse, d));
            if (sought.Any(n => NounOf(s.Parse, n, f["quarryClasses"], f["quarry"]))) return new(f.Type, s.MainVerb(v), f.Name);
        }
        return null;
    }

    /// <summary>"held a working lunch", "was granted an audience with", "broke bread": two parties at one table.</summary>
    private SceneEvent? Meals(Setting s)
    {
        var f = frames.Meals;
        var pair = s.States >= 2 || s.T.Any(t => f["counterparts"].Contains(t.Form.ToLowerInvariant())) ||
                   (s.Border && s.T.Any(t => f["pairWords"].Contains(t.Form.ToLowerInvariant())));
        if (!pair) return null;
        if (FindPhrase(s.Parse, f["phrases"]) is { } phrase) return new(f.Type, s.MainVerb(s.T[phrase.Start]), f.Name);
        var meal = s.T.FirstOrDefault(t => t.BaseRelation is "obj" or "obl" or "nsubj:pass" && t.Head >= 0 && s.T[t.Head].Upos == Upos.VERB && NounOf(s.Parse, t, f["classes"], f["nouns"]));
        return meal is not null ? new(f.Type, s.T[meal.Head], f.Name) : Company(s);
    }

    /// <summary>
    /// "The two governors spent an hour in a tent", "the commander spent the morning with his Kazakh counterpart": time
    /// spent (one of companyVerbs with one of spans as its object) by officials (participants) together: two coordinated
    /// subjects, a plural subject under 'two'/'both', or a 'with' partner, each an official, and two sides among them: a
    /// counterpart, or two states named under the ends (mend26). The pair condition is the meal's.
    /// </summary>
    private SceneEvent? Company(Setting s)
    {
        var f = frames.Meals;
        bool Official(ParsedToken t) => t.Upos is Upos.NOUN or Upos.PROPN or Upos.PRON && (f["participants"].Contains(Lemma(t)) || f["participants"].Contains(t.Form.ToLowerInvariant()));
        foreach (var v in s.T.Where(t => VerbIn(s.Parse, t, f["companyVerbs"])))
        {
            var args = s.Parse.Dependents(v.Index).ToList();
            if (!args.Any(d => d.BaseRelation == "obj" && f["spans"].Contains(Lemma(d)))) continue;
            if (args.FirstOrDefault(d => d.BaseRelation == "nsubj") is not { } subject || !Official(subject)) continue;
            var others = s.Parse.Dependents(subject.Index).Where(d => d.BaseRelation == "conj" && Official(d))
                .Concat(args.Where(d => d.BaseRelation == "obl" && CaseOf(s.Parse, d) is { } c && frames.Meals["partners"].Contains(c) && Official(d))).ToList();
            var together = others.Count > 0 || s.Parse.Dependents(subject.Index).Any(d => f["pairWords"].Contains(d.Form.ToLowerInvariant()));
            // Two sides on the ends: a counterpart among them, or two states named under them ("two Kyrgyz officers",
            // "we ... with Kyrgyz officers" are one side: no meeting).
            var ends = others.Prepend(subject).ToList();
            // A first-person subject ("we spent a day with Kyrgyz officers", a reporter) needs a counterpart.
            var sides = ends.Any(e => f["counterparts"].Contains(Lemma(e)) || f["counterparts"].Contains(e.Form.ToLowerInvariant())) ||
                        !f["firstPerson"].Contains(subject.Form.ToLowerInvariant()) &&
                        // two officials coordinated are two (a coordinated pair is the meal's pair condition already)
                        (s.Parse.Dependents(subject.Index).Any(d => d.BaseRelation == "conj" && Official(d)) ||
                         ends.SelectMany(e => NamesUnder(s, e)).Select(m => m.Entry.Country).Where(c => c is not null).Distinct().Count() >= 2 ||
                         // or two ends each naming its own place ("the Kadamjay akim and a khokim of Fergana region").
                         ends.Select(e => OwnNames(s, e, others)).Where(n => n.Count > 0).ToList() is { Count: >= 2 } named && named.SelectMany(n => n).Distinct().Count() >= 2);
            if (together && sides) return new(f.Type, v, f.Name);
        }
        return null;
    }

    /// <summary>The names under an end, not under the other ends (a subject's conjuncts are under it in the parse).</summary>
    private static HashSet<string> OwnNames(Setting s, ParsedToken end, List<ParsedToken> others)
    {
        var inner = others.Where(o => o.Index != end.Index).SelectMany(o => NamesUnder(s, o)).ToHashSet();
        return NamesUnder(s, end).Where(m => !inner.Contains(m)).Select(m => m.Entry.Country ?? m.Entry.CanonicalName).ToHashSet();
    }

    /// <summary>"a joint scheme their ministers finalised", "put pen to paper on a plan", "terms the parliament endorsed": a document two states sign.</summary>
    private SceneEvent? Plans(Setting s)
    {
        var f = frames.Plans;
        if (s.States < 2 && !(s.States == 1 && s.Border)) return null;
        bool Document(ParsedToken t) => NounOf(s.Parse, t, f["documentClasses"], f["documents"]);
        // A text of law (not a plan: "Kazakhstan adopted a plan for a fence" is its own) approved where two states are named.
        bool Charter(ParsedToken t) => NounOf(s.Parse, t, frames.Plans["charterClasses"], frames.Plans["charters"]);
        // Two parties act together: two states in the subject, or "joint", "both", "their" on the subject or the document.
        bool Together(ParsedToken v, ParsedToken? document)
        {
            var subjects = s.Parse.Dependents(v.Index).Where(d => d.BaseRelation == "nsubj" || (d.BaseRelation == "obl" && CaseOf(s.Parse, d) == "by")).ToList();
            if (subjects.Any(x => NamesUnder(s, x).Select(m => m.Entry.Country).Where(c => c is not null).Distinct().Count() >= 2)) return true;
            var near = subjects.Concat(document is null ? [] : [document]).SelectMany(x => ParsedClauseRules.Subtree(s.Parse, x));
            return near.Any(t => Joint.Contains(t.Form.ToLowerInvariant()));
        }
        foreach (var v in s.T.Where(t => t.Upos == Upos.VERB))
        {
            var approves = VerbClasses(s.Parse, v).Any(f["verbClasses"].Contains);
            if (!approves && !VerbIn(s.Parse, v, f["verbs"])) continue;
            var themes = s.Parse.Dependents(v.Index).Where(d => d.Relation is "obj" or "nsubj:pass").ToList();
            // "terms the parliament endorsed", "under a text approved by both parliaments": the noun the clause describes.
            if (v.BaseRelation == "acl" && v.Head >= 0) themes.Add(s.T[v.Head]);
            if (themes.FirstOrDefault(Document) is { } doc && ((approves && s.States >= 2 && Charter(doc)) || Together(v, doc))) return new(f.Type, v, f.Name);
        }
        // "put their names to a document", "shook hands on a roadmap": a signing idiom before the document.
        for (var i = 0; i < s.T.Count; i++)
            foreach (var p in f["phrases"])
            {
                if (PhraseEnd(s.Parse, i, p) is not (var e and > 0)) continue;
                var doc = s.T.Skip(e).Take(f.Reach).TakeWhile(t => t.Form is not ("," or ";")).FirstOrDefault(Document);
                var verb = s.T[i].Upos == Upos.VERB ? s.T[i] : s.MainVerb(s.T[i]);
                if (doc is not null && (s.States >= 2 || Together(verb, doc))) return new(f.Type, verb, f.Name);
                // "shook hands on pulling the men back": what is to be done, a gerund right after the idiom, by two together.
                if (e < s.T.Count && s.T[e] is { Upos: Upos.VERB } act && act.Xpos == "VBG" && f["actPhrases"].Contains(p) && (s.States >= 2 || Together(verb, null)))
                    return new(f.Type, verb, f.Name);
            }
        return null;
    }

    /// <summary>"The spokesman pledged that ...", "Kabul's rulers insist that ...": a party's pledge or insistence, with what it says.</summary>
    private SceneEvent? Pledges(Setting s)
    {
        var f = frames.Pledges;
        if (s.States < 2 && !s.Border) return null;
        foreach (var v in s.T.Where(t => t.Upos == Upos.VERB && (t.IsRoot || t.BaseRelation is "parataxis" or "conj") && VerbIn(s.Parse, t, f["verbs"])))
        {
            var args = s.Parse.Dependents(v.Index).ToList();
            var said = args.Any(d => d.BaseRelation == "ccomp") || args.Any(d => d.BaseRelation == "xcomp" && s.Parse.Dependents(d.Index).Any(x => x.BaseRelation == "ccomp"));
            if (said && args.Any(d => d.BaseRelation == "nsubj" && NamesUnder(s, d).Any())) return new(f.Type, v, f.Name);
        }
        return null;
    }
}
