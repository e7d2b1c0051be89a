using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Gazetteer;
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
    /// <summary>"Ashgabat said nothing", "No other outlet has reported this", "declined to discuss the checks": nobody spoke.</summary>
    Silence,
    /// <summary>"Since January the department has stopped 212 people", "9,000 people a day": a statistic.</summary>
    Tally,
    /// <summary>"The wounded guard is being treated in hospital": an event word only describes a participant.</summary>
    Attribute,
    /// <summary>"Fishermen on the far bank say they no longer go out at night": people with no office tell no party's act.</summary>
    PrivateWord,
    /// <summary>"CLAIM: soldiers crossed ...": a fact-check's claim box retells the claim its text reports (and rates).</summary>
    ClaimBox,
    /// <summary>"We are following reports of shooting", "In our 10:45 post we wrote that ...": the outlet's own framing or retelling.</summary>
    OwnReport,
    /// <summary>"The pattern on the northern bank is one of ...", "We expect both capitals to keep ...": the writer's analysis or forecast.</summary>
    Outlook,
    /// <summary>"Tashkent was informed in advance", "Drivers are asked to wait in Khorog": a notice of a procedure (precision30).</summary>
    Notice,
    /// <summary>"The road has been quiet since the two governments settled the line": a state since an undated earlier event;
    /// "The village lies at the end of the valley": what a place is (precision30); "a third of it has not been agreed": a
    /// line not yet settled (precision31); "continued to invest in surveillance", "under an agreement that runs to 2042", "talks
    /// to it on trade": spending, a standing basis, a habit (precision32).</summary>
    Background,
    /// <summary>"A deputy asks whether troops have been moved": a question asks about the act, it does not report it (precision32).</summary>
    Question,
    /// <summary>"A story about fighting in Takhar named the wrong district", "Roundtable held on Monday at the Faculty ...",
    /// "Participants discussed ...": a text the event is the topic of, or the page's own gathering (precision33).</summary>
    Occasion,
}

