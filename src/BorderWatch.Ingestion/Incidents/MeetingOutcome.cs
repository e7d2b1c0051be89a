using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The rule for an agreement told inside its meeting's clause (SCHEMA: a meeting is talks between officials; an
/// agreement is one signed, extended or ratified). What the parties agree to do ("held a meeting, during which the
/// parties agreed to withdraw") is the meeting's outcome: one record, the meeting. A document signed in a clause on the
/// meeting ("held talks, at the end of which a protocol was signed") is an agreement of its own: two records, the
/// meeting and the signing (<see cref="ClauseRetyping"/> asks <see cref="AgreesToDo"/>). A predicate coordinated with
/// the meeting ("met and agreed to reopen the crossing", "met and signed a protocol") is always the meeting's outcome
/// (<see cref="ClauseSplitter.AgreedAtMeeting"/>, type23: the corpora's gold records it once, typed by the meeting).
/// </summary>
internal static class MeetingOutcome
{
    /// <summary>An agreeing verb with a clause of what is to be done ("agreed to pull back", "agreed that both would
    /// return") and no document as its object ("signed a protocol", "agreed a plan").</summary>
    internal static bool AgreesToDo(ParsedSentence parse, ParsedToken verb) =>
        verb.Upos == Upos.VERB &&
        !parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj" || d.Relation == "nsubj:pass") &&
        parse.Dependents(verb.Index).Any(d => d.BaseRelation is "xcomp" or "ccomp" && d.Upos == Upos.VERB);

    /// <summary>"met at the pass to agree on ...", "gathered to sign a protocol": the agreeing verb is a bare infinitive of
    /// purpose on the meeting (an adverbial clause opened by one of the infinitive markers, with no auxiliary or subject of
    /// its own): the aim of the meeting, not an agreement reached.</summary>
    internal static bool Purpose(ParsedSentence parse, ParsedToken verb, IReadOnlySet<string> infinitiveMarkers) =>
        verb is { Upos: Upos.VERB, Xpos: "VB", BaseRelation: "advcl" } &&
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "mark" && infinitiveMarkers.Contains(ClauseSyntax.Lemma(d))) &&
        !parse.Dependents(verb.Index).Any(d => d.BaseRelation is "aux" or "nsubj" or "expl");

    /// <summary>
    /// A meeting clause holding a signing below its predicate ("held talks in Osh, at the end of which a protocol was
    /// signed"), cut in two: the meeting up to the signing's clause, and the signing (its excerpt from the sentence's
    /// start, as a sub-span borrowing the meeting's words). Null when the signing's clause does not close the clause.
    /// </summary>
    internal static (Clause Meeting, Clause Signing)? Split(ParsedSentence parse, Clause span, ParsedToken meetingHead, ParsedToken signing, ParsedToken trigger)
    {
        var words = ParsedClauseRules.Subtree(parse, signing);
        var (from, to) = (words.Min(t => t.Start), words.Max(t => t.End));
        if (from <= meetingHead.End || span.Tokens.Count(t => t.Start >= from) == 0 || span.Tokens.Any(t => t.Start >= to && char.IsLetterOrDigit(t.Original[0]))) return null;
        var meetingTokens = span.Tokens.Where(t => t.End <= from).ToList();
        while (meetingTokens.Count > 0 && !char.IsLetterOrDigit(meetingTokens[^1].Original[0])) meetingTokens.RemoveAt(meetingTokens.Count - 1);
        if (meetingTokens.Count == 0 || meetingTokens.FindIndex(t => t.Start == meetingHead.Start) is not (var headAt and >= 0)) return null;
        var signingTokens = span.Tokens.Where(t => t.Start >= from).ToList();
        if (signingTokens.FindIndex(t => t.Start == trigger.Start) is not (var triggerAt and >= 0)) return null;
        var meeting = new Clause
        {
            Start = span.Start, End = meetingTokens[^1].End, Tokens = meetingTokens, Mentions = span.Mentions.Where(m => m.End <= from).ToList(),
            SentenceFirstToken = span.SentenceFirstToken, Type = IncidentType.DiplomaticMeeting, TriggerToken = headAt, Speaker = span.Speaker,
            ExcerptStart = span.ExcerptStart, SentenceTokens = span.SentenceTokens, SentenceMentions = span.SentenceMentions,
        };
        var signed = new Clause
        {
            Start = from, End = span.End, Tokens = signingTokens, Mentions = span.Mentions.Where(m => m.Start >= from).ToList(),
            SentenceFirstToken = -1, Type = IncidentType.Agreement, TriggerToken = triggerAt, Speaker = span.Speaker,
            ExcerptStart = span.ExcerptStart, SentenceTokens = span.SentenceTokens, SentenceMentions = span.SentenceMentions,
        };
        return (meeting, signed);
    }
}
