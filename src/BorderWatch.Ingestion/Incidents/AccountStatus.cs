using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Status read from the parse and the date, after the surface cues of <see cref="StatusRules"/> called an event
/// reported (never a statement, a denial or a plan):
/// <list type="bullet">
/// <item>planned: its own words date it after the time of writing ("meets in Almaty on 10 December" written on the
/// 3rd, "is expected in Dushanbe in April for talks" written in March);</item>
/// <item>unconfirmed: people who speak for no office give the account, just before a report verb ("Drivers at the
/// crossing write to us that ...", "..., herders near the pass say"; <c>status.json</c> anonymousSources,
/// accountVerbs), or a source says it is told with no one named ("I am told the troops moved");</item>
/// <item>planned: the event is what a planning verb governs ("plan their first joint exercise", "hope to sign a
/// protocol"; status.json planningVerbs);</item>
/// <item>planned or reported by <see cref="PlanScope"/> (status29), read once on the clause's own predicate: "is scheduled to
/// take place", "are expected in Sokh on Friday" are planned; a future word of another clause ("signed a protocol under
/// which engineers will inspect") leaves a past act reported, whatever the surface cue or the rules below say;</item>
/// <item>unconfirmed: the sentence says the claim was not checked ("but we were unable to confirm this", "an account
/// that neither side has confirmed", "which we have not been able to verify"; verificationVerbs, verificationNegators).</item>
/// </list>
/// </summary>
internal sealed class AccountStatus(Lexicon lexicon, SyntaxLexicon words, DateExpressionFinder finder)
{
    private readonly PlanScope plans = new(lexicon, words);
    private readonly ParticipleActs participles = new(lexicon);
    private readonly SourceOffices offices = new(lexicon);

    /// <param name="reference">The document's reference date.</param>
    /// <param name="entryReference">The reference of the sentence's own entry (a channel post's stamp, a blog update's day).</param>
    /// <param name="sentence">The clause's sentence: its date expressions, found once for the sentence (memoised by
    /// <see cref="DateExpressionFinder"/>), are read for the clause's stretch.</param>
    internal ExtractedIncident Apply(ParsedSentence parse, Sentence sentence, Clause span, ExtractedIncident incident, PartialDate reference, PartialDate entryReference)
    {
        if (incident.Type == IncidentType.Statement || span.Denial) return incident;
        // The parse's reading of the clause's time, read once: a plan cue of another clause ("signed a protocol under which
        // engineers will inspect") plans nothing; the predicate's own prospect ("is scheduled to take place") plans it.
        var plan = incident.Status is IncidentStatus.Reported or IncidentStatus.Planned ? plans.Read(parse, span, incident.Type, ownOnly: incident.Type == IncidentType.Agreement) : PlanReading.Open;
        if (incident.Status == IncidentStatus.Planned && plan == PlanReading.Past) incident = incident with { Status = IncidentStatus.Reported };
        // "will use vehicles delivered from Turkey in October": the participle's own act, dated not after the writing (fields47).
        if (incident.Status == IncidentStatus.Planned && incident.DateBasis == DateBasis.OwnWords && incident.Date.IsKnown && reference.IsKnown &&
            !Later(incident, reference) && participles.Tells(parse, span))
            return incident with { Status = IncidentStatus.Reported };
        if (incident.Status != IncidentStatus.Reported) return incident;
        if (plan == PlanReading.Ahead) return incident with { Status = IncidentStatus.Planned };
        var past = plan == PlanReading.Past;
        // (A past tense dated after the writing says the writing date is wrong, not that the event is to come.)
        if (!past && Later(incident, reference) && Later(incident, entryReference) && !ToldInPast(parse, span)) return incident with { Status = IncidentStatus.Planned };
        // "plans an exercise in Sughd next week", "hold their next session next week": a time still to come dates it, even
        // when its month is the month of writing.
        if (incident.DateBasis == DateBasis.OwnWords && ComesNext(sentence, span) && !ToldInPast(parse, span) && !Before(incident.Date, reference)) return incident with { Status = IncidentStatus.Planned };
        // A week-ahead's item under a day heading after the day of writing ("WEDNESDAY 9 DECEMBER ... delegations meet for a
        // 12th round"), told in the present: what is to happen that day.
        if (incident.DateBasis == DateBasis.Document && incident.Date.Precision == DatePrecision.Day && reference.IsKnown &&
            reference.Precision == DatePrecision.Day && incident.Date.Start > reference.End &&
            WritingDay.TenseOf(parse, ParsedClauseRules.TriggerIn(parse, span)) == WritingDay.Tense.Present)
            return incident with { Status = IncidentStatus.Planned };
        // "The two services plan their first joint exercise ...", "hope to sign a protocol": what is planned or hoped for.
        if (!past && Intended(parse, span)) return incident with { Status = IncidentStatus.Planned };
        // "announced it would build three new posts", "It was agreed that the next session will be held in Osh", "said
        // mobile teams would begin checking the road": the event's own verb is future, whichever word typed the clause.
        // (An agreement is its signing: "agreed that the crossing will stay shut" is reported, whatever it settles.)
        if (!past && incident.Type != IncidentType.Agreement && FutureVerb(parse, span)) return incident with { Status = IncidentStatus.Planned };
        // "the government has never confirmed the move" says nothing against a source named on the record; "we were unable
        // to confirm this" is the writer's own word that no one vouches for it.
        var named = span.Speaker is { Named: true } or { Entry.Kind: EntryKind.Person };
        if (NotChecked(parse, firstPersonOnly: named) || LayAccount(parse))
            return incident with { Status = IncidentStatus.Unconfirmed };
        return incident;
    }

