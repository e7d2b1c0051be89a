namespace BorderWatch.Ingestion.Language;

/// <summary>
/// Mends the arc the parser gets wrong on a line led by a date ("19 January - Tajik guards detain two more herders",
/// "March 3: the commission meets in Osh"): it roots the line on the date's number and hangs the clause after the dash or
/// colon below it (parataxis, appos, dep), so the line has no predicate of its own. When the tokens before a dash or colon
/// are only numbers and proper nouns (a day and a month, with a weekday), at least one a number, and the root is one of them,
/// the first verb after the mark hung under the root becomes the root; the date becomes its temporal oblique (obl:tmod)
/// and the root's other dependents after the mark move to the verb (model38).
/// </summary>
public static class DateLedRepair
{
    private static readonly string[] Marks = ["-", "\u2013", "\u2014", ":"];

    public static ParsedToken[] Apply(ParsedToken[] tokens)
    {
        var mark = Array.FindIndex(tokens, t => t.Upos == Upos.PUNCT || t.Upos == Upos.SYM);
        if (mark < 1 || mark > 4 || !Marks.Contains(tokens[mark].Form)) return tokens;
        var date = tokens[..mark];
        if (!date.All(t => t.Upos is Upos.NUM or Upos.PROPN) || !date.Any(t => t.Upos == Upos.NUM)) return tokens;
        var root = Array.FindIndex(tokens, t => t.IsRoot);
        if (root < 0 || root >= mark) return tokens;
        var verb = Array.FindIndex(tokens, mark + 1, t => t.Head == root && t.Upos == Upos.VERB);
        if (verb < 0) return tokens;
        for (var i = mark; i < tokens.Length; i++)
            if (tokens[i].Head == root && i != verb) tokens[i] = tokens[i] with { Head = verb };
        tokens[verb] = tokens[verb] with { Head = -1, Relation = "root" };
        tokens[root] = tokens[root] with { Head = verb, Relation = "obl:tmod" };
        return tokens;
    }
}
