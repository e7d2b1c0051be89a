using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Why a clause with an event word reports no incident: it is the report's own act, not an act at the border.</summary>
internal enum NonIncident
{
    None,
    /// <summary>"Correction: an earlier post said two guards had been wounded": it amends an entry told before.</summary>
    Correction,
    /// <summary>"The court sentenced four men ... for smuggling heroin across the Panj": the proceeding, not the charge.</summary>
    Ruling,
    /// <summary>"Her lawyer told the court that ...", "He asked the court not to deport his family": a plea in the case.</summary>
    Plea,
    /// <summary>"Ashgabat said nothing", "No other outlet has reported this": nobody spoke.</summary>
    Silence,
    /// <summary>"Since January the department has stopped 212 people", "9,000 people a day": a statistic.</summary>
    Tally,
}

/// <summary>
/// A report's own acts read from its words and parse (<c>Lexicon/reporting.json</c>): corrections, a court's rulings and
/// the pleas before it, reports of silence and aggregate counts. A clause so read is no incident, whatever event word it holds.
/// </summary>
internal sealed class NonIncidents(ReportingLexicon words)
{
    /// <param name="inTurn">The sentence is an interviewee's answer (a speaker's turn): a count since a month there is his
    /// tally of the year's work ("Since January the department has stopped 212 people"); a news item may report such a count.</param>
    internal NonIncident Of(ParsedSentence parse, Sentence sentence, List<Token> sentenceTokens, Clause span, bool inTurn)
    {
        if (Corrects(sentence, sentenceTokens)) return NonIncident.Correction;
        var head = ClauseSyntax.HeadOf(parse, span.Start, span.End);
        // (The sentence's main verb too: "Her lawyer told the court that ... had fired" has the clause's head in the complement.)
        ParsedToken?[] verbs = [head, parse.Root];
        foreach (var verb in verbs.OfType<ParsedToken>().Where(v => v.Upos == Upos.VERB && !ClauseSyntax.NegatedOrHypothetical(parse, v)).Distinct())
        {
            if (Rules(parse, verb)) return NonIncident.Ruling;
            if (Pleads(parse, verb)) return NonIncident.Plea;
        }
        if (head is { Upos: Upos.VERB } && Silent(parse, head)) return NonIncident.Silence;
        return Counts(span.Tokens, inTurn) ? NonIncident.Tally : NonIncident.None;
    }

    /// <summary>The sentence opens with a correction's label and a colon ("Correction:", "CLARIFICATION:").</summary>
    internal bool Corrects(Sentence sentence, List<Token> tokens)
    {
        var first = tokens.FindIndex(t => char.IsLetterOrDigit(t.Folded[0]));
        if (first < 0) return false;
        foreach (var m in words.CorrectionLabels.Matches(tokens, first).Where(m => m.First == first))
        {
            var after = tokens[m.Last].End - sentence.Start;
            if (after < sentence.Text.Length && sentence.Text[after..].TrimStart().StartsWith(':')) return true;
        }
        return false;
    }

    // "sentenced four men", "were acquitted", "announced its verdict".
    private bool Rules(ParsedSentence parse, ParsedToken verb) =>
        words.RulingVerbs.Contains(ClauseSyntax.Lemma(verb)) ||
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj" && words.RulingNouns.Contains(ClauseSyntax.Lemma(d)));

    // "asked the court", "her lawyer told the judge".
    private bool Pleads(ParsedSentence parse, ParsedToken verb)
    {
        if (!parse.Dependents(verb.Index).Any(d => d.BaseRelation is "obj" or "iobj" && words.Courts.Contains(ClauseSyntax.Lemma(d)))) return false;
        return words.PleaVerbs.Contains(ClauseSyntax.Lemma(verb)) ||
               parse.Dependents(verb.Index).Where(d => d.BaseRelation == "nsubj")
                   .Any(s => ParsedClauseRules.Subtree(parse, s).Any(t => words.Counsel.Contains(ClauseSyntax.Lemma(t))));
    }

    // "said nothing", "Nobody has commented", "No other outlet has reported this".
    private bool Silent(ParsedSentence parse, ParsedToken verb)
    {
        if (!words.SilenceVerbs.Contains(ClauseSyntax.Lemma(verb))) return false;
        var args = parse.Dependents(verb.Index).ToList();
        // ("said nothing had happened" denies: the report has a clause of its own.)
        if (args.Any(d => d.BaseRelation is "ccomp" or "parataxis")) return false;
        return args.Any(d => d.BaseRelation == "obj" && words.SilentWords.Contains(ClauseSyntax.Lemma(d))) ||
               args.Any(d => d.BaseRelation == "nsubj" && (words.SilentWords.Contains(ClauseSyntax.Lemma(d)) ||
                                                           parse.Dependents(d.Index).Any(x => x.BaseRelation == "det" && words.SilentWords.Contains(ClauseSyntax.Lemma(x)))));
    }

    // A count in figures with a span it adds up over ("Since January ... 212"), or per unit of time ("9,000 people a day").
    private bool Counts(List<Token> tokens, bool inTurn)
    {
        foreach (var m in words.TallyRates.Matches(tokens))
            if (IsCount(tokens[m.First]) && !tokens.Skip(m.First + 1).Take(m.Last - m.First).Any(t => words.TimeUnits.Contains(t.Folded)) &&
                (m.Last + 1 >= tokens.Count || !words.TimeRelations.Contains(tokens[m.Last + 1].Folded))) return true;
        // ("since January 5" is a day, not a span.)
        // (Case-blind: "So far this year" opens an answer after the speaker's label.)
        return inTurn && words.TallySpans.Matches(tokens.Select(t => t with { Original = t.Folded }).ToList()).Any(m => (m.Last + 1 >= tokens.Count || !char.IsDigit(tokens[m.Last + 1].Folded[0])) && tokens.Any(IsCount));
    }

    // A figure that counts (not a year: "since January 2025").
    private static bool IsCount(Token t) =>
        t.Folded.Length > 0 && char.IsDigit(t.Folded[0]) && !(t.Folded.Length == 4 && t.Folded.All(char.IsDigit) && t.Folded[0] is '1' or '2');
}