    /// <summary>Its own words date the event after the time of writing (a reference known to the month at least).</summary>
    internal static bool Later(ExtractedIncident incident, PartialDate reference) =>
        incident.DateBasis == DateBasis.OwnWords && incident.Date.IsKnown && reference.IsKnown &&
        reference.Precision is DatePrecision.Day or DatePrecision.Month && incident.Date.Start > reference.End;

    // "meeting in Tashkent on Wednesday, signed a plan ... for next spring": the clause's own day is already past.
    private static bool Before(PartialDate date, PartialDate reference) => date.IsKnown && reference.IsKnown && date.End < reference.Start;

    /// <summary>The clause names a time after the present ("next week", "next month", "next spring", "tomorrow"; not a
    /// weekday, which the date rules read).</summary>
    internal bool ComesNext(Sentence sentence, Clause span) =>
        finder.Find(sentence.Text).Any(e => sentence.Start + e.Start >= span.Start && sentence.Start + e.End <= span.End &&
            e is { Kind: DateExpressionKind.Relative, Offset: > 0 } && e.Unit is not (RelativeUnit.Weekday or null));

    /// <summary>The clause's verb (the trigger, else the nearest verb above it) is past or perfect: "met", "have since stepped up".</summary>
    private static bool ToldInPast(ParsedSentence parse, Clause span)
    {
        var verb = ParsedClauseRules.TriggerIn(parse, span);
        while (verb is { Upos: not Upos.VERB, Head: >= 0 }) verb = parse.Tokens[verb.Head];
        if (verb is not { Upos: Upos.VERB }) return false;
        var aux = parse.Dependents(verb.Index).Where(d => d.BaseRelation == "aux").ToList();
        return aux.Count == 0 ? verb.Xpos == "VBD" : aux.Any(a => a.Xpos == "VBD" || ClauseSyntax.Lemma(a) == "have");
    }

    /// <summary>
    /// The clause's event word is the object or complement of a planning verb (status.json planningVerbs), directly or
    /// through the verbs it hangs on ("plan their first joint exercise", "hope to sign a protocol"); a noun "plan" is no
    /// such verb ("under a plan their ministers signed").
    /// </summary>
    internal bool Intended(ParsedSentence parse, Clause span)
    {
        var word = ParsedClauseRules.TriggerIn(parse, span);
        for (var step = 0; word is { Head: >= 0 } && step < IntendedDepth; step++)
        {
            if (word.BaseRelation is not ("obj" or "xcomp")) return false;
            var head = parse.Tokens[word.Head];
            // (A plan told in the past is no plan of what is to come: "the gunmen who planned the attack on the post".)
            if (head.Upos == Upos.VERB && PlansIt(parse, head, word))
                return head.Xpos != "VBD" && !parse.Dependents(head.Index).Any(d => d.Relation == "aux:pass");
            word = head;
        }
        return false;
    }

