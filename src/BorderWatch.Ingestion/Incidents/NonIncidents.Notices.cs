using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A notice of a procedure (<c>Lexicon/reporting.json</c> noticeVerbs, advanceMarks, publicRequestVerbs; precision30):
/// "Tashkent was informed in advance", "Residents will be warned beforehand, it said": someone told of a step ahead of
/// time, the passive of a verb of notice with one of advanceMarks, not negated (a side not warned may protest); "Drivers
/// are asked to wait in Khorog", "Anyone with information is requested to call the hotline": a request to the public in
/// the present passive, with no agent, under a to-infinitive. A notice inside a report of something else, no record; a
/// request followed by its speaker ("..., the border service said") is that speaker's statement (recall31). A line of a
/// decisions list or an instruction in the imperative ("Request a written report by 1 March.", "Ask the ministry to brief
/// the committee.") is a statement of no one: no record (precision36), when it is an item of a list under a heading
/// (mend36: a headline whose first noun the tagger reads as a verb, "Shell hits ...", stays).
/// </summary>
internal sealed partial class NonIncidents
{
    /// <summary>
    /// "Request a written report on the section by 1 March.", "Ask the ministry to brief the committee on the talks": a
    /// sentence that opens with its root, a bare verb (VB) with no subject and no auxiliary, is the imperative of a decisions
    /// list or an instruction, which no party on record says and which tells nothing done (precision36). ("Recall that
    /// guards detained ...", "Watch: ..." tell the event in a clause of its own under the root, and stay.)
    /// </summary>
    private static bool Imperative(ParsedSentence parse)
    {
        if (parse.Root is not { Upos: Upos.VERB, Xpos: "VB" } root) return false;
        if (parse.Tokens.FirstOrDefault(t => t.Upos != Upos.PUNCT) is not { } first || first.Index != root.Index) return false;
        return !parse.Dependents(root.Index).Any(d => d.BaseRelation is "nsubj" or "expl" or "aux" or "mark" or "ccomp" or "parataxis");
    }

    private bool Notice(ParsedSentence parse, Clause span, ParsedToken? head)
    {
        // (The clause may begin at what is asked: "... are asked | to call the hotline".)
        if (head is { BaseRelation: "xcomp", Head: >= 0 }) head = parse.Tokens[head.Head];
        if (head is not { Upos: Upos.VERB } || syntax.NegatedOrHypothetical(parse, head)) return false;
        var deps = parse.Dependents(head.Index).ToList();
        if (AgentlessPassive(parse, head) is not { } passive) return false;
        if (deps.Any(d => d.BaseRelation is "advmod" or "neg" && syntax.Lexicon.VerificationNegators.Contains(d.Form.ToLowerInvariant()))) return false;
        var lemmas = syntax.VerbReadings(head).ToList();
        if (lemmas.Any(words.NoticeVerbs.Contains) && words.AdvanceMarks.Any(span.Tokens)) return true;
        // ("are asked to wait": present, and what is asked is a to-infinitive of its own.)
        return lemmas.Any(words.PublicRequestVerbs.Contains) && passive.Xpos is "VBZ" or "VBP" && !deps.Any(d => d.BaseRelation == "aux" && d.Index != passive.Index) &&
               deps.Any(d => d.BaseRelation == "xcomp") && !TrailingSource(parse, head);
    }

    /// <summary>
    /// "Residents are urged to stay away from the river, the border service said": the request is someone's on the record,
    /// told by a speech verb after it (a parataxis or complement of the request, or the request the complement of the
    /// speech verb after it): a statement of that speaker, not a standing notice (recall31).
    /// </summary>
    private bool TrailingSource(ParsedSentence parse, ParsedToken request)
    {
        bool Speech(ParsedToken t) => t.Index > request.Index && t.Upos == Upos.VERB && syntax.Read(parse, t).Role == PredicateRole.Report;
        // (The parser may join the trailing "the service said" as a conjunct: then it says nothing of its own, no object or clause.)
        bool Trailing(ParsedToken t) => !parse.Dependents(t.Index).Any(d => d.BaseRelation is "obj" or "ccomp" or "xcomp");
        return parse.Dependents(request.Index).Any(d => (d.BaseRelation is "parataxis" or "ccomp" || d.BaseRelation == "conj" && Trailing(d)) && Speech(d)) ||
               request is { BaseRelation: "ccomp" or "parataxis", Head: >= 0 } && Speech(parse.Tokens[request.Head]);
    }
}
