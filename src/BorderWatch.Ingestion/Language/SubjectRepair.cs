namespace BorderWatch.Ingestion.Language;

/// <summary>
/// Mends another arc the greedy parser gets wrong in news text (model36): the subject of a finite verb, before it and
/// after a conjunction or an adverb ("..., and Tajik guards later held three drivers"), hung as a bare-noun oblique
/// (obl:unmarked) of the adverb or of the verb, which is then left with no subject. A plural noun with no number of its
/// own ("two days later" is a time) so hung, before a finite active verb that has no subject, becomes its nsubj.
/// </summary>
public static class SubjectRepair
{
    public static ParsedToken[] Apply(ParsedToken[] tokens)
    {
        for (var n = 0; n < tokens.Length; n++)
        {
            var noun = tokens[n];
            if (noun.Relation != "obl:unmarked" || noun.Xpos is not ("NNS" or "NNPS") || noun.Head <= n) continue;
            var verb = tokens[noun.Head];
            if (verb.Upos == Upos.ADV && verb.Head > n) verb = tokens[verb.Head];
            // (a past form with no auxiliary is finite: "and Kyrgyz soldiers later detained", tagged VBN after the adverb)
            if (verb.Upos != Upos.VERB || verb.Xpos is not ("VBD" or "VBZ" or "VBP" or "VBN") || verb.Index <= n) continue;
            if (tokens.Any(t => t.Head == n && t.BaseRelation == "nummod")) continue;
            if (tokens.Any(t => t.Head == verb.Index && t.BaseRelation is "nsubj" or "csubj" or "aux" or "expl")) continue;
            tokens[n] = noun with { Head = verb.Index, Relation = "nsubj" };
        }
        return tokens;
    }
}