    /// <summary>
    /// The clause's verb (its event word, else the verb it hangs on), or the content clause that verb reports ("announced
    /// it would build", "agreed that ... will be held"), carries a future auxiliary (status.json plannedAuxiliaries),
    /// itself or through the verbs it completes ("would begin checking"). Not under a condition ("if", "unless"), not
    /// negated (a refusal is a statement of its own).
    /// </summary>
    internal bool FutureVerb(ParsedSentence parse, Clause span)
    {
        var verb = ParsedClauseRules.TriggerIn(parse, span);
        while (verb is { Upos: not Upos.VERB, Head: >= 0 }) verb = parse.Tokens[verb.Head];
        if (verb is not { Upos: Upos.VERB }) return false;
        var candidates = new List<ParsedToken> { verb };
        candidates.AddRange(parse.Dependents(verb.Index).Where(d => d.BaseRelation == "ccomp" && d.Upos == Upos.VERB && d.Start >= span.Start && d.End <= span.End));
        foreach (var c in candidates)
            for (var (v, step) = (c, 0); v is not null && step < IntendedDepth; v = v.BaseRelation == "xcomp" && v.Head >= 0 ? parse.Tokens[v.Head] : null, step++)
            {
                var deps = parse.Dependents(v.Index).ToList();
                if (deps.Any(d => d.BaseRelation == "mark" && lexicon.ConditionMarks.Contains(ClauseSyntax.Lemma(d))) ||
                    deps.Any(d => d.BaseRelation is "advmod" or "neg" && lexicon.VerificationNegators.Contains(d.Form.ToLowerInvariant()))) break;
                if (deps.Any(d => d.BaseRelation == "aux" && lexicon.PlannedAuxiliaries.Contains(d.Form.ToLowerInvariant()))) return true;
            }
        return false;
    }

    /// <summary>
    /// <paramref name="verb"/> plans <paramref name="complement"/>: a planning verb (status.json planningVerbs), or an intent
    /// verb (intentVerbs, mend36: "aims to hold", "mean to try") whose infinitive complement it is, told in the present or
    /// future: not negated ("did not mean to shoot"), no past auxiliary ("had meant to"), not a gerund of a past story
    /// ("after weeks of planning a patrol").
    /// </summary>
    private bool PlansIt(ParsedSentence parse, ParsedToken verb, ParsedToken complement)
    {
        var lemma = ClauseSyntax.Lemma(verb);
        if (lexicon.PlanningVerbs.Contains(lemma)) return true;
        // (Not the verb of a relative clause describing a participant: "the operation, which aims to curb smuggling, has led to".)
        if (!lexicon.IntentVerbs.Contains(lemma) || complement.BaseRelation != "xcomp" || verb.BaseRelation == "acl") return false;
        var deps = parse.Dependents(verb.Index).ToList();
        if (deps.Any(d => d.BaseRelation is "advmod" or "neg" && lexicon.VerificationNegators.Contains(d.Form.ToLowerInvariant()))) return false;
        var aux = deps.Where(d => d.BaseRelation == "aux").ToList();
        if (aux.Any(a => a.Xpos == "VBD" && !lexicon.PlannedAuxiliaries.Contains(a.Form.ToLowerInvariant()) || ClauseSyntax.Lemma(a) == "have")) return false;
        // (A finite present, which the tagger may give as a bare VB: "both posts mean to run"; not an infinitive of its own.)
        return verb.Xpos is "VBZ" or "VBP" || verb.Xpos == "VB" && !deps.Any(d => d.BaseRelation == "mark") || aux.Count > 0 && verb.Xpos == "VBG";
    }

    /// <summary>How many verbs up from the event word a planning verb may stand ("hope to sign a protocol": protocol, sign, hope).</summary>
    private const int IntendedDepth = 3;

