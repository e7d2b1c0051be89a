using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Stages 5, 7 and 8: finds incidents and claims sentence by sentence (clause by clause where a sentence holds
/// two), types them from trigger lexicons and entity evidence, sets status and attribution, dates them through
/// <see cref="DateResolver"/> and assigns a border.
/// </summary>
public sealed partial class IncidentDetector
{
    /// <param name="ct">Checked for every sentence (and every sentence's evidence), so a spent budget or a cancelled
    /// ingest ends the work within one sentence, not after the whole text.</param>
    public IReadOnlyList<ExtractedIncident> Detect(AnalysisInput input, CancellationToken ct = default)
    {
        var text = input.Text;
        // A near spelling of a place on a border the page never bears out is no place of the page's (border28).
        var mentions = FuzzyPlaces.Corroborated(recognizer.Recognize(text, new DocumentContext()), recognizer.Gazetteer);
        var tokens = NameNormalizer.Tokenize(text);
        var parses = new ArticleParses(parser, text);
        if (!relevance.Relevant(input, tokens, mentions, parses)) return [];
        var dateContext = DateStage.Resolver.ContextFor(text, input.Sentences, input.Published, input.Received, s => ClauseSyntax.HasFiniteVerb(parses.Parse(text, s.Start, s.End)));
        var interview = interviewDay.Find(input.Sentences, dateContext);

        // Document border: from every sentence's states and border words.
        var sentenceEvidence = input.Sentences.Select(s =>
        {
            ct.ThrowIfCancellationRequested();
            return Evidence(Slice(tokens, s.Start, s.End), MentionsIn(mentions, s.Start, s.End), IncidentType.Statement);
        }).ToList();
        var mainBorders = borders.MainBorders(input.Sentences, sentenceEvidence);

        var result = new List<ExtractedIncident>();
        var paragraphOf = new List<int>();
        Speaker? previousSpeaker = null;
        var previousAnonymous = false;
        for (var si = 0; si < input.Sentences.Count; si++)
        {
            ct.ThrowIfCancellationRequested();
            var sentence = input.Sentences[si];
            var sentenceTokens = Slice(tokens, sentence.Start, sentence.End);
            if (sentenceTokens.Count == 0) continue;
            // "- Kyrgyz Border Service press office, on Tuesday" under a quote set out on its own: its speaker and day (recall38).
            // (mend37: only a line that names a speaker and tells no act: "- Uzbek guards detained 12 men ..." is a sentence of its own.)
            if (QuotedSources.SourcedBy(input.Sentences, si) is { } quoted && NamesSpeakerOnly(text, sentence, sentenceTokens, mentions, parses))
            {
                QuotedStatement(input, quoted, tokens, mentions, dateContext, mainBorders, result, paragraphOf);
                previousSpeaker = null; previousAnonymous = false;
                continue;
            }
            ParsedSentence? parsed = null;
            // (A dated chronology entry's present verb misread as a noun is read again in the past: "4 May  Kabul hands ...".)
            // (A speech act's present verb misread as a noun is read again in the past: "The regiment urges residents to ...".)
            // (A speaker's turn is parsed from its words on: "OSPANOV: From Monday we will ...".)
            ParsedSentence Parse() => parsed ??= presentSpeech.Reread(parser, input, si, HistoricalPresent.Reread(parser, input, si, parses.Parse(text, QuestionTurns.WordsStart(sentence), sentence.End), DateStage.Finder));
            if (scope.IsNotAnIncidentSentence(input, si, sentenceTokens, () => ClauseSyntax.HasFiniteVerb(Parse()), () => QuestionTurns.RetellsReport(Parse(), syntax))) { previousSpeaker = null; previousAnonymous = false; continue; }
            // (An asker's hearsay in a transcript is put to the other side, which answers it: precision29.)
            if (askerTurns.PassesOnHearsay(input, si, sentenceTokens, () => QuestionTurns.PutToSpeaker(input, si) && QuestionTurns.AnswerDenies(input, si, tokens, lexicon, parses, AskerTurns.ContentWords(Parse()))))
            { previousSpeaker = null; previousAnonymous = false; continue; }

            var parse = Parse();
            // "Q: I plan to cycle over the pass on 3 March. Is it open?": the asker's own trip (precision37).
            if (QuestionTurns.PutToSpeaker(input, si) && QuestionTurns.AskersOwn(parse, syntax)) { previousSpeaker = null; previousAnonymous = false; continue; }
            if (VerblessLines.IsVerblessLine(sentence, parse, ListLines.RunIn(input.Sentences, si))) { previousSpeaker = null; previousAnonymous = false; continue; }
            // "Donors should fund legal aid ...": the writer's recommendation (news19).
            // ("Anyone who fires on our posts should know that we will respond": a warning, not a recommendation.)
            // ("Since Monday all visitors must register at the border post": a rule in force from a day, recall39.)
            // The sentence's closure frame, read at most once: by this test and by the reported events below.
            var closure = new Lazy<SceneEvent?>(() => parsedRules.Closure(parse, sentence, tokens, mentions));
            if (parsedRules.Recommends(parse) && !declarations.Warning(parse) && closure.Value is null) { previousSpeaker = null; previousAnonymous = false; continue; }
            // "The ministers discussed ...": the meeting just reported, told further.
            if (parsedRules.TalksAbout(parse) && result.Count > 0 && result[^1].Type == IncidentType.DiplomaticMeeting &&
                result[^1].ExcerptStart >= input.Sentences[Math.Max(0, si - 2)].Start)
            { previousSpeaker = null; previousAnonymous = false; continue; }
            var spans = ClauseSplitter.JoinSharedSubject(parse, parsedRules.Apply(parse, classifier.Classify(text, sentence, tokens, mentions, previousSpeaker, syntax.Hedging.PermissionModals(parse))), fragments);
            if (spans.Count == 0 && parsedRules.FromPredicate(parse, sentence, tokens, mentions) is { } fromPredicate && !generic.Habitual(parse, fromPredicate)) spans.Add(fromPredicate);
            spans = retyping.Apply(parse, speechActs.Apply(parse, spans));
            parsedRules.RetypeSeizures(parse, sentence, tokens, mentions, spans);
            // "Buckshot riddled a patrol car": a patrol struck by a weapon is the clash (para45).
            struckPatrols.Apply(parse, spans);
            // "X happened, the ministry said": a bare report is typed by the event it reports (ADR 0014's model reads it).
            reportedEvents.Apply(parse, sentence, spans, mentions, () => closure.Value);
            // "will never allow ...", "called reports of a clash nonsense": a declaration, not the event it names (speech18).
            var inTurn = SpeakerParties.TurnSpeaker(input, si, DateStage.Finder) is not null;
            declarations.Retype(parse, spans, MentionsIn(mentions, sentence.Start, sentence.End), inTurn);
            if (spans.Count == 0 && speechActs.FromSpeech(parse, sentence, tokens, mentions) is { } said) spans.Add(said);
            if (spans.Count == 0 && declarations.FromSentence(parse, sentence, tokens, mentions, inTurn) is { } declared) spans.Add(declared);
            // "A note ... holds X responsible", "..., a list handed to diplomats shows", "In the ministry's version, nothing
            // happened": a party's position told through a document or a post (para44).
            documentVoices.Apply(parse, sentence, tokens, mentions, spans);
            // "The ministry's line was that ...", "put the chance of X at low": a position or an estimate (para46).
            positionFrames.Apply(parse, sentence, tokens, mentions, spans);
            // "No, there are no armoured vehicles at the post" answering a question turn: the speaker's denial, not the event
            // it names (recall25).
            if (QuestionTurns.DeniedAnswer(input, si, parse, spans, tokens, mentions, lexicon, parses, DateStage.Finder) is { } answered) spans = answered;
            // "denied reports that Uzbek guards had fired at shepherds on 26 November": the claimed event, denied (type23).
            rejectedClaims.Apply(parse, text, sentence, spans, result);
            // A type the rules gave on weak evidence, where the trained model is sure of another (ADR 0014, amendment 2).
            if (typeModel?.Override(parse, sentence, mentions, spans) is { } retyped) spans[0].Type = retyped;
            // "Two fishermen drowned ..., officials said": what is reported is an accident, no act of a party, and the speech
            // verb alone made it a statement: no incident (precision37's accident; model44).
            if (spans is [{ Type: IncidentType.Statement } toldOnly] && Incidents.TypeModel.TypeOverride.Sure(toldOnly) == Incidents.TypeModel.SureEvidence.None && generic.Mishap(parse)) spans.Clear();
            // No event word the rules know: the trained model's type, when it is sure (ADR 0014).
            // (A sentence naming no party of its own is read with the parties its document gives it: "Since Monday mounted
            // units have been combing the ridges, Rashidov said" after a paragraph naming both states.)
            // (Time spent in company with nothing done in it is no act but a meeting: SharedTime.)
            if (spans.Count == 0 && typeModel?.Fill(parse, sentence, tokens, mentions, builder.ContextParties(input, si, mentions, tokens)) is { } filled && !generic.Habitual(parse, filled) &&
                !sharedTime.MistypesCompany(parse, filled) && !generic.Mishap(parse)) spans.Add(filled);
            // "The protocol gives Uzbek engineers access to the dam", "renewed the arrangement": an instrument's act is the agreement (para46).
            agreedInstruments.Apply(parse, sentence, tokens, mentions, spans);
            // "the presence of two companies", "paid a plant for forty jammers", "In Astana's view, ...", "put the number of armed
            // men at 300": acts and stances told without an event or speech word (para47).
            tacitActs.Apply(parse, sentence, tokens, mentions, spans, s => generic.Habitual(parse, s));
            tacitStances.Apply(parse, sentence, tokens, mentions, spans);
            // "A consul visited the detained man": a visit to people in a private capacity, no meeting between parties (precision40).
            // "Volunteers and rescuers are searching the slopes": a search by civilians, no patrol of a party (precision40).
            spans.RemoveAll(s => retyping.VisitsPrivatePeople(parse, s) || retyping.CiviliansSearch(parse, s));
            // "Two fishermen drowned when their boat overturned near X": an accident, no act of a party (precision37).
            spans.RemoveAll(s => generic.InMishap(parse, s));
            spans = parsedRules.RelativeAccusations(parse, spans, sentence, tokens, mentions);
            // "The delegation thanked its hosts for their hospitality": a courtesy act reports nothing (news19).
            spans.RemoveAll(s => speechActs.Courtesy(parse, s));
            // "Ashgabat rarely comments on incidents", "sessions are held every Friday": a habit, not an incident (news19).
            spans.RemoveAll(s => generic.Habit(parse, s));
            // "Correction: ...", "The court sentenced ...", "Ashgabat said nothing", "212 people since January": the report's own acts.
            var (listLine, eventBefore) = (ListLines.InList(input.Sentences, si), result.Any(r => r.Type != IncidentType.Statement));
            spans = spans.SelectMany(s => nonIncidents.Of(parse, sentence, sentenceTokens, s, inTurn, listLine, eventBefore) switch
            {
                NonIncident.None => [s],
                // "A court sentenced two men ..., and guards detained three more": the event told after the ruling.
                NonIncident.Ruling when nonIncidents.EventAfterRuling(parse, s) is int from && from > sentence.Start =>
                    AfterRuling(text, parse, sentence with { Start = from, Text = text[from..sentence.End] }, tokens, mentions, inTurn),
                _ => [],
            }).ToList();
            // "Not related to the shooting: a mudflow ...": an event word in the aside's label names the story's event.
            if (scope.AsideLabelEnd(sentence, sentenceTokens) is var aside and >= 0)
                spans.RemoveAll(s => s.TriggerToken >= 0 && s.TriggerToken < s.Tokens.Count && s.Tokens[s.TriggerToken].Start < aside);
            // "Ask our desk for a price", "Please do not edit ...": the page's instruction to its reader, no party's request (precision40).
            if (spans.Any(s => s.Type == IncidentType.Statement) && parsedRules.AddressesReader(parse)) spans.RemoveAll(s => s.Type == IncidentType.Statement);
            // "Swarms of locusts crossed the river": an event needs an agent that can act.
            animacy.Apply(parse, spans);
            // "The drill's scenario had gunmen crossing the river": what a drill plays out is the exercise.
            // "held the pass against 'intruders' from a neighbouring regiment": a staged adversary makes it one too (para21).
            scenarios.Apply(spans, sentenceTokens, result.Count > 0 && result[^1].Type == IncidentType.Exercise &&
                                                   result[^1].ExcerptStart >= input.Sentences[Math.Max(0, si - 2)].Start,
                () => parsedRules.Stages(parse, sentence, tokens, mentions) ||
                      spans.Any(s => s.Type == IncidentType.ArmedClash) && stagedFights.Stages(parse) || // a clash fought with blanks or under umpires (para45)
                      stagedFights.Rehearses(parse)); // an act graded, timed or tested (para46)
            // "met at the crossing, and the herders were handed back": the hand-back is part of the meeting (precision46).
            meetingHandovers.Apply(parse, spans);
            var anonymousHere = lexicon.SpeaksAnonymously.Matches(sentenceTokens).Count > 0;
            var found = new List<(Clause Clause, ExtractedIncident Incident)>();
            foreach (var (span, index) in spans.Select((s, i) => (s, i)))
            {
                var nextDenies = index + 1 < spans.Count && spans[index + 1].Denial;
                span.FirstPersonSubject = ParsedClauseRules.TriggerIn(parse, span) is { } eventWord && SpeakerParties.FirstPersonSubject(speakerWords, parse, eventWord);
                // "One officer was wounded", "the shooting stopped": more about the clash just reported, not a new one.
                if (parsedRules.Elaborates(parse, span) && result.Count > 0 && result[^1].Type == IncidentType.ArmedClash &&
                    result[^1].ExcerptStart >= input.Sentences[Math.Max(0, si - 1)].Start && !DefiniteParties.OtherYearThan(span, result[^1].Date)) continue;
                var incident = builder.Build(input, si, span, spans.Count > 1, nextDenies, previousAnonymous, tokens, mentions, dateContext, mainBorders);
                // "Representatives are meeting right now", "The ministry calls on ...": told in the present, dated to the writing day.
                if (incident is not null) incident = WritingDay.Apply(parse, span, incident, dateContext.At(si));
                if (incident is not null) found.Add((span, accounts.Apply(parse, sentence, span, incident, dateContext.Reference, dateContext.At(si).Reference)));
            }
            // "Tajik officials denied the reports.", "Dushanbe said no shot was fired": the claims another source told
            // just before are denied, and the denial is about their border.
            // "Its guards never left Kyrgyz soil": a party's negated report answering the other side's claim is a denial.
            contradictions.Apply(input, si, parse, found, result, mentions);
            // "Not a single shot was fired on Monday", said on Thursday: the denial is Thursday's (prec21).
            for (var k = 0; k < found.Count; k++)
                found[k] = (found[k].Clause, denialDay.Apply(input, si, parse, found[k].Clause, found[k].Incident, dateContext));
            // "Several news sites wrote that you had moved armour there. Is that so?" - "No, ...": the claim put to the speaker is denied.
            if (QuestionTurns.PutToSpeaker(input, si) && QuestionTurns.AnswerDenies(input, si, tokens, lexicon, parses, PremiseWords(parse, found)))
                for (var k = 0; k < found.Count; k++) found[k] = (found[k].Clause, found[k].Incident with { Status = IncidentStatus.Denied });
            // "rejected as groundless reports that Chinese soldiers are stationed ...": the claim and its rejection, one record (precision31).
            rejectedClaims.MergeRejection(parse, text, found, result);
            string? deniedBorder = null;
            foreach (var k in disowned.Answered(input, si, parse, parses, found, result, mentions))
            {
                result[k] = result[k] with { Status = IncidentStatus.Denied };
                deniedBorder ??= result[k].BorderCode;
            }
            // "... and battling Afghan forces there": a clause pointing back takes the border of its sentence; so does
            // the denial of a claim in the same sentence.
            var sentenceBorder = found.Select(x => x.Incident.BorderCode).FirstOrDefault(b => b is not null);
            // "the incident", "the shoot-out" with no border of its own: the border of the incident it points back to.
            var earlierBorder = result.Where(r => r.ExcerptStart >= input.Sentences[Math.Max(0, si - 3)].Start).Select(r => r.BorderCode).LastOrDefault(b => b is not null);
            foreach (var (span, incident) in found)
            {
                var added = incident.BorderCode is not null ? incident
                    : sentenceBorder is not null && (lexicon.Deictic.Matches(span.Tokens).Count > 0 || span.Denial) ? incident with { BorderCode = sentenceBorder }
                    : deniedBorder is not null && span.Denial ? incident with { BorderCode = deniedBorder }
                    : earlierBorder is not null && coreference.IsAnaphoric(span) ? incident with { BorderCode = earlierBorder }
                    : incident;
                if (sameEvent.ContinuesDenial(input, si, span, parse, result)) continue;
                // "... denied that its soldiers had shot at the post": the act already on record, told again under its denial.
                if (SameEvent.DeniedRetelling(span, added, found, result))
                {
                    // (The denial's excerpt takes in what it denies.)
                    var d = result.FindLastIndex(r => r is { Type: IncidentType.Statement, Status: IncidentStatus.Denied } && r.ExcerptStart >= sentence.Start);
                    if (d >= 0 && result[d].ExcerptEnd < added.ExcerptEnd) result[d] = result[d] with { ExcerptEnd = added.ExcerptEnd };
                    continue;
                }
                var continued = Coreference.ContinuesPrevious(input, si, added, result, paragraphOf) ?? added;
                // "The sides agreed that ...": an agreement with no date of its own takes the meeting's that reached it.
                continued = AgreementDates.Apply(input, si, continued, result, dateContext, continued.DateNote == WritingDay.Note ? null : (meeting, ms) =>
                    readoutSayings.SaidAt(parse, ParsedClauseRules.TriggerIn(parse, span), parses.Parse(text, input.Sentences[ms].Start, input.Sentences[ms].End),
                        input.Sentences[ms].Paragraph == sentence.Paragraph));
                // "After the shooting the men ran back over the line": the day of the event it follows (attrib44).
                continued = SequelDates.Apply(lexicon, input, si, span, continued, result, dateContext);
                // "OSPANOV: No, nothing of the kind has happened" under "spoke to him on Wednesday, 2 December": said that day.
                continued = InterviewDay.Apply(si, continued, interview);
                // "Fuel smuggling has increased since ...", "The road is open again": how things stand, not what happened.
                if (generic.NotAnIncident(parse, span, continued)) continue;
                // "Thousands of young men have left for Russia since 2020": what has gone on over years, no dated incident (precision45).
                if (longSpans.Background(parse, span, continued, dateContext.At(si).Reference)) continue;
                // "Five servicemen were wounded.", "The clash began when ...": the event told just before, told further.
                if (sameEvent.Retold(input, si, span, continued, parse, result) is var k and >= 0)
                {
                    // The retelling kept as the record stands in its own paragraph.
                    if (SameEvent.KeepsLater(result[k], continued)) paragraphOf[k] = sentence.Paragraph;
                    result[k] = SameEvent.Merge(result[k], continued);
                    continue;
                }
                // "The corporal is being treated in Osh, the ministry said": a person's present care or custody (precision44).
                if (careStates.OnlyCareOrCustody(parse, span, continued)) continue;
                result.Add(continued);
                paragraphOf.Add(sentence.Paragraph);
            }
            previousSpeaker = spans.Select(s => s.Speaker).LastOrDefault(s => s is { Official: true });
            previousAnonymous = anonymousHere;
        }
        // "Bishkek accused Dushanbe of ...": a pair of neighbours left without a border takes it from the incidents around.
        pairVote.Apply(input, tokens, result);
        pairVote.FillFromDocument(input, tokens, result, mainBorders);
        return result;
    }
}
