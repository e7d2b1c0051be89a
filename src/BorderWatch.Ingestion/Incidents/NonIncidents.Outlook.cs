using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The writer's analysis and forecasts, and the outlet asking for comment (<c>Lexicon/reporting.json</c>; precision27): a
/// research review's "The pattern on the northern bank is one of tighter checks", "The greater danger lies with the
/// militias in the hills" and "We expect both capitals to keep their extra troops there" judge tendencies and look ahead,
/// and "We could not reach the consulate for comment" is the outlet's own reporting: none is an event at the border.
/// </summary>
internal sealed partial class NonIncidents
{
    /// <summary>"The pattern ... is one of ...", "The main risk lies with ...": the sentence's main predicate has one of
    /// analysisNouns as its subject, the clause is under it (not a clause coordinated beside it), and nothing in the
    /// sentence reports (", the ministry said" makes it a source's word).</summary>
    private bool Analyses(ParsedSentence parse, Clause span, ParsedToken? head)
    {
        if (parse.Root is not { } root || (head is not null && head.Index != root.Index && (CoordinatedWith(parse, head, root) || OwnAdverbial(parse, head, root)))) return false;
        if (!parse.Dependents(root.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.NOUN && words.AnalysisNouns.Contains(ClauseSyntax.Lemma(d)))) return false;
        if (PastRelative(parse, span)) return false;
        return !syntax.SomeoneSpeaks(parse);
    }

    // "The greater danger lies with militants who crossed the Panj last week": the clause's event word is (or hangs under)
    // a relative clause in the simple past, an act told of the people the analysis names, not the writer's judgement
    // ("the gangs in the hills, which have lost men but not their boats" describes them).
    private static bool PastRelative(ParsedSentence parse, Clause span)
    {
        for (var word = ParsedClauseRules.TriggerIn(parse, span); word is { Head: >= 0 }; word = parse.Tokens[word.Head])
            if (word is { BaseRelation: "acl", Upos: Upos.VERB, Xpos: "VBD" }) return !ParsedClauseRules.Subtree(parse, word).Any(Decade);
        return false;
    }

    // "gangs that smuggled heroin across the Pyanj in the 1990s": an act of a past decade describes the people (mend28).
    private static bool Decade(ParsedToken t) =>
        t.Form.TrimStart('\'') is { } f && f.EndsWith('s') && f.Length is 3 or 5 && f[..^1].All(char.IsDigit) && f[^2] == '0';

    // "The risk rose after gunmen crossed the river": an adverbial clause with a subject of its own tells its own event.
    private static bool OwnAdverbial(ParsedSentence parse, ParsedToken head, ParsedToken root)
    {
        for (var word = head; word is { Head: >= 0 } && word.Index != root.Index; word = parse.Tokens[word.Head])
            if (word.BaseRelation == "advcl" && parse.Dependents(word.Index).Any(d => d.BaseRelation is "nsubj")) return true;
        return false;
    }

    /// <summary>"We expect both neighbours to keep ...", "we anticipate that Kabul will ...": the outlet (ownVoice) as the
    /// subject of one of expectVerbs with another party as what it expects of (an object, or a complement clause with a
    /// subject of its own), and the clause under that verb: the writer's forecast. Not in an interviewee's answer, and not
    /// "We expect to receive new boats" (the speaker's own plan).</summary>
    private bool Forecasts(ParsedSentence parse, ParsedToken? head, bool inTurn)
    {
        if (inTurn || head is null) return false;
        for (var verb = head; ; verb = parse.Tokens[verb.Head])
        {
            if (verb.Upos == Upos.VERB && words.ExpectVerbs.Contains(ClauseSyntax.Lemma(verb)) && OwnSubject(parse, verb))
                return parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj" && !Own(d) ||
                                                            d.BaseRelation == "ccomp" && parse.Dependents(d.Index).Any(s => s.BaseRelation == "nsubj" && !Own(s)));
            if (verb.Head < 0 || verb.BaseRelation is "conj" or "parataxis") return false;
        }
        bool Own(ParsedToken t) => words.OwnVoice.Contains(t.Form.ToLowerInvariant()) || words.OwnVoiceObjects.Contains(t.Form.ToLowerInvariant());
    }

    /// <summary>"Our reporter could not reach the Uzbek side for comment", "The consulate did not reply to a request for
    /// comment": the clause's predicate has one of commentNouns (bare, singular) under 'for' as its oblique, or as its object's or oblique's
    /// modifier, reports no clause of its own and holds the clause's event word as one of its own arguments (not a clause
    /// beside it): the outlet's own reporting.</summary>
    private bool AsksForComment(ParsedSentence parse, Clause span, ParsedToken? head)
    {
        if (head is not { Upos: Upos.VERB or Upos.ADJ } || parse.Dependents(head.Index).Any(d => d.BaseRelation is "ccomp" or "parataxis")) return false;
        // ("Guards detained four men ...; the consulate did not reply to a request for comment": the event word hangs
        // beside the request or in a clause of its own under one of its words, not as its argument; the parser may read
        // "guards detained" as a noun and its modifier.)
        for (var word = ParsedClauseRules.TriggerIn(parse, span); word is { Head: >= 0 } && word.Index != head.Index; word = parse.Tokens[word.Head])
            if (word.BaseRelation is "conj" or "parataxis" or "ccomp" or "advcl" or "acl") return false;
        // (mend27: the noun in the singular, with no clause of its own: "for comments mocking the deal", "for comments on
        // the fence" give the reason for an act at the border; "for comment on Tuesday" is still the outlet asking.)
        bool Comment(ParsedToken n) => words.CommentNouns.Contains(ClauseSyntax.Lemma(n)) && ClauseSyntax.CaseOf(parse, n) is { } preposition && words.CommentPrepositions.Contains(preposition) &&
                                       n.Form.Equals(ClauseSyntax.Lemma(n), StringComparison.OrdinalIgnoreCase) &&
                                       !parse.Dependents(n.Index).Any(m => m.BaseRelation is "acl" or "ccomp");
        // ("We are seeking a comment from the Uzbek side": the noun as the object of a verb of asking, precision30.)
        bool Asked(ParsedToken n) => n.BaseRelation == "obj" && words.CommentRequestVerbs.Contains(ClauseSyntax.Lemma(head)) && words.CommentNouns.Contains(ClauseSyntax.Lemma(n)) &&
                                     n.Form.Equals(ClauseSyntax.Lemma(n), StringComparison.OrdinalIgnoreCase) && !parse.Dependents(n.Index).Any(m => m.BaseRelation is "acl" or "ccomp");
        return parse.Dependents(head.Index).Any(d => d.BaseRelation is "obl" or "obj" &&
                                                    (Comment(d) || Asked(d) || parse.Dependents(d.Index).Any(m => m.BaseRelation == "nmod" && Comment(m))));
    }
}