/// <summary>
/// A report's own acts read from its words and parse (<c>Lexicon/reporting.json</c>): corrections, a court's rulings and
/// the pleas before it, reports of silence and refusals to speak (the negating and verification words are the status
/// lexicon's, <c>Lexicon/status.json</c>), aggregate counts, and people described by an event word. A clause so read is
/// no incident, whatever event word it holds.
/// </summary>
internal sealed partial class NonIncidents(ReportingLexicon words, ClauseSyntax syntax, RetypingLexicon retypingWords, DescriptionLexicon descriptions, OccasionLexicon occasions,
    DateExpressionFinder finder)
{
    /// <param name="inTurn">The sentence is an interviewee's answer (a speaker's turn): a count since a month there is his
    /// tally of the year's work ("Since January the department has stopped 212 people"); a news item may report such a count.</param>
    /// <param name="listLine">The sentence is an item of a list under a heading (<see cref="ListLines.InList"/>): only there is
    /// a sentence in the imperative a line of a decisions list (mend36).</param>
    /// <param name="eventBefore">An event (not a statement) is on record earlier in the document: only then is a report of no
    /// casualties an attribute of it (mend36: "reported no casualties from Monday's shelling of ..." alone tells the shelling).</param>
    internal NonIncident Of(ParsedSentence parse, Sentence sentence, List<Token> sentenceTokens, Clause span, bool inTurn, bool listLine = false, bool eventBefore = true)
    {
        if (Corrects(sentence, sentenceTokens)) return NonIncident.Correction;
        if (Labeled(words.ClaimLabels, sentence, sentenceTokens)) return NonIncident.ClaimBox;
        if (Asks(parse, sentence, sentenceTokens, span)) return NonIncident.Question;
        if (Occasion(parse, span)) return NonIncident.Occasion;
        var head = ClauseSyntax.HeadOf(parse, span.Start, span.End);
        // (The sentence's main verb too: "Her lawyer told the court that ... had fired" has the clause's head in the complement;
        // not a main verb outside the clause that the clause is coordinated with: "..., and guards arrested four men".)
        ParsedToken?[] verbs = [head, parse.Root is { } root && !(Outside(root, span) && CoordinatedWith(parse, head, root)) ? root : null];
        foreach (var verb in verbs.OfType<ParsedToken>().Where(v => v.Upos == Upos.VERB && !syntax.NegatedOrHypothetical(parse, v)).Distinct())
        {
            if (Rules(parse, verb)) return NonIncident.Ruling;
            if (Pleads(parse, verb, span)) return NonIncident.Plea;
        }
        if ((head is { Upos: Upos.VERB } && Silent(parse, head)) || Refuses(parse, span)) return NonIncident.Silence;
        if (Counts(span.Tokens, sentence, inTurn) || CountsActs(parse, sentence, span)) return NonIncident.Tally;
        if (verbs.OfType<ParsedToken>().Distinct().Any(v => FollowsReports(parse, v) || RetellsOwnReport(parse, span, v)) || AmendsOwnItem(parse, span) ||
            AsksForComment(parse, span, head)) return NonIncident.OwnReport;
        if (Analyses(parse, span, head) || Forecasts(parse, head, inTurn)) return NonIncident.Outlook;
        if (StateSince(parse, sentence.Text, sentence.Start, span) || DescribesPlace(parse, sentence, span) || UnsettledLine(parse, span) ||
            Funds(parse, span) || RestsOn(parse, span) || TalksByHabit(parse, sentence, span)) return NonIncident.Background;
        if (Notice(parse, span, head) || listLine && Imperative(parse)) return NonIncident.Notice;
        if (PrivateWord(parse, span) || PrivateCondition(parse, span)) return NonIncident.PrivateWord;
        return head is not null && Describes(parse, span, head) || eventBefore && NoCasualties(parse, span) ? NonIncident.Attribute : NonIncident.None;
    }

    /// <summary>
    /// "A wounded Kyrgyz sergeant is being treated in Isfana", "The injured herder is recovering at home": the event word
    /// is an attribute of a participant (a participle or adjective on a noun) and the clause's predicate is no event: it
    /// tells how that person is, not a new incident. ("A wounded Afghan soldier crossed the river" keeps its crossing.)
    /// </summary>
    private bool Describes(ParsedSentence parse, Clause span, ParsedToken head)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { BaseRelation: "amod", Head: >= 0 } trigger || trigger.Index == head.Index) return false;
        // (A casualty's state: "wounded", "injured"; "the military base will send ..." names no casualty.)
        if (parse.Tokens[trigger.Head].Upos is not (Upos.NOUN or Upos.PROPN) || !IsAftermath(trigger)) return false;
        // Nothing else in the clause is an event or a statement (", Uzbek media reported" only gives the source).
        return !ClauseSyntax.Within(parse, span.Start, span.End).Any(t => t.Index != trigger.Index && t.Upos is Upos.VERB or Upos.NOUN &&
                                                                         syntax.Read(parse, t).Role is not (PredicateRole.None or PredicateRole.Aftermath or PredicateRole.Report));
    }

    // The parser's lemma, or the form as a participle of an aftermath verb ("wounded" read as an adjective).
    private bool IsAftermath(ParsedToken word)
    {
        var form = word.Form.ToLowerInvariant();
        return syntax.Words.Aftermath.Contains(ClauseSyntax.Lemma(word)) || syntax.Words.Aftermath.Any(a => form == a + "d" || form == a + "ed");
    }

    // "declined to discuss the checks", "would not discuss troop movements": the clause's event word is a verb of speaking
    // that a refusal verb governs or that is negated, with no partner ("with Dushanbe").
    private bool Refuses(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb || !syntax.VerbReadings(verb).Any(words.SilenceVerbs.Contains)) return false;
        // (The parser may hang the refused verb on the refusal as a purpose: "officials declined to discuss".)
        var refused = verb is { BaseRelation: "xcomp" or "advcl", Head: >= 0 } && syntax.VerbReadings(parse.Tokens[verb.Head]).Any(words.RefusalVerbs.Contains);
        if (!refused && !(Negated(parse, verb) && !parse.Dependents(verb.Index).Any(d => d.BaseRelation is "ccomp" or "parataxis"))) return false;
        return !parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obl" && parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && syntax.Words.PartnerPrepositions.Contains(ClauseSyntax.Lemma(c))));
    }

    private bool Negated(ParsedSentence parse, ParsedToken verb) =>
        parse.Dependents(verb.Index).Any(d => d.BaseRelation is "advmod" or "neg" && syntax.Lexicon.VerificationNegators.Contains(d.Form.ToLowerInvariant()));

    /// <summary>The sentence opens with a correction's label and a colon ("Correction:", "CLARIFICATION:").</summary>
    internal bool Corrects(Sentence sentence, List<Token> tokens) => Labeled(words.CorrectionLabels, sentence, tokens);

    /// <summary>The sentence opens with one of <paramref name="labels"/> and a colon.</summary>
    private static bool Labeled(PhraseSet labels, Sentence sentence, List<Token> tokens)
    {
        var first = tokens.FindIndex(t => char.IsLetterOrDigit(t.Folded[0]));
        if (first < 0) return false;
        foreach (var m in labels.Matches(tokens, first).Where(m => m.First == first))
        {
            var after = tokens[m.Last].End - sentence.Start;
            if (after < sentence.Text.Length && sentence.Text[after..].TrimStart().StartsWith(':')) return true;
        }
        return false;
    }

    /// <summary>
    /// "A court sentenced two men ..., and on the same night guards detained three more": a clause read as a ruling whose
    /// ruling verb goes on with a coordinated verb of its own subject and tense (a conjunct with its own nsubj, inside the
    /// clause) tells another event after it. Returns where that event's words start (after the "and"), else null.
    /// </summary>
    internal int? EventAfterRuling(ParsedSentence parse, Clause span)
    {
        var head = ClauseSyntax.HeadOf(parse, span.Start, span.End);
        ParsedToken?[] verbs = [head, parse.Root];
        foreach (var verb in verbs.OfType<ParsedToken>().Where(v => v.Upos == Upos.VERB && Rules(parse, v)).Distinct())
            foreach (var next in parse.Dependents(verb.Index).Where(d => d.BaseRelation == "conj" && d.Upos == Upos.VERB && ClauseSyntax.Inside(d, span.Start, span.End)))
            {
                if (Rules(parse, next) || !parse.Dependents(next.Index).Any(d => d.BaseRelation == "nsubj")) continue;
                var words = ParsedClauseRules.Subtree(parse, next).Where(w => w.Upos is not (Upos.PUNCT or Upos.CCONJ)).ToList();
                return words.Min(w => w.Start);
            }
        // (The parser may hang the second clause anywhere: ", and on the same night guards detained ..." read as a noun
        // phrase. A ", and" after the ruling verb that opens words with a finite verb of their own, with its own subject,
        // starts it too; "..., and confiscated their boat" goes on with the court's own act.)
        var toks = parse.Tokens;
        foreach (var verb in verbs.OfType<ParsedToken>().Where(v => v.Upos == Upos.VERB && Rules(parse, v)).Distinct())
            for (var k = verb.Index + 2; k + 1 < toks.Count; k++)
                if (toks[k].Upos == Upos.CCONJ && toks[k - 1].Form == "," && ClauseSyntax.Inside(toks[k], span.Start, span.End) &&
                    toks.Skip(k + 1).Any(w => FiniteWithSubject(parse, w) && ClauseSyntax.Inside(w, span.Start, span.End) && !Rules(parse, w)))
                    return toks[k + 1].Start;
        return null;
    }

    // A verb of a clause of its own: finite (a participle only with its auxiliary: "had been detained") and with a subject.
    private static bool FiniteWithSubject(ParsedSentence parse, ParsedToken w)
    {
        if (w.Upos != Upos.VERB || w.Xpos is not ("VBD" or "VBZ" or "VBP" or "VBN")) return false;
        var dependents = parse.Dependents(w.Index);
        return (w.Xpos != "VBN" || dependents.Any(d => d.BaseRelation == "aux")) && dependents.Any(d => d.BaseRelation == "nsubj");
    }

    private static bool Outside(ParsedToken word, Clause span) => !ClauseSyntax.Inside(word, span.Start, span.End);

    // The clause's head reaches the main verb through a conjunct or a parataxis: a clause of its own beside it.
    private static bool CoordinatedWith(ParsedSentence parse, ParsedToken? head, ParsedToken root)
    {
        for (var word = head; word is { Head: >= 0 } && word.Index != root.Index; word = parse.Tokens[word.Head])
            if (word.BaseRelation is "conj" or "parataxis") return true;
        return false;
    }

    // "sentenced four men", "were acquitted", "announced its verdict".
    private bool Rules(ParsedSentence parse, ParsedToken verb) =>
        words.RulingVerbs.Contains(ClauseSyntax.Lemma(verb)) ||
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj" && words.RulingNouns.Contains(ClauseSyntax.Lemma(d)));

    // "asked the court", "her lawyer told the judge", "The defence will appeal to the regional court" (precision33); not a
    // state or an organisation taking its case to a court ("Kyrgyzstan appealed to the International Court of Justice over
    // ...": the subject's head is the party's name; mend33a).
    private bool Pleads(ParsedSentence parse, ParsedToken verb, Clause span)
    {
        if (parse.Dependents(verb.Index).Any(d => d.BaseRelation == "nsubj" && span.SentenceMentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Organization &&
                                                                                                            m.Start < d.End && d.Start < m.End))) return false;
        if (!parse.Dependents(verb.Index).Any(d => (d.BaseRelation is "obj" or "iobj" || d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) == "to") &&
                                                   words.Courts.Contains(ClauseSyntax.Lemma(d)))) return false;
        return words.PleaVerbs.Contains(ClauseSyntax.Lemma(verb)) ||
               parse.Dependents(verb.Index).Where(d => d.BaseRelation == "nsubj")
                   .Any(s => ParsedClauseRules.Subtree(parse, s).Any(t => words.Counsel.Contains(ClauseSyntax.Lemma(t))));
    }

    // "said nothing", "Nobody has commented", "No other outlet has reported this".
    private bool Silent(ParsedSentence parse, ParsedToken verb)
    {
        var lemma = ClauseSyntax.Lemma(verb);
        if (!words.SilenceVerbs.Contains(lemma) && !syntax.Lexicon.VerificationVerbs.Contains(lemma)) return false;
        var args = parse.Dependents(verb.Index).ToList();
        // ("said nothing had happened" denies: the report has a clause of its own.)
        if (args.Any(d => d.BaseRelation is "ccomp" or "parataxis")) return false;
        return args.Any(d => d.BaseRelation == "obj" && syntax.Lexicon.VerificationNegators.Contains(ClauseSyntax.Lemma(d))) ||
               args.Any(d => d.BaseRelation == "nsubj" && (syntax.Lexicon.VerificationNegators.Contains(ClauseSyntax.Lemma(d)) ||
                                                           parse.Dependents(d.Index).Any(x => x.BaseRelation == "det" && syntax.Lexicon.VerificationNegators.Contains(ClauseSyntax.Lemma(x)))));
    }

    // A count in figures with a span it adds up over ("Since January ... 212"), or per unit of time ("9,000 people a day").
    private bool Counts(List<Token> tokens, Sentence sentence, bool inTurn)
    {
        // A figure inside one of the sentence's dates is a year or a day ("since January 2025"), and so is a figure of the
        // years of this era that counts nothing after it ("operation Shield-2026, a month of checks"); "1500 lorries a
        // day", "2000 people a day" are counts.
        var dates = finder.Find(sentence.Text);
        bool IsCount(Token t)
        {
            if (t.Folded.Length == 0 || !char.IsDigit(t.Folded[0]) || dates.Any(d => sentence.Start + d.Start <= t.Start && t.End <= sentence.Start + d.End)) return false;
            // (The words after it in the text: the tokens leave out punctuation.)
            var after = t.End - sentence.Start is var at and >= 0 && at <= sentence.Text.Length ? sentence.Text.AsSpan(at).TrimStart() : [];
            return !(int.TryParse(t.Folded, out var year) && t.Folded.Length == 4 && year is >= 1900 and < 2100 && (after.IsEmpty || !char.IsLetter(after[0])));
        }
        foreach (var m in words.TallyRates.Matches(tokens))
            if (IsCount(tokens[m.First]) && !tokens.Skip(m.First + 1).Take(m.Last - m.First).Any(t => words.TimeUnits.Contains(t.Folded)) &&
                (m.Last + 1 >= tokens.Count || !words.TimeRelations.Contains(tokens[m.Last + 1].Folded))) return true;
        // ("since January 5" is a day, not a span.)
        // (Case-blind: "So far this year" opens an answer after the speaker's label.)
        return inTurn && words.TallySpans.Matches(tokens.Select(t => t with { Original = t.Folded }).ToList()).Any(m => (m.Last + 1 >= tokens.Count || !char.IsDigit(tokens[m.Last + 1].Folded[0])) && tokens.Any(IsCount));
    }
}
