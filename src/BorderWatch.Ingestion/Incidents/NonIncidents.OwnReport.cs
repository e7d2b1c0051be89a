using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An outlet's words about its own coverage (<c>Lexicon/reporting.json</c>): a live page's opening "We are following
/// reports of shooting on the river" frames the story its entries tell (no event of its own), and a correction's "In our
/// 10:45 post we wrote that five guards had been hurt" or "An earlier report said ..." retells the item it corrects (the
/// corrected event is told in the item, and again in the correction's next sentence).
/// </summary>
internal sealed partial class NonIncidents
{
    /// <summary>"We are following reports of ...", "We're tracking claims that ...": the outlet (one of ownVoice) as the
    /// subject of one of followVerbs whose object is one of reportNouns.</summary>
    private bool FollowsReports(ParsedSentence parse, ParsedToken verb) =>
        verb.Upos == Upos.VERB && words.FollowVerbs.Contains(ClauseSyntax.Lemma(verb)) && OwnSubject(parse, verb) &&
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj" && words.ReportNouns.Contains(ClauseSyntax.Lemma(d)));

    /// <summary>"In a report published on Monday we said that ...", "In our 10:45 post we wrote that ...", "An earlier post
    /// said ...": one of retellVerbs in the past with the outlet as its subject and one of its items as its 'in' oblique,
    /// or with one of its items marked as earlier (earlierWords: "earlier", "previous", "our") as its subject.</summary>
    private bool RetellsOwnReport(ParsedSentence parse, Clause span, ParsedToken verb)
    {
        if (verb.Upos != Upos.VERB || verb.Xpos is not ("VBD" or "VBN") || !words.RetellVerbs.Contains(ClauseSyntax.Lemma(verb))) return false;
        var args = parse.Dependents(verb.Index).ToList();
        if (OwnSubject(parse, verb))
            return args.Any(d => d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && words.RetellCases.Contains(c) && OwnItem(parse, span, d));
        return args.Any(d => d.BaseRelation == "nsubj" && OwnItem(parse, span, d) &&
                             parse.Dependents(d.Index).Any(m => words.EarlierWords.Contains(m.Form.ToLowerInvariant())));
    }

    /// <summary>One of outletItems that belongs to no other party: no owner on it, a possessive ("the ministry's
    /// bulletin") or a modifier naming a party ("an earlier UN report", "a report by the OSCE", "the Tajik report"); the
    /// outlet's own marks (earlierWords: "our", "earlier") and a date ("our Monday edition") are no other owner.</summary>
    private bool OwnItem(ParsedSentence parse, Clause span, ParsedToken item) =>
        words.OutletItems.Contains(ClauseSyntax.Lemma(item)) &&
        !parse.Dependents(item.Index).Any(m => !words.EarlierWords.Contains(m.Form.ToLowerInvariant()) &&
            (m.Relation == "nmod:poss" || m.BaseRelation is "compound" or "nmod" or "amod" && NamesParty(parse, span, m)));

    private static bool NamesParty(ParsedSentence parse, Clause span, ParsedToken modifier)
    {
        var tree = ParsedClauseRules.Subtree(parse, modifier);
        var (start, end) = (tree.Min(x => x.Start), tree.Max(x => x.End));
        return span.SentenceMentions.Any(m => m.Start < end && m.End > start);
    }

    /// <summary>"..., and the post has been corrected", "This report has been amended": one of amendVerbs with one of
    /// outletItems as its passive subject, anywhere in the clause: the outlet mending its item, no event.</summary>
    private bool AmendsOwnItem(ParsedSentence parse, Clause span) =>
        ClauseSyntax.Within(parse, span.Start, span.End).Any(v => v.Upos == Upos.VERB && words.AmendVerbs.Contains(ClauseSyntax.Lemma(v)) &&
            parse.Dependents(v.Index).Any(d => d.Relation == "nsubj:pass" && OwnItem(parse, span, d)) &&
            // "The ministry's bulletin was updated to say ...": what an item was amended to say is told, not mended away.
            !parse.Dependents(v.Index).Any(d => d.BaseRelation is "xcomp" or "ccomp" or "advcl"));

    /// <summary>The outlet (one of ownVoice) as the verb's subject; a "we" inside a quotation (after an odd number of
    /// quoteMarks in the sentence) or in the words of a named speaker (a speech verb with another subject over or under
    /// the verb: "..., the minister said") is the speaker's, not the outlet's.</summary>
    private bool OwnSubject(ParsedSentence parse, ParsedToken verb)
    {
        if (parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "nsubj" && words.OwnVoice.Contains(d.Form.ToLowerInvariant())) is not { } we) return false;
        if (parse.Tokens.Count(t => t.Index < we.Index && words.QuoteMarks.Contains(t.Form)) % 2 == 1) return false;
        var near = parse.Tokens.Where(t => t.Index != verb.Index && t.Upos == Upos.VERB &&
                                           (t.Index == verb.Head || t.Head == verb.Index && t.BaseRelation is "parataxis" or "ccomp"));
        return !near.Any(t => syntax.Read(parse, t) is var p && (p.IsSpeechAct || p.Role == PredicateRole.Report) &&
                              parse.Dependents(t.Index).Any(d => d.BaseRelation == "nsubj" && !words.OwnVoice.Contains(d.Form.ToLowerInvariant())));
    }
}
