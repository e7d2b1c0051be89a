using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A fight fought with props or under arbiters is staged: an exercise, not a clash (issue 8, para45; words in
/// <c>Lexicon/fight-frames.json</c>). "A mock landing ... was beaten back ... with blank cartridges", "The umpires ruled
/// that half the platoon was dead": a prop (a blank or dummy round, blanks) or an arbiter as a subject on the sentence's
/// main line (not inside an adverbial, relative or clausal modifier hung on it: "After the umpires closed the drill,
/// smugglers fired on the post" stays the clash). Asked by <see cref="ExerciseScenarios"/> beside the staged adversary.
/// </summary>
internal sealed partial class StagedFights(FightFrameLexicon words)
{
    // (Full relations: a relative clause is a side clause; a bare "acl" is often the parser's reading of the main verb,
    // "guards fought off a raid" with "fought" under "guards".)
    private static readonly HashSet<string> SideClauses = new(StringComparer.Ordinal) { "advcl", "acl:relcl", "csubj", "parataxis" };

    internal bool Stages(ParsedSentence parse) => parse.Tokens.Any(t => (Prop(parse, t) || Arbiter(t)) && MainLine(parse, t));

    private bool Prop(ParsedSentence parse, ParsedToken t)
    {
        if (t.Upos != Upos.NOUN) return false;
        var lemma = ClauseSyntax.Lemma(t);
        if (words.PropNouns.Contains(lemma) && t.Xpos == "NNS") return true;
        return words.PropHeads.Contains(lemma) &&
               parse.Dependents(t.Index).Any(d => d.BaseRelation is "amod" or "compound" && words.PropModifiers.Contains(ClauseSyntax.Lemma(d)));
    }

    private bool Arbiter(ParsedToken t) => t.Upos == Upos.NOUN && t.BaseRelation == "nsubj" && words.Arbiters.Contains(ClauseSyntax.Lemma(t));

    /// <summary>Whether the word hangs on the sentence's root through no side clause.</summary>
    private static bool MainLine(ParsedSentence parse, ParsedToken t)
    {
        for (var (cur, steps) = (t, 0); cur.Head >= 0 && steps < parse.Tokens.Count; cur = parse.Tokens[cur.Head], steps++)
            if (SideClauses.Contains(cur.Relation) || SideClauses.Contains(cur.BaseRelation) && cur.BaseRelation != "acl") return false;
        return true;
    }
}
