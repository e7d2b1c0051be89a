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
    private bool RetellsOwnReport(ParsedSentence parse, ParsedToken verb)
    {
        if (verb.Upos != Upos.VERB || verb.Xpos is not ("VBD" or "VBN") || !words.RetellVerbs.Contains(ClauseSyntax.Lemma(verb))) return false;
        var args = parse.Dependents(verb.Index).ToList();
        if (OwnSubject(parse, verb))
            return args.Any(d => d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) == "in" && words.OutletItems.Contains(ClauseSyntax.Lemma(d)));
        return args.Any(d => d.BaseRelation == "nsubj" && words.OutletItems.Contains(ClauseSyntax.Lemma(d)) &&
                             parse.Dependents(d.Index).Any(m => words.EarlierWords.Contains(m.Form.ToLowerInvariant())));
    }

    /// <summary>"..., and the post has been corrected", "This report has been amended": one of amendVerbs with one of
    /// outletItems as its passive subject, anywhere in the clause: the outlet mending its item, no event.</summary>
    private bool AmendsOwnItem(ParsedSentence parse, Clause span) =>
        ClauseSyntax.Within(parse, span.Start, span.End).Any(v => v.Upos == Upos.VERB && words.AmendVerbs.Contains(ClauseSyntax.Lemma(v)) &&
            parse.Dependents(v.Index).Any(d => d.Relation == "nsubj:pass" && words.OutletItems.Contains(ClauseSyntax.Lemma(d))));

    private bool OwnSubject(ParsedSentence parse, ParsedToken verb) =>
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "nsubj" && words.OwnVoice.Contains(d.Form.ToLowerInvariant()));
}
