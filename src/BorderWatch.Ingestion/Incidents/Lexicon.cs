using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The trigger, status, attribution and context word lists (DATA, embedded from Lexicon/*.json).</summary>
public sealed partial class Lexicon
{
    public required IReadOnlyList<(IncidentType Type, PhraseSet Phrases)> Triggers { get; init; }
    /// <summary>Things rather than acts ("smugglers", "helicopters", "a base"): they type a clause only when the sentence has no regular trigger.</summary>
    public required IReadOnlyList<(IncidentType Type, PhraseSet Phrases)> WeakTriggers { get; init; }
    /// <summary>Words that make the trigger right after them a circumstance ("after two days of fighting"): weak.</summary>
    public required PhraseSet Circumstance { get; init; }
    /// <summary>Verbs that introduce what is discussed: a trigger after them is a topic, not an event.</summary>
    public required PhraseSet TopicVerbs { get; init; }
    /// <summary>Words that end a speaker's noun phrase (verbs, prepositions, pronouns, adverbs).</summary>
    public required IReadOnlySet<string> SpeakerStops { get; init; }
    /// <summary>Nouns after "&lt;state&gt; border" that make it a thing of that state ("Tajik border guards").</summary>
    public required PhraseSet BorderActorNouns { get; init; }
    /// <summary>Planned cues that follow the trigger ("exercises are scheduled to ...").</summary>
    public required PhraseSet PlannedAfter { get; init; }
    /// <summary>Words that make a source anonymous ("sources in Ashgabat", "a government source", "unnamed officials").</summary>
    public required PhraseSet AnonymousSources { get; init; }
    /// <summary>status.json kinSources (attrib44): relatives telling what happened to their own (Incidents/KinSources.cs).</summary>
    public required PhraseSet KinSources { get; init; }
    /// <summary>Words saying a source withholds its name ("on condition of anonymity", "who asked not to be named").</summary>
    public required PhraseSet SpeaksAnonymously { get; init; }
    /// <summary>What a bare denial points back to ("denied the reports"): the claims of the sentence before.</summary>
    public required PhraseSet DeniedReference { get; init; }
    /// <summary>Words that open a denied claim asserting nothing of its own ("denied that any shots ..."): a blanket denial of what was told before.</summary>
    public required PhraseSet BlanketClaim { get; init; }
    /// <summary>Definite references to an event or party named before ("the shoot-out", "the militants").</summary>
    public required PhraseSet Anaphoric { get; init; }
    /// <summary>context.json sequelOpeners (attrib44): 'After the shooting', 'Since then' (Incidents/SequelDates.cs).</summary>
    public required PhraseSet SequelOpeners { get; init; }
    public required int PlannedAfterWindow { get; init; }
    public required PhraseSet Speech { get; init; }
    public required PhraseSet StatementCues { get; init; }
    /// <summary>Acts that are statements whatever event they name: accusing, blaming, demanding, calling on, appealing.</summary>
    public required PhraseSet StatementActs { get; init; }
    /// <summary>A party's side in a dispute over who started it ("fired first", "in self-defence"): its report is a statement.</summary>
    public required PhraseSet Blame { get; init; }
    public required PhraseSet OfficialRoles { get; init; }
    public required PhraseSet Denied { get; init; }

    /// <summary>Denial words that say the act itself never took place ("never set foot", "an invention"): the denial answers the claim before it.</summary>
    public required PhraseSet DeniedAct { get; init; }
    public required PhraseSet Unconfirmed { get; init; }
    public required PhraseSet Planned { get; init; }
    /// <summary>Lemmas besides the report class by which people give an account ("drivers write to us that ...").</summary>
    public required IReadOnlySet<string> AccountVerbs { get; init; }
    /// <summary>Lemmas of checking a claim ("confirm", "verify"): negated in the sentence, its events are unconfirmed.</summary>
    public required IReadOnlySet<string> VerificationVerbs { get; init; }
    /// <summary>Lemmas of verbs whose object or complement is an event still to come ("plan", "hope").</summary>
    public required IReadOnlySet<string> PlanningVerbs { get; init; }
    /// <summary>status.json intentVerbs (mend36): lemmas that plan only what they govern as an infinitive complement ("aims to
    /// hold", "mean to try"), read on the parse.</summary>
    public required IReadOnlySet<string> IntentVerbs { get; init; }
    /// <summary>status.json prospectVerbs (status29): lemmas that, passive and present, put their subject ahead ("is scheduled",
    /// "are expected", "is set", "is due").</summary>
    public required IReadOnlySet<string> ProspectVerbs { get; init; }
    /// <summary>status.json sourceJoiners (status29): words that join one source to another ("residents and a district official").</summary>
    public required IReadOnlySet<string> SourceJoiners { get; init; }
    /// <summary>statements.json sourceIntroducers (border30): the words that introduce who asserts a claim ("according to",
    /// "citing"), each as its folded words in order, tried in the file's order.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> SourceIntroducers { get; init; }

    /// <summary>Words just before a present planning verb that make it no plan of the clause (status.json planningOpeners): a
    /// determiner (the noun), "to" (an infinitive of purpose), a relative word (a participant's description).</summary>
    public required IReadOnlySet<string> PlanningOpeners { get; init; }
    /// <summary>status.json plannedAuxiliaries: auxiliaries that put a verb in the future ("will", "would").</summary>
    public required IReadOnlySet<string> PlannedAuxiliaries { get; init; }
    /// <summary>status.json conditionMarks: words that open a condition ("if", "unless"): what follows is not planned.</summary>
    public required IReadOnlySet<string> ConditionMarks { get; init; }
    /// <summary>Lemmas that negate a verification ("not", "unable", "nobody", "neither").</summary>
    public required IReadOnlySet<string> VerificationNegators { get; init; }
    public required int PlannedWindow { get; init; }
    public required IReadOnlyList<string> CaptionCues { get; init; }
    public required PhraseSet NonBorderTopics { get; init; }
    /// <summary>What keeps a sentence on a non-border topic about the border when it also names the border ("talks on security along the border and on the pipeline").</summary>
    public required PhraseSet BorderSecurityTopics { get; init; }
    /// <summary>Determiners and heads of a definite reference to parties named before ("the sides", "each side", "the two delegations").</summary>
    public required PhraseSet PartyDeterminers { get; init; }
    public required PhraseSet PartyHeads { get; init; }
    public required PhraseSet Hypothetical { get; init; }
    /// <summary>Verbs and nouns of warning ("warned that militants could try to cross"): a modal under one is the danger warned of, not an uncertain report.</summary>
    public required PhraseSet Warnings { get; init; }
    public required PhraseSet Durations { get; init; }
    public required PhraseSet BorderWords { get; init; }
    public required IReadOnlyList<string> ClauseSeparators { get; init; }
    public required IReadOnlyList<string> HeadlineStarts { get; init; }
    public required PhraseSet Forecast { get; init; }
    public required PhraseSet Historical { get; init; }
    public required PhraseSet Membership { get; init; }
    public required PhraseSet Deictic { get; init; }
    public required PhraseSet Modals { get; init; }
    public required PhraseSet Negations { get; init; }
    public required PhraseSet SingularBorderWords { get; init; }
    /// <summary>Openers of a sentence that sums up the article ("To sum up: ..."): it re-reports, it reports nothing new.</summary>
    public required PhraseSet Recaps { get; init; }
    /// <summary>Headings of a list of key points or highlights: the bullet items under them are no incidents.</summary>
    public required PhraseSet SummaryHeadings { get; init; }
    public required PhraseSet NonEventSections { get; init; }
    /// <summary>Participants that make an article about border security at all (forces, guards, militants, officials, migrants).</summary>
    public required PhraseSet SecurityActors { get; init; }
    /// <summary>context.json standingForces: forces that stand in a measure told as a state of things (recall29, <see cref="StoryForces"/>).</summary>
    public required PhraseSet StandingForces { get; init; }
    /// <summary>context.json recipientMarks: the preposition before a transfer's recipient ("handed over to the outposts": recall32, <see cref="StoryForces"/>).</summary>
    public required IReadOnlySet<string> RecipientMarks { get; init; }
    /// <summary>context.json borderForces: "border units", "the border department": a participant for relevance only.</summary>
    public required PhraseSet BorderForces { get; init; }
    /// <summary>context.json pluralForces (status32): "the border services": a participant for relevance unless only asked
    /// (the object of a verb: "organisers asked both border services to open extra lanes"), <see cref="ArticleRelevance"/>.</summary>
    public required PhraseSet PluralForces { get; init; }
    /// <summary>A security word as a collective measure noun ("a small army of porters"): no force.</summary>
    public required PhraseSet SecurityMeasures { get; init; }
    /// <summary>context.json citizenshipNouns (border31): nouns that make a state beside them a person's citizenship ("Uzbek
    /// citizens", "a citizen of Kyrgyzstan"), no side of a border (<see cref="Citizenship"/>).</summary>
    public required PhraseSet CitizenshipNouns { get; init; }
    /// <summary>Openers of an aside's label ("Not related to the shooting: ..."): event words in the label name the story's event.</summary>
    public required PhraseSet AsideLabels { get; init; }
    /// <summary>Words saying a drill plays something out ("scenario", "simulated", "mock"): what it plays is the exercise.</summary>
    public required PhraseSet ExerciseScenario { get; init; }

    /// <summary>"all border issues", "all its neighbours": the span speaks of every border of a state, not of one.</summary>
    public required PhraseSet BordersInGeneral { get; init; }
    /// <summary>"joint", "together with", "mixed": an act both sides of a border carry out.</summary>
    public required PhraseSet JointWords { get; init; }
    /// <summary>Words right before a state that make it a supplier, donor or partner ("donated by", "with its partner"): no side of a border.</summary>
    public required PhraseSet DonorCues { get; init; }
    /// <summary>Words right before a state that make it the source of weapons or equipment changing hands ("from Russia").</summary>
    public required PhraseSet TransferSources { get; init; }
    /// <summary>Words right after a state that make it the maker or supplier of what changes hands ("Turkish-built", "our Chinese partners").</summary>
    public required PhraseSet TransferMakers { get; init; }
    public required IReadOnlyList<string> RelativeWords { get; init; }
    /// <summary>The relative words that stand for people ("who", "whom"): a clause on the people caught tells their crossing.</summary>
    public required IReadOnlySet<string> PersonRelativeWords { get; init; }
    /// <summary>The auxiliaries of a passive ("be" in "I was told", "have been told"): people told something give no account.</summary>
    public required IReadOnlySet<string> PassiveAuxiliaries { get; init; }
    /// <summary>Planned cues that may describe a noun ("planned", "scheduled"): after an <see cref="AttributiveOpeners"/> word they plan nothing.</summary>
    public required IReadOnlySet<string> AttributiveCues { get; init; }
    /// <summary>How an answer that says no opens ("No, ...", "There is no ...", "Nobody ..."): the claim put in the question is denied.</summary>
    public required PhraseSet NegativeAnswers { get; init; }
    /// <summary>Verbs with no content of their own ("be", "have", "do"): not among a question turn's words.</summary>
    public required IReadOnlySet<string> AnswerEmptyVerbs { get; init; }
    /// <summary>Words that open a noun phrase before such a cue ("the planned railway", "their last scheduled session").</summary>
    public required IReadOnlySet<string> AttributiveOpeners { get; init; }

    /// <summary>Possessives that own the people a rebuttal says did not act ("none of its servicemen", "his men"): <see cref="DisownedActs"/>.</summary>
    public required IReadOnlySet<string> OwnPeoplePossessives { get; init; }
    /// <summary>Verb forms that tell an event's start ("began", "kicked off"): a day told with one is a day of its own.</summary>
    public required PhraseSet EventBegins { get; init; }
    /// <summary>Verb forms that tell an event's end ("concluded", "wound up"): an exercise told by it is dated by its last day.</summary>
    public required PhraseSet EventEnds { get; init; }
    /// <summary>Phrases a party uses to refuse something ("will not allow"): triggers after them in the clause are no events.</summary>
    public required PhraseSet Refusals { get; init; }
    /// <summary>Frequency adverbials that make a present-tense event habitual ("patrol the ridge twice a day"): no incident.</summary>
    public required PhraseSet Habitual { get; init; }
    /// <summary>Armed-clash phrases that are acts of fighting ("exchanged fire"): they outrank a crossing in their clause.</summary>
    public required PhraseSet FightingActs { get; init; }
    /// <summary>Triggers that count only after an armed group is named ("the Taliban returned to power").</summary>
    public required IReadOnlyList<(IncidentType Type, PhraseSet Phrases)> ArmedGroupTriggers { get; init; }
    /// <summary>Verbs of capture that make a territorial-control incident when a named place is their object ("seized Kabul").</summary>
    public required PhraseSet CaptureVerbs { get; init; }
    /// <summary>Agreement triggers that leave something ("left the CSTO"): leaving a place is a withdrawal of a force or nothing.</summary>
    public required PhraseSet ExitPhrases { get; init; }

    /// <summary>Event predicates by the classes of their arguments (frames.json).</summary>
    public required PredicateFrames Frames { get; init; }

    /// <summary>Event predicates by lemma and WordNet class (event-classes.json).</summary>
    public required EventClasses Classes { get; init; }
    /// <summary>The incident type each event class stands for (triggers.json classTypes); classes not listed type no event.</summary>
    public required IReadOnlyDictionary<string, IncidentType> ClassTypes { get; init; }

    /// <summary>Phrases in which a class word names a thing or place ("border crossing", "assault rifles"): no event predicate.</summary>
    public required PhraseSet ClassNotEvents { get; init; }
    /// <summary>Types whose class predicates count only with one of the type's weak things in the clause ("delivered helicopters").</summary>
    public required IReadOnlySet<IncidentType> ClassNeedThing { get; init; }
    /// <summary>Classes whose words are a fight only with a noun of the troops class in the clause ("a scuffle between guards").</summary>
    public required IReadOnlySet<string> ClassNeedForce { get; init; }
    /// <summary>Class lemmas that are an event only with a party (person, state, organisation) as their object ("welcomed the president").</summary>
    public required IReadOnlySet<string> ClassNeedParty { get; init; }

    /// <summary>Event words of one type (or of any type): its trigger phrases and the members of its WordNet classes.</summary>
    public List<PhraseMatch> EventWords(IReadOnlyList<Token> tokens, int firstSentenceToken = 0, IncidentType? type = null) =>
        [.. Triggers.Where(t => type is null || t.Type == type).SelectMany(t => t.Phrases.Matches(tokens, firstSentenceToken)),
         .. Classes.Matches(tokens, firstSentenceToken).Where(c => !c.Adjective && ClassTypes.TryGetValue(c.Class, out var t) && (type is null || t == type)).Select(c => c.Match)];

    /// <summary>Types whose class predicates need a named place or one of these words in the clause ("seized several posts", not "seized two rifles").</summary>
    public required IReadOnlyList<(IncidentType Type, PhraseSet Phrases)> ClassNeedPlace { get; init; }

    /// <summary>Every phrase list by its name in the lexicon files ("triggers.armed-clash", "status.denied"), for coverage checks.</summary>
    public IEnumerable<(string Name, PhraseSet Phrases)> PhraseLists()
    {
        foreach (var (type, phrases) in Triggers) yield return ("triggers." + type.ToCode(), phrases);
        foreach (var (type, phrases) in WeakTriggers) yield return ("triggers.weak." + type.ToCode(), phrases);
        foreach (var (type, phrases) in ArmedGroupTriggers) yield return ("triggers.armedGroupOnly." + type.ToCode(), phrases);
        yield return ("triggers.circumstance", Circumstance);
        yield return ("triggers.fightingActs", FightingActs);
        yield return ("triggers.captureVerbs", CaptureVerbs);
        yield return ("triggers.exitPhrases", ExitPhrases);
        yield return ("statements.speech", Speech);
        yield return ("statements.cues", StatementCues);
        yield return ("statements.acts", StatementActs);
        yield return ("statements.blame", Blame);
        yield return ("statements.officialRoles", OfficialRoles);
        yield return ("statements.topicVerbs", TopicVerbs);
        yield return ("statements.modals", Modals);
        yield return ("statements.negations", Negations);
        yield return ("status.denied", Denied);
        yield return ("status.deniedAct", DeniedAct);
        yield return ("status.unconfirmed", Unconfirmed);
        yield return ("status.planned", Planned);
        yield return ("status.plannedAfter", PlannedAfter);
        yield return ("status.anonymousSources", AnonymousSources);
        yield return ("status.kinSources", KinSources);
        yield return ("status.speaksAnonymously", SpeaksAnonymously);
        yield return ("status.deniedReference", DeniedReference);
        yield return ("status.blanketClaim", BlanketClaim);
        yield return ("context.nonBorderTopics", NonBorderTopics);
        yield return ("context.borderSecurityTopics", BorderSecurityTopics);
        yield return ("context.partyDeterminers", PartyDeterminers);
        yield return ("context.partyHeads", PartyHeads);
        yield return ("context.hypothetical", Hypothetical);
        yield return ("context.warnings", Warnings);
        yield return ("context.durations", Durations);
        yield return ("context.borderWords", BorderWords);
        yield return ("context.forecast", Forecast);
        yield return ("context.historical", Historical);
        yield return ("context.membership", Membership);
        yield return ("context.deictic", Deictic);
        yield return ("context.singularBorderWords", SingularBorderWords);
        yield return ("context.bordersInGeneral", BordersInGeneral);
        yield return ("context.jointWords", JointWords);
        yield return ("context.donorCues", DonorCues);
        yield return ("context.transferSources", TransferSources);
        yield return ("context.transferMakers", TransferMakers);
        yield return ("context.borderActorNouns", BorderActorNouns);
        yield return ("context.anaphoric", Anaphoric);
        yield return ("context.sequelOpeners", SequelOpeners);
        yield return ("context.refusals", Refusals);
        yield return ("context.habitual", Habitual);
        yield return ("context.recaps", Recaps);
        yield return ("context.summaryHeadings", SummaryHeadings);
        yield return ("context.nonEventSections", NonEventSections);
        yield return ("context.securityActors", SecurityActors);
        yield return ("context.borderForces", BorderForces);
        yield return ("context.pluralForces", PluralForces);
        yield return ("context.standingForces", StandingForces);
        yield return ("context.securityMeasures", SecurityMeasures);
        yield return ("context.citizenshipNouns", CitizenshipNouns);
        yield return ("context.asideLabels", AsideLabels);
        yield return ("context.exerciseScenario", ExerciseScenario);
        yield return ("triggers.classNotEvents", ClassNotEvents);
        foreach (var (type, phrases) in ClassNeedPlace) yield return ("triggers.classNeedPlace." + type.ToCode(), phrases);
    }
}
