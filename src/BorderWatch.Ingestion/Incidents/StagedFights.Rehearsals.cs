using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An act under evaluation is staged as well (issue 8, para46; words in <c>Lexicon/fight-frames.json</c>,
/// <see cref="FightFrameLexicon.Rehearsals"/>): whatever the act is (a fight, a road shut, a battery firing), it is the
/// exercise when the sentence grades or times the performers or tests the equipment:
/// <list type="bullet">
/// <item>an evaluation verb (grade, mark, time, score) whose complement asks how the performers did ("so that both sides
/// could time how fast they shut the road", "were graded on their handling of", "will mark the crews on how quickly"),
/// on the sentence's main line or in a clause of purpose, not in a clause of time or circumstance ("While officers timed
/// how fast the crews loaded boats, smugglers fired on the post" stays the clash) nor in a relative clause ("during a drill
/// in which officers timed ..." leaves a real attack the clash);</item>
/// <item>a trial of equipment (a "live test", a "firing trial") as the subject of the sentence's main line ("Wednesday's
/// live test of the battery ... ended with ..."), not in an oblique ("Gunmen attacked the post during a test of the
/// radar" stays the clash).</item>
/// </list>
/// Asked by <see cref="ExerciseScenarios"/> beside the staged adversary and the staged fight, for any typed clause.
/// </summary>
internal sealed partial class StagedFights
{
    internal bool Rehearses(ParsedSentence parse) =>
        parse.Tokens.Any(t => Evaluates(parse, t) && Governs(parse, t) || Trial(parse, t) && MainLine(parse, t));

    /// <summary>"time how fast", "graded on their handling of", "marked the crews on how quickly they ...": an evaluation
    /// verb (or the noun the parser makes of it under a modal: "could time") with a word asking how the performers did,
    /// among the four words after it or hanging on it within three steps.</summary>
    private bool Evaluates(ParsedSentence parse, ParsedToken t)
    {
        if (!words.Rehearsals.EvaluationVerbs.Contains(ClauseSyntax.Lemma(t))) return false;
        if (t.Upos != Upos.VERB && !(t.Upos == Upos.NOUN && parse.Dependents(t.Index).Any(d => d.BaseRelation == "aux"))) return false;
        var after = parse.Tokens.Skip(t.Index + 1).TakeWhile(n => n.Upos != Upos.PUNCT).Take(10).ToList();
        return after.Select((n, i) => (n, i)).Any(x => words.Rehearsals.PerformanceWords.Contains(ClauseSyntax.Lemma(x.n)) &&
                                                      x.n.Upos is Upos.ADV or Upos.SCONJ or Upos.NOUN && (x.i < 4 || Under(parse, x.n, t, 3)));
    }

    private static bool Under(ParsedSentence parse, ParsedToken n, ParsedToken head, int steps) =>
        parse.Heads(n).Take(steps).Any(h => h.Index == head.Index);

    /// <summary>The evaluation stands on the sentence's main line or in a clause of purpose ("so that ... could time"): not
    /// in a clause of time or circumstance (one of timeMarks: "while", "after", "as"), a relative clause ("a drill in which
    /// officers timed ...") or a phrase hung on a noun.</summary>
    private bool Governs(ParsedSentence parse, ParsedToken t)
    {
        for (var (cur, steps) = (t, 0); steps < parse.Tokens.Count; cur = parse.Tokens[cur.Head], steps++)
        {
            if (cur.Head < 0) return true;
            if (cur.BaseRelation is "acl" or "obl" or "nmod" or "csubj" or "nsubj" or "obj") return false;
            if (cur.BaseRelation == "advcl" && parse.Dependents(cur.Index).Any(d => d.BaseRelation == "mark" && words.Rehearsals.TimeMarks.Contains(ClauseSyntax.Lemma(d))))
                return false;
        }
        return false;
    }

    /// <summary>"Wednesday's live test of the battery": a trial noun with a trial modifier, as a subject.</summary>
    private bool Trial(ParsedSentence parse, ParsedToken t) =>
        t.Upos == Upos.NOUN && t.BaseRelation == "nsubj" && words.Rehearsals.TrialNouns.Contains(ClauseSyntax.Lemma(t)) &&
        parse.Dependents(t.Index).Any(d => d.BaseRelation is "amod" or "compound" && words.Rehearsals.TrialModifiers.Contains(ClauseSyntax.Lemma(d)));
}