    /// <summary>A verification verb in the sentence that is negated: "not"/"never" on it or on the word it depends on
    /// ("have not been able to verify"), "unable to confirm", or a subject nobody is ("nobody will confirm it", "neither
    /// side's officials have confirmed"). With <paramref name="firstPersonOnly"/>, only the writer's own ("we", "I").</summary>
    private bool NotChecked(ParsedSentence parse, bool firstPersonOnly) =>
        parse.Tokens.Where(t => t.Upos == Upos.VERB && lexicon.VerificationVerbs.Contains(ClauseSyntax.Lemma(t))).Any(v =>
        {
            var governor = v.Relation == "xcomp" && v.Head >= 0 ? parse.Tokens[v.Head] : null;
            var negated = Negated(parse, v) ||
                          governor is not null && (lexicon.VerificationNegators.Contains(ClauseSyntax.Lemma(governor)) || Negated(parse, governor)) ||
                          parse.Dependents(v.Index).Where(d => d.BaseRelation == "nsubj").SelectMany(d => ParsedClauseRules.Subtree(parse, d))
                              .Any(w => lexicon.VerificationNegators.Contains(ClauseSyntax.Lemma(w)));
            return negated && (!firstPersonOnly || new[] { v, governor }.OfType<ParsedToken>()
                .Any(w => parse.Dependents(w.Index).Any(d => d.BaseRelation == "nsubj" && ClauseSyntax.Lemma(d) is "i" or "we")));
        });

    private bool Negated(ParsedSentence parse, ParsedToken word) =>
        parse.Dependents(word.Index).Any(d => d.BaseRelation is "advmod" or "neg" or "aux" && lexicon.VerificationNegators.Contains(d.Form.ToLowerInvariant()) ||
                                              d.BaseRelation is "advmod" or "neg" && lexicon.VerificationNegators.Contains(ClauseSyntax.Lemma(d)));

    /// <summary>
    /// A report verb of the sentence (by lemma, whatever tag the parser gave it: "drivers report that" is often read as a
    /// noun) whose subject, just before it with no punctuation between, is people with no office ("shopkeepers in the
    /// bazaar said", "Truckers stuck at Korday write to us that"); or "I am told" / "we were told" with no one named.
    /// (The parse alone misses them: it hangs such sentences many ways.)
    /// </summary>
    private bool LayAccount(ParsedSentence parse)
    {
        var toks = parse.Tokens;
        foreach (var v in toks.Where(t => lexicon.AccountVerbs.Contains(ClauseSyntax.Lemma(t))))
        {
            if (v.Index >= 2 && v.Form.Equals("told", StringComparison.OrdinalIgnoreCase) && lexicon.PassiveAuxiliaries.Contains(ClauseSyntax.Lemma(toks[v.Index - 1])) &&
                ClauseSyntax.Lemma(toks[v.Index - 2]) is "i" or "we" && (v.Index + 1 >= toks.Count || toks[v.Index + 1].Form != "by"))
                return true;
            // "fishermen have been told to keep off the bank": people told something give no account.
            // (Only the passive: "herders are saying" is their account.)
            if ((v.Xpos == "VBN" && v.Index > 0 && lexicon.PassiveAuxiliaries.Contains(ClauseSyntax.Lemma(toks[v.Index - 1]))) || parse.Dependents(v.Index).Any(d => d.Relation == "aux:pass")) continue;
            // "Afghan residents and a Taliban district official said": an office among the sources puts the account on the record.
            var office = false;
            for (var k = v.Index - 1; k >= Math.Max(0, v.Index - LayWindow) && (toks[k].Upos != Upos.PUNCT || InsideWord(toks, k)); k--)
            {
                if (offices.Among(parse, k, v.Index)) office = true;
                // ("protested through diplomatic channels and said": people or outlets governed by a preposition are no
                // subject giving the account, mend29.)
                if (!office && toks[k].Xpos == "NNS" && lexicon.AnonymousSources.Matches(NameNormalizer.Tokenize(toks[k].Form)).Count > 0 &&
                    (k == 0 || ClauseSyntax.Lemma(toks[k - 1]) is not ("to" or "tell" or "with")) &&
                    !parse.Dependents(toks[k].Index).Any(d => d.BaseRelation == "case"))
                    return true;
            }
        }
        return false;
    }


    /// <summary>How far before its report verb the people giving an account may stand ("Lorry drivers at the Termez bridge
    /// report", "residents of the nearby town of Khorog on the Tajik side said").</summary>
    private const int LayWindow = 11;

    // A hyphen joining a name with no space around it ("Ak-Zhol") is no break between the people and their verb.
    private static bool InsideWord(IReadOnlyList<ParsedToken> toks, int k) =>
        k > 0 && k + 1 < toks.Count && toks[k].Form is "-" && toks[k - 1].End == toks[k].Start && toks[k].End == toks[k + 1].Start;
}
