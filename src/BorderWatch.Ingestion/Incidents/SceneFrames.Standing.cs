using BorderWatch.Ingestion.Language;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A standing measure told as what a force has been doing since a day (recall44, issue 8; scene-frames.json "standing"):
/// "Since 3 May the guards have been searching every car at the post", "since Tuesday night patrols on the river have
/// been doubled", "the detachment has kept observers on the ridge since the middle of April". SCHEMA.md records patrols,
/// checks and watch kept as patrol-surveillance, dated from the start the sentence gives.
/// </summary>
internal sealed partial class SceneFrames
{
    /// <summary>
    /// A verb in the present perfect (or its progressive or passive) with a start that names a day, a month or a part of
    /// one (<see cref="StartsOnDay"/>), whose subject is a force acting on an object ("the guards have checked every
    /// lorry"), or whose object or passive subject is a force ("have kept observers", "patrols have been doubled"); in a
    /// sentence that names a state, a place or a border. Not a habit with no start ("the guards check every lorry"), a
    /// wait ("drivers have been waiting since Monday": no force, no object), a state since a year alone ("since 2009":
    /// how things have long stood) or a relative clause (background to what its noun's sentence tells).
    /// </summary>
    private SceneEvent? Standing(Setting s)
    {
        var f = frames.Standing;
        // (Or its subject is the story's force, pointed back to: "Since Monday the detachment has kept ...", recall47.)
        if (s.States == 0 && !s.Border && !s.Mentions.Any(m => m.Place is not null) && !StoryForceSubject(s, f)) return null;
        foreach (var v in s.T)
        {
            if (v.Upos != Upos.VERB || Listed(v, f["exceptVerbs"]) || InRelativeClause(s.Parse, v)) continue;
            // (A conjunct shares its head's auxiliaries and start: "have been putting every truck through ... and opening ...".)
            var head = v.BaseRelation == "conj" && v.Head >= 0 ? s.Parse.Tokens[v.Head] : v;
            if (!PresentPerfect(s.Parse, head) || !StartsOnDay(s.Parse, head, f)) continue;
            var deps = s.Parse.Dependents(v.Index).ToList();
            var obj = deps.FirstOrDefault(d => d.Relation == "obj");
            var passive = deps.FirstOrDefault(d => d.Relation == "nsubj:pass") ?? (v != head ? s.Parse.Dependents(head.Index).FirstOrDefault(d => d.Relation == "nsubj:pass") : null);
            // (Any subject: the parser may make the start's noun a second one, "Since [the middle] of November, border posts have ...".)
            var subjects = (v != head ? s.Parse.Dependents(head.Index) : deps).Where(d => d.Relation == "nsubj").ToList();
            var subject = subjects.FirstOrDefault(x => Force(s, x, f)) ?? SubjectOf(s.Parse, v);
            if ((subject is not null && obj is not null && Force(s, subject, f)) || (obj is not null && Force(s, obj, f)) || (passive is not null && Force(s, passive, f)))
                return new(f.Type, v, f.Name);
        }
        return null;
    }

    /// <summary>"has checked", "have been checking", "have been doubled": an auxiliary "have" in the present on the verb.</summary>
    private static bool PresentPerfect(ParsedSentence parse, ParsedToken v) =>
        parse.Dependents(v.Index).Any(d => d.BaseRelation == "aux" && Lemma(d) == "have" && d.Form.ToLowerInvariant() is "has" or "have" or "'ve");

    /// <summary>
    /// A start phrase on the verb after one of the frame's starts that names a day or a month (a number that is no bare
    /// year, a calendar word, one of the frame's times) and holds no clause of its own ("since the trial began" dates from an
    /// event, not a day); or such words after a start word before or after the verb with no other verb between.
    /// </summary>
    private static bool StartsOnDay(ParsedSentence parse, ParsedToken v, SceneFrame f)
    {
        foreach (var d in parse.Dependents(v.Index).Where(d => d.BaseRelation is "obl" or "advmod" or "nmod" or "advcl"))
        {
            var phrase = ParsedClauseRules.Subtree(parse, d).OrderBy(t => t.Start).ToList();
            if (phrase.Count >= 2 && f["starts"].Contains(phrase[0].Form.ToLowerInvariant()) && Day(phrase.Skip(1).ToList(), f)) return true;
        }
        // ("since 20 November his men have checked", "Since Wednesday night patrols ... have been doubled": the parser often
        // hangs the start word and its day apart, or on the subject; read the words after a start word up to the next
        // verb, auxiliary or punctuation, with no other verb between them and this one.)
        var tokens = parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i == v.Index || !f["starts"].Contains(tokens[i].Form.ToLowerInvariant())) continue;
            var window = tokens.Skip(i + 1).TakeWhile(t => t.Upos is not (Upos.PUNCT or Upos.VERB or Upos.AUX or Upos.SCONJ)).Take(6).ToList();
            if (window.Count == 0 || !Day(window, f, ignoreSubjects: true)) continue;
            var (from, to) = i < v.Index ? (i + window.Count + 1, v.Index) : (v.Index + 1, i);
            if (!tokens.Skip(from).Take(to - from).Any(t => t.Upos == Upos.VERB)) return true;
        }
        return false;
    }

    private static bool Day(List<ParsedToken> phrase, SceneFrame f, bool ignoreSubjects = false) =>
        (ignoreSubjects || !phrase.Any(t => t.BaseRelation == "nsubj")) &&
        (phrase.Any(t => Listed(t, f["calendar"]) || Listed(t, f["times"])) ||
         phrase.Any(t => t.Upos == Upos.NUM && !(t.Form.Length == 4 && t.Form.All(char.IsDigit))));

    /// <summary>A force: by class, by noun, or a group or team qualified as one ("mobile groups", "a second boat group") or pointed back to ("the unit": <see cref="PointedBack"/>), or what it is a unit of ("the number of men").</summary>
    private bool Force(Setting s, ParsedToken nominal, SceneFrame f) =>
        Nominals(s.Parse, nominal).Any(n => (n.Upos is Upos.NOUN or Upos.PROPN && Listed(n, f["forces"])) || NounOf(s.Parse, n, f["forceClasses"]) ||
            (Listed(n, f["qualifiedForces"]) && (s.Parse.Dependents(n.Index).Any(m => m.BaseRelation is "amod" or "compound" && Listed(m, f["forceModifiers"])) || PointedBack(s.Parse, n, f))));

    /// <summary>The verb heads, or stands under, a relative or adnominal clause.</summary>
    private static bool InRelativeClause(ParsedSentence parse, ParsedToken v)
    {
        for (var w = v; w.Head >= 0; w = parse.Tokens[w.Head])
            if (w.BaseRelation == "acl") return true;
        return false;
    }
}
