using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Descriptions told beside the news (precision32; the words in <c>Lexicon/descriptions.json</c>):
/// <list type="bullet">
/// <item>a question ("A deputy asks whether troops have been moved", "A senator asked about the number of guards"): what
/// is asked is no record of the act; the answer, in a sentence or clause of its own, is where a record comes from;</item>
/// <item>a count of acts over a period ("there had been seven attempts to cross since August"): a tally, as precision's
/// "212 people since January", now for acts counted in the plural outside a speaker's turn as well;</item>
/// <item>money put into a measure ("continued to invest in surveillance"): spending, not the patrol;</item>
/// <item>an agreement a standing arrangement rests on ("keeps units there under an agreement that runs to 2042"): the
/// basis of a state, not a signing (one signed in the sentence, "under an agreement signed on Monday", stays);</item>
/// <item>casualties negated ("the hospital said it had received no wounded from the border"): the act's outcome told beside
/// it, no clash of its own;</item>
/// <item>talking in the present simple ("This week the host talks to a trader", "does not recognise the government but
/// talks to it on trade"): a programme or a habit, not a dated meeting (a day or weekday in the clause keeps it).</item>
/// </list>
/// </summary>
internal sealed partial class NonIncidents
{
    private bool Asks(ParsedSentence parse, Sentence sentence, List<Token> tokens, Clause span)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return false;
        var trigger = span.Tokens[span.TriggerToken];
        foreach (var m in descriptions.QuestionPhrases.Matches(tokens))
        {
            var ask = tokens[m.First];
            // The asker's own question, its verb finite with a subject before it ("Asked about the shooting, the spokesman
            // said ...", "When asked whether ..." answer in the same sentence).
            if (m.First == 0 || parse.Tokens.FirstOrDefault(t => t.Start == ask.Start) is not { } verb ||
                verb.Xpos == "VBN" && !parse.Dependents(verb.Index).Any(d => d.BaseRelation == "aux")) continue;
            // The act asked about comes after the question's words, with no answer or other act opened between them.
            if (trigger.Start < ask.Start) continue;
            var (from, to) = (tokens[m.Last].End - sentence.Start, trigger.Start - sentence.Start);
            if (from < 0 || to > sentence.Text.Length) continue;
            var between = from < to ? sentence.Text[from..to] : "";
            if (descriptions.AnswerBreaks.Any(b => between.Contains(b, StringComparison.Ordinal))) continue;
            return true;
        }
        return false;
    }

    // "there had been seven attempts to cross ... since August", "23 incursions have been recorded so far this year": acts
    // counted in the plural over a period, told as what there was (an existential "there", or the count as the subject),
    // not as an agent's act ("their units have stopped 212 attempts since January" is a record in the gold).
    private bool CountsActs(ParsedSentence parse, Sentence sentence, Clause span)
    {
        var tokens = span.Tokens;
        if (!descriptions.CountPeriods.Any(tokens)) return false;
        // (A count told on a day of its own is that day's news, "Two attempts to cross were foiled on Tuesday, the first
        // since the ceasefire"; a day that opens the period, "since Monday", still counts over it; mend32.)
        if (DayOfItsOwn(sentence, span)) return false;
        var existential = descriptions.ExistentialPhrases.Matches(tokens).Select(m => m.First).DefaultIfEmpty(-1).Min();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!descriptions.CountedEventNouns.Contains(tokens[i].Folded) || tokens[i - 1].Folded is not { Length: > 0 } count ||
                !(char.IsDigit(count[0]) || descriptions.CountWords.Contains(count))) continue;
            if (existential >= 0 && existential < i - 1) return true;
            // (As the subject, the count is a tally only of a verb that records or tells of acts, descriptions.json
            // countVerbs: "23 incursions have been recorded"; "Three crossings have been closed since Monday" is an act
            // done to them; mend32.)
            if (parse.Tokens.FirstOrDefault(t => t.Start == tokens[i].Start) is { BaseRelation: "nsubj", Head: >= 0 } counted &&
                descriptions.CountVerbs.Contains(ClauseSyntax.Lemma(parse.Tokens[counted.Head]))) return true;
        }
        return false;
    }

    private bool DayOfItsOwn(Sentence sentence, Clause span)
    {
        var text = sentence.Text;
        return finder.Find(text).Any(e => (e.Day is not null || e.Weekday is not null) &&
            sentence.Start + e.Start >= span.Start && sentence.Start + e.End <= span.End &&
            !descriptions.CountPeriods.Patterns.Any(p => text[..e.Start].TrimEnd().EndsWith(" " + p, StringComparison.OrdinalIgnoreCase) ||
                                                          text[..e.Start].TrimEnd().Equals(p, StringComparison.OrdinalIgnoreCase)));
    }

    // "invest in surveillance", "invested in new fencing": the event noun is what money goes into.
    private bool Funds(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.NOUN, Head: >= 0 } noun || noun.BaseRelation is not ("obl" or "nmod") ||
            ClauseSyntax.CaseOf(parse, noun) is not { } c || !descriptions.FundingCases.Contains(c)) return false;
        return parse.Tokens[noun.Head] is { Upos: Upos.VERB } verb && descriptions.FundingVerbs.Contains(ClauseSyntax.Lemma(verb));
    }

    // "under an agreement that runs to 2042": the agreement as the basis of a standing state, not made in the sentence.
    private bool RestsOn(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.Agreement || ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.NOUN } noun ||
            noun.BaseRelation is not ("obl" or "nmod") || ClauseSyntax.CaseOf(parse, noun) is not { } c || !descriptions.BasisCases.Contains(c)) return false;
        // ("under an agreement signed in Astana on Monday", "their governments signed in April": made there, told; the parser
        // may hang such a clause anywhere, so any verb in the past after the noun keeps it.)
        return !parse.Tokens.Skip(noun.Index + 1).Any(t => t.Upos == Upos.VERB && t.Xpos is "VBN" or "VBD");
    }

    // "This week the host talks to ...", "but talks to it on trade": talking in the present simple.
    private bool TalksByHabit(ParsedSentence parse, Sentence sentence, Clause span)
    {
        if (span.Type != IncidentType.DiplomaticMeeting || ParsedClauseRules.TriggerIn(parse, span) is not { } talk ||
            !descriptions.HabitualTalkVerbs.Contains(ClauseSyntax.Lemma(talk))) return false;
        var next = talk.Index + 1 < parse.Tokens.Count ? parse.Tokens[talk.Index + 1] : null;
        if (next is null || !descriptions.TalkCases.Contains(next.Form.ToLowerInvariant())) return false;
        var present = talk.Upos == Upos.VERB
            ? talk.Xpos is "VBZ" or "VBP" && !parse.Dependents(talk.Index).Any(d => d.BaseRelation == "aux")
            // (The tagger may read the verb as a plural noun after "but": "does not recognise it but talks to it".)
            : talk.Xpos == "NNS" && talk.Index > 0 && parse.Tokens[talk.Index - 1].Upos == Upos.CCONJ;
        if (!present) return false;
        return !finder.Find(sentence.Text).Any(e => (e.Day is not null || e.Weekday is not null) &&
            sentence.Start + e.Start >= span.Start && sentence.Start + e.End <= span.End);
    }

    // "received no wounded", "there were no injured": an aftermath word (syntax.json aftermath) under a negating determiner.
    // "The other side has reported no casualties": a report whose object is a casualty noun (syntax.json casualtyNouns) under
    // one tells of the event just told that nobody was hurt, no statement of its own (precision36).
    private bool NoCasualties(ParsedSentence parse, Clause span)
    {
        bool Negated(ParsedToken w) => parse.Dependents(w.Index).Any(d => d.BaseRelation == "det" && syntax.Lexicon.VerificationNegators.Contains(d.Form.ToLowerInvariant()));
        if (ParsedClauseRules.TriggerIn(parse, span) is { } trigger && IsAftermath(trigger) && Negated(trigger)) return true;
        return ClauseSyntax.HeadOf(parse, span.Start, span.End) is { Upos: Upos.VERB } head && syntax.Read(parse, head).Role == PredicateRole.Report &&
               parse.Dependents(head.Index).Any(d => d.BaseRelation == "obj" && syntax.Words.CasualtyNouns.Contains(d.Form.ToLowerInvariant()) && Negated(d));
    }
}
