using BorderWatch.Ingestion.Dates;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// One incident per event within an article: a clause that tells more of an event reported just before (same type,
/// a border and a date that fit, and a clause that points back to it) is part of that incident, not a new one.
/// A clause points back when
/// <list type="bullet">
/// <item>it names the event again with a definite article ("The clash began when ...", "the shooting", "the incident");</item>
/// <item>its predicate tells what happened to people in it ("Five servicemen were wounded", "the firing died down"); or</item>
/// <item>it is told in the pluperfect with no date of its own ("The smugglers had opened fire when ..."): background to
/// the event just told, an incident of its own only when it gives a date of its own.</item>
/// </list>
/// </summary>
internal sealed partial class SameEvent(ClauseSyntax syntax, RetypingLexicon retypingWords, OccasionLexicon occasions, DeclarationLexicon declarations,
    DateExpressionFinder finder)
{
    // How far back an earlier report of the event may lie: sentences, and paragraphs (wire copy: one sentence a paragraph).
    private const int SentencesBack = 4;
    private const int ParagraphsBack = 2;

    /// <summary>The index in <paramref name="before"/> of the incident this clause tells again, or -1.</summary>
    internal int Retold(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        // ("According to the Afghan side's account, Turkmen soldiers waded in first": a side's account of the event on record.)
        if (AccountRetelling(span, incident, parse, before) is var frame and >= 0) return frame;
        // ("The service said the firing began after ...", "Nobody was hurt, the ministry said": its cause or its casualties.)
        if (ReportedSequel(input, si, span, incident, parse, before) is var sequel and >= 0) return sequel;
        if (incident.Type == IncidentType.Statement) return StatementAboutParticipants(input, si, span, incident, parse, before);
        // ("A patrol spotted the boat at dawn": how the event just told was found; precision47.)
        if (FoundParticipants(input, si, span, incident, parse, before) is var found and >= 0) return found;
        // ("Turkish instructors will train the crews": training the people who work equipment just handed over; precision47.)
        if (TransferTraining(input, si, span, incident, parse, before) is var training and >= 0) return training;
        // ("They were handed back the next day": the crossing before ends; before the plan and own-date checks.)
        if (HandedBack(input, si, span, incident, parse, before) is var handed and >= 0) return handed;
        // ("About 150 servicemen took part", "12 January - Three shepherds are detained ...": precision33.)
        if (ExerciseParticipants(input, si, span, incident, parse, before) is var part and >= 0) return part;
        if (span.Denial || incident.Status == IncidentStatus.Planned) return -1;
        if (RetoldInTimeline(input, si, span, incident, before) is var line and >= 0) return line;
        if (WayBack(input, si, span, incident, parse, before) is var back and >= 0) return back;
        var how = PointsBack(parse, span);
        if (how == Link.None)
        {
            // ("The border service says its post was fired at first", "The ministry says one of its soldiers was wounded", in an
            // explainer whose first point told the page's one clash: a side's account of that clash, no new one.)
            if (ReportedBefore(parse, span) && SideAccount(span, incident, before) is var account and >= 0) return account;
            if (HasOwnDate(incident) || !Continuing.Contains(incident.Type) || ReportedBefore(parse, span) || Participant(parse, span) is not { } subject)
                return SamePlaceAndDay(parse, span, incident, before);
            var k = SameParticipant(input, si, subject, before);
            // ("The Kyrgyz guards fired into the air, and the Uzbek servicemen fired back", after the other side's account
            // of a crossing: the participants of the day's clash named again, a sentence past the incident just before.)
            return k >= 0 && !NamesNewParties(span, before[k]) ? k : SamePlaceAndDay(parse, span, incident, before);
        }
        if (how == Link.Pluperfect && HasOwnDate(incident)) return -1;
        var paragraph = input.Sentences[si].Paragraph;
        var told = TellingOf(incident, []);
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            var at = SentenceAt(input, e.ExcerptStart);
            if (at.Index < si - SentencesBack || at.Paragraph < paragraph - ParagraphsBack) break;
            // "A border patrol came under fire ... The patrol returned fire": a definite noun that repeats a word of the
            // event just told names that event's participant, whatever type its own clause takes.
            var participant = how == Link.Definite && at.Paragraph == paragraph && Names(input, e, span.Tokens[span.TriggerToken].Folded);
            if (EventIdentity.Same(e, told, SameEventRule.Retold, participant)) return k;
        }
        // "Both sides said the shooting stopped shortly before dusk", paragraphs after the story's one clash: an event
        // named again with a definite article is the article's only earlier incident of its type, however far back.
        return how == Link.Definite ? OnlyOfType(incident, before) : -1;
    }

    /// <summary>The index of the one incident in <paramref name="before"/> of the clause's type, with a border and a date
    /// that fit; -1 when there is none or more than one (then "the shooting" could name either).</summary>
    internal static int OnlyOfType(ExtractedIncident incident, IReadOnlyList<ExtractedIncident> before) =>
        EventIdentity.OnlyOfType(TellingOf(incident, []), before);

    /// <summary>The clause's incident as a telling to compare: its date only when its own words give it (a date borrowed
    /// from the sentences before fits any).</summary>
    internal static Telling TellingOf(ExtractedIncident incident, IReadOnlyCollection<string> parties) =>
        Telling.Of(incident, parties, HasOwnDate(incident) ? incident.Date : PartialDate.Unknown);

    /// <summary>
    /// "The Kyrgyz Border Service says its post was fired at first", "The ministry says one of its soldiers was wounded in the
    /// arm": a party's account, under a reporting verb, of a clash with no date of its own, no place other than the earlier one's and no party that one lacks, on a page
    /// that has told one event of that type on that border (not denied, not planned), is that event told again by one of its sides
    /// (precision36: one event, one record; a live explainer's points retell it). With two such events before, the account
    /// could be of either and stays a record of its own; so does an account told as a new act (occasions.json repetitionWords).
    /// </summary>
    internal int SideAccount(Clause span, ExtractedIncident incident, IReadOnlyList<ExtractedIncident> before)
    {
        // ("opened fire again a few hours later", "another of its posts came under fire": a new clash, mend36.)
        if (span.Tokens.Any(t => occasions.RepetitionWords.Contains(t.Folded))) return -1;
        // (Only a clash: "The Taliban say their forces have regained control of the district centre", after the other side's
        // taking of it, is a new taking, and a side's crossing or patrol told again may be another one.)
        if (HasOwnDate(incident) || incident.Type != IncidentType.ArmedClash) return -1;
        var told = TellingOf(incident, Telling.PartiesOf(span));
        var k = EventIdentity.OnlyOfType(told, before);
        if (k < 0) return -1;
        var e = before[k];
        // (A side's account may be on the record where the page's telling is unconfirmed, not of an act denied or planned;
        // both on one known border; an account that names a place of its own is of that place: "their post near Saryagash was
        // also shot at" is another attack unless the event told before was there.)
        if (!EventIdentity.Same(e, told, SameEventRule.SideAccount)) return -1;
        // (The teller must be one of the clash's sides: "The Taliban's governor told the radio his men had been shooting at
        // wild boar" tells another shooting by a party the clash did not have.)
        if (span.Speaker is not { Start: >= 0 } sp) return -1;
        var tellers = span.Mentions.Where(m => m.Start >= sp.Start && m.End <= sp.End).Select(m => m.Entry.Key).ToList();
        return EventIdentity.PartiesFit(e, tellers, PartyFit.SharesOne) ? k : -1;
    }

    /// <summary>
    /// "Overnight there was shooting on the border near Kulundu", in a live blog whose 09:30 post told the clash at the
    /// Kulundu post at 02:00: an event of the type and the day of an earlier one, at the same gazetteer place, or told with
    /// no agent at all ("there was shooting", "there were clashes") or with a participant named again ("The troops
    /// practised ...") on the same border, naming no party the earlier one lacks, is that event told again, however far
    /// back (one event, one record).
    /// </summary>
    internal static int SamePlaceAndDay(ParsedSentence parse, Clause span, ExtractedIncident incident, IReadOnlyList<ExtractedIncident> before)
    {
        // (Two protocols signed at one meeting, or a meeting and the next, are two events: only acts in the field are told again.)
        if (incident.Date.Precision != DatePrecision.Day || !(Continuing.Contains(incident.Type) || incident.Type == IncidentType.Exercise)) return -1;
        // ("The troops practised reconnaissance ...", a paragraph after the drill: a participant named again with "the".)
        var agentless = ClauseSyntax.Within(parse, span.Start, span.End).Any(t => t.BaseRelation == "expl");
        var participant = Participant(parse, span) is not null;
        if (incident.PlaceKey is null && !agentless && !participant) return -1;
        var told = Telling.Of(incident, Telling.PartiesOf(span));
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            // (The type, the day and the status; a border that fits, no party the earlier one lacks; a participant or an
            // agentless event named at another place of the border is another event.)
            if (!EventIdentity.Same(e, told, SameEventRule.SameDay)) continue;
            if (participant || (incident.PlaceKey is not null && e.PlaceKey == incident.PlaceKey)) return k;
            if (agentless && EventIdentity.BorderFits(e.BorderCode, incident.BorderCode, BorderFit.Known)) return k;
        }
        return -1;
    }

    /// <summary>
    /// "A patrol came under fire near the village on Friday. The patrol returned fire and withdrew.": a clause whose
    /// subject points back to a participant of the event just told ("the patrol", "the guards", "they"), that names no
    /// party and no date of its own, tells how that event went on, whatever its own predicate's type.
    /// </summary>
    private static int SameParticipant(AnalysisInput input, int si, ParsedToken subject, IReadOnlyList<ExtractedIncident> before)
    {
        var paragraph = input.Sentences[si].Paragraph;
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            var at = SentenceAt(input, e.ExcerptStart);
            if (at.Index < si - 2 || at.Paragraph != paragraph) return -1;
            if (e.Type == IncidentType.Statement) continue;
            if (!Continuing.Contains(e.Type)) return -1;
            if (subject.Upos == Upos.PRON) return k;
            return Names(input, e, ClauseSyntax.Lemma(subject)) ? k : -1;
        }
        return -1;
    }

    // The incident's excerpt has the word (or a form of it beginning so: "guard" in "guards").
    private static bool Names(AnalysisInput input, ExtractedIncident e, string word)
    {
        if (word.Length <= 2) return false;
        var excerpt = input.Text.AsSpan(e.ExcerptStart, e.ExcerptEnd - e.ExcerptStart);
        for (var from = 0; from < excerpt.Length;)
        {
            var at = excerpt[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            if (at == 0 || !IsWordChar(excerpt[at - 1])) return true;
            from = at + 1;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The subject of the clause's predicate when it points back: "they", "it", or a noun with "the"/"this".</summary>
    internal static ParsedToken? Participant(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) return null;
        var verb = trigger;
        while (verb.Upos != Upos.VERB && verb.Head >= 0 && verb.BaseRelation is "obj" or "obl" or "compound" or "nmod") verb = parse.Tokens[verb.Head];
        if (verb.Upos != Upos.VERB) return null;
        var subject = parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "nsubj");
        if (subject is not null && !ClauseSyntax.Inside(subject, span.Start, span.End)) return null;
        // "The patrol returned fire and withdrew": a coordinated verb shares its subject (in the clause before, when the
        // sentence was cut at "and").
        if (subject is null && verb.BaseRelation == "conj" && verb.Head >= 0) subject = parse.Dependents(verb.Head).FirstOrDefault(d => d.BaseRelation == "nsubj");
        if (subject is null) return null;
        if (subject.Upos == Upos.PRON) return ClauseSyntax.Lemma(subject) is "they" or "it" or "he" or "she" ? subject : null;
        return subject.Upos == Upos.NOUN && parse.Dependents(subject.Index).Any(d => d.BaseRelation == "det" && ClauseSyntax.Lemma(d) is "the" or "this" or "these" or "those") &&
               // "the guards at the Dostuk post", "the men who ...": a phrase of its own may bring in someone new.
               !parse.Dependents(subject.Index).Any(d => d.BaseRelation is "nmod" or "acl")
            ? subject : null;
    }

    // What a participant goes on to do in the field continues a clash, a crossing, a capture, a patrol or a deployment; what
    // parties agree after a meeting is an agreement of its own.
    private static readonly HashSet<IncidentType> Continuing =
        [IncidentType.ArmedClash, IncidentType.CrossBorderMovement, IncidentType.TerritorialControl, IncidentType.PatrolSurveillance, IncidentType.Deployment];

    // "Tashkent said the man had crossed the line": a party's claim is a record of its own.
    private bool ReportedBefore(ParsedSentence parse, Clause span) =>
        ParsedClauseRules.TriggerIn(parse, span) is { } t &&
        parse.Tokens.Any(x => x.Start < t.Start && x.Upos == Upos.VERB && syntax.Read(parse, x).Role == PredicateRole.Report);

    // A state, person or armed group of its own (not its speaker's) that the event told before does not have: a new
    // party, so a new event. ("The group retreated to the Afghan bank" after a crossing from Afghanistan names none.)
    private static bool NamesNewParties(Clause span, ExtractedIncident told, (int Start, int End)? besides = null) =>
        !EventIdentity.PartiesFit(told, Telling.PartiesOf(span, besides), PartyFit.NoneNew);

    /// <summary>
    /// "Iran's Border Guard Command rejected this account. In a statement it said that its forces had fired only warning
    /// shots.": what the party that has just denied a claim says next, under a pronoun for it, is its own account, part
    /// of the denial, not a new incident; so is a further denial in the same paragraph that names no speaker of its own.
    /// </summary>
    internal bool ContinuesDenial(AnalysisInput input, int si, Clause span, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (si == 0 || before.Count == 0) return false;
        if (before[^1] is not { Type: IncidentType.Statement, Status: IncidentStatus.Denied } denial || denial.ExcerptStart < input.Sentences[si - 1].Start) return false;
        // "This information does not correspond to reality. No weapons were used ...": the denial goes on, told by no one new.
        if (span.Denial) return span.Type == IncidentType.Statement && span.Speaker is null && SentenceAt(input, denial.ExcerptStart).Paragraph == input.Sentences[si].Paragraph;
        // ("Semerikov added to the speculation when he said ...": a pronoun after a speaker named in its own clause is that speaker.)
        return ClauseSyntax.Within(parse, span.Start, span.End).Any(t => t.Upos == Upos.VERB && syntax.Read(parse, t).Role == PredicateRole.Report &&
            parse.Dependents(t.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.PRON && ClauseSyntax.Lemma(d) is "it" or "they" or "he" or "she" &&
                                               !NamedBefore(span, d)));
    }

    // The clause names a speaker of its own, a person or an organisation, before this pronoun.
    private static bool NamedBefore(Clause span, ParsedToken pronoun) =>
        span.Speaker is { Start: >= 0, Named: true } sp && sp.End <= pronoun.Start ||
        span.Mentions.Any(m => m.Entry.Kind is EntryKind.Person or EntryKind.Organization && m.End <= pronoun.Start);

    /// <summary>The earlier incident, with what the retelling adds: a border or a date it lacked.
    /// "Shooting returned to the valley this week. ... On Sunday Tajik and Kyrgyz guards traded fire ...": a lead that names
    /// the event without its parties gives way to the account that names them and dates it: that one is the record
    /// (<see cref="KeepsLater"/>).</summary>
    internal static ExtractedIncident Merge(ExtractedIncident first, ExtractedIncident more) =>
        KeepsLater(first, more)
            ? more with { BorderCode = more.BorderCode ?? first.BorderCode }
            : first with
    {
        BorderCode = first.BorderCode ?? more.BorderCode,
        Date = first.Date.IsKnown ? first.Date : more.Date,
        DateNote = first.Date.IsKnown ? first.DateNote : more.DateNote,
        DateBasis = first.Date.IsKnown ? first.DateBasis : more.DateBasis,
    };

    /// <summary>The retelling, not the first report, becomes the record: the first names no party, the retelling names
    /// some and dates the event in its own words at least as precisely.</summary>
    internal static bool KeepsLater(ExtractedIncident first, ExtractedIncident more) =>
        more.Actors.Count > first.Actors.Count && first.Actors.Count == 0 && HasOwnDate(more) && more.Date.Precision >= first.Date.Precision;

    internal enum Link { None, Definite, Aftermath, Pluperfect }

    internal Link PointsBack(ParsedSentence parse, Clause span)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return Link.None;
        var trigger = span.Tokens[span.TriggerToken];
        // "The clash began ...", "after the shooting": the event named before, with a definite article.
        if (span.TriggerToken > 0 && span.Tokens[span.TriggerToken - 1].Folded is "the" or "this" or "that" &&
            syntax.Lexicon.EventWords(span.Tokens.GetRange(span.TriggerToken, 1)).Count > 0)
            return Link.Definite;
        if (syntax.Lexicon.Anaphoric.Matches(span.Tokens).Any(m => m.First <= span.TriggerToken && span.TriggerToken <= m.Last))
            return Link.Definite;
        var head = parse.Tokens.FirstOrDefault(t => t.Start <= trigger.Start && trigger.Start < t.End);
        if (head is null) return Link.None;
        // "X said (that) its guards had been fired on first", "The reports said two soldiers had been wounded": a
        // claim of its own, told by a reporting verb before it (a trailing "..., the service said" is only a source).
        if (parse.Tokens.Any(t => t.Start < head.Start && t.Upos == Upos.VERB && syntax.Read(parse, t).Role == PredicateRole.Report)) return Link.None;
        // "Five servicemen were wounded" (the parser may read the participle as an adjective).
        if (head.Upos is Upos.VERB or Upos.ADJ && IsAftermath(head) &&
            !parse.Dependents(head.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.NOUN && IsIndefiniteEvent(parse, d)))
            return Link.Aftermath;
        if (head.Upos == Upos.VERB && head.Xpos == "VBN" && parse.Dependents(head.Index).Any(d => d.BaseRelation == "aux" && d.Form.ToLowerInvariant() is "had" or "'d"))
            return Link.Pluperfect;
        return Link.None;
    }

    // The parser's lemma, or the form as an inflection of an aftermath verb ("wounded" read as an adjective).
    private bool IsAftermath(ParsedToken head)
    {
        var form = head.Form.ToLowerInvariant();
        return syntax.Words.Aftermath.Contains(ClauseSyntax.Lemma(head)) ||
               syntax.Words.Aftermath.Any(a => form == a + "d" || form == a + "ed" || form == a + a[^1] + "ed" || form == a + "s");
    }

    // "Clashes near Vorukh killed 50 people": a subject that is an event of its own, not "the fighting".
    private bool IsIndefiniteEvent(ParsedSentence parse, ParsedToken subject) =>
        syntax.Lexicon.Classes.NounClasses(ClauseSyntax.Lemma(subject)).Any(syntax.Lexicon.ClassTypes.ContainsKey) &&
        !parse.Dependents(subject.Index).Any(x => x.BaseRelation == "det" && ClauseSyntax.Lemma(x) is "the" or "this" or "that");

    /// <summary>True when the incident's date comes from an expression of its own clause, not from the sentences before or the document.</summary>
    internal static bool HasOwnDate(ExtractedIncident i) => i.Date.IsKnown && i.DateBasis == DateBasis.OwnWords;


    private static Sentence SentenceAt(AnalysisInput input, int offset) =>
        input.Sentences.LastOrDefault(s => s.Start <= offset) ?? input.Sentences[0];
}
