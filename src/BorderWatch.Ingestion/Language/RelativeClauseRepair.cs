namespace BorderWatch.Ingestion.Language;

/// <summary>
/// Mends one arc the greedy parser gets wrong in news text: a relative clause after a noun ("A senior officer, who
/// asked not to be identified, said ...") hung as a content clause (ccomp) of the verb after it. A ccomp that stands
/// before its verb and whose subject is a relative pronoun (XPOS WP or WDT) right after the noun (or after the noun and
/// a comma) describes that noun: it becomes its acl:relcl, and the reporting verb keeps only its real content clause.
/// Content clauses opened by "who" after their verb ("asked who had fired") are left alone.
/// </summary>
public static class RelativeClauseRepair
{
    public static ParsedToken[] Apply(ParsedToken[] tokens)
    {
        for (var c = 0; c < tokens.Length; c++)
        {
            var clause = tokens[c];
            if (clause.Relation != "ccomp" || clause.Head <= clause.Index) continue;
            var subject = tokens.FirstOrDefault(t => t.Head == c && t.BaseRelation == "nsubj" && t.Index < c);
            if (subject is null || subject.Xpos is not ("WP" or "WDT")) continue;
            var n = subject.Index - 1;
            if (n >= 0 && tokens[n].Upos == Upos.PUNCT && tokens[n].Form == ",") n--;
            if (n < 0 || tokens[n].Upos is not (Upos.NOUN or Upos.PROPN) || Descends(tokens, n, c)) continue;
            tokens[c] = clause with { Head = n, Relation = "acl:relcl" };
        }
        return tokens;
    }

    // whether token i lies under token ancestor
    private static bool Descends(ParsedToken[] tokens, int i, int ancestor)
    {
        for (var steps = 0; i >= 0 && steps < tokens.Length; steps++, i = tokens[i].Head)
            if (i == ancestor) return true;
        return false;
    }
}
