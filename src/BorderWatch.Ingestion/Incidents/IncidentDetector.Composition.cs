using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The units the detector is composed of, each built once by the constructor from the lexicons it is given
/// (<see cref="DetectorLexicons"/>, the date stage from their date words); <see cref="Detect"/> runs them sentence by sentence.</summary>
public sealed partial class IncidentDetector
{
    private readonly EntityRecognizer recognizer;
    private readonly Lexicon lexicon;
    private readonly BorderAssigner borders;
    private readonly PairBorderVote pairVote;
    private readonly SentenceScope scope;
    private readonly ClauseClassifier classifier;
    private readonly IncidentBuilder builder;
    private readonly Coreference coreference;
    private readonly ISentenceParser parser;
    private readonly ParsedClauseRules parsedRules;
    private readonly SameEvent sameEvent;
    private readonly Animacy animacy;
    private readonly ArticleRelevance relevance;
    private readonly GenericClauses generic;
    private readonly Rebuttals rebuttals;
    private readonly DisownedActs disowned;
    private readonly Contradictions contradictions;
    private readonly ExerciseScenarios scenarios;
    private readonly SpeechActs speechActs;
    private readonly ClauseRetyping retyping;
    private readonly ReportedEvents reportedEvents;
    private readonly Declarations declarations;
    private readonly DocumentVoices documentVoices;
    private readonly StagedFights stagedFights;
    private readonly StruckPatrols struckPatrols;
    private readonly AgreedInstruments agreedInstruments;
    private readonly PositionFrames positionFrames;
    private readonly TacitStances tacitStances;
    private readonly TacitActs tacitActs;
    private readonly RejectedClaims rejectedClaims;
    private readonly AccountStatus accounts;
    private readonly DenialDay denialDay;
    private readonly ClauseSyntax syntax;
    private readonly NonIncidents nonIncidents;
    private readonly SharedTime sharedTime;
    private readonly AskerTurns askerTurns;
    private readonly ClauseFragments fragments;
    private readonly PresentSpeechActs presentSpeech;
    private readonly TypeModel.TypeSecondOpinion? typeModel;
    private readonly InterviewDay interviewDay;
    private readonly ReadoutSayings readoutSayings;
    private readonly SpeakerLexicon speakerWords;
    private readonly CareStates careStates;
    private readonly LongSpans longSpans;
    private readonly MeetingHandovers meetingHandovers;
    private const string Hub = "AFG";

    /// <summary>Reads each incident's casualty figures, with the detector's casualty words (<see cref="DetectorLexicons.Casualties"/>).</summary>
    public CasualtyFigures Casualties { get; }

    /// <summary>The date stage built from the detector's date words (<see cref="DetectorLexicons.Dates"/>): the document's date
    /// context, the page's own day and each incident's date are read with it (di42).</summary>
    public Dates.DateRules DateStage { get; }

    /// <param name="typeModel">The trained type model's second opinion (ADR 0014); null: the rules alone.</param>
    /// <param name="lexicons">The scene frames and reporting words (the same scene frames the second opinion was given);
    /// null: the detector loads its own copy of the embedded files.</param>
    public IncidentDetector(EntityRecognizer recognizer, Lexicon lexicon, ISentenceParser parser, SyntaxLexicon syntaxWords, TypeModel.TypeSecondOpinion? typeModel = null,
        DetectorLexicons? lexicons = null)
    {
        lexicons ??= DetectorLexicons.LoadEmbedded();
        DateStage = Dates.DateRules.For(lexicons.Dates, lexicon);
        this.parser = parser;
        this.typeModel = typeModel;
        // The span rules read the lists the type model counts as declined (one source for both).
        syntax = new ClauseSyntax(lexicon, syntaxWords) { Spans = typeModel?.Spans ?? SpanLexicon.Default };
        parsedRules = new ParsedClauseRules(syntax, lexicons.SceneFrames);
        sameEvent = new SameEvent(syntax, lexicons.Retyping, lexicons.Occasions, lexicons.Declarations, DateStage.Finder);
        animacy = new Animacy(syntax);
        generic = new GenericClauses(syntax);
        relevance = new ArticleRelevance(lexicon, parser);
        speakerWords = lexicons.Speakers;
        rebuttals = new Rebuttals(lexicon, speakerWords, DateStage.Finder);
        contradictions = new Contradictions(syntax, rebuttals);
        disowned = new DisownedActs(syntax, rebuttals);
        scenarios = new ExerciseScenarios(lexicon);
        speechActs = new SpeechActs(syntax, lexicons.SpeechActs);
        retyping = new ClauseRetyping(syntax, lexicons.Retyping);
        careStates = new CareStates(syntax, lexicons.Retyping);
        longSpans = new LongSpans(lexicons.LongSpans);
        meetingHandovers = new MeetingHandovers(syntax, lexicons.Retyping);
        reportedEvents = new ReportedEvents(syntax, typeModel, lexicons.Declarations);
        declarations = new Declarations(syntax, lexicons.Declarations);
        documentVoices = new DocumentVoices(syntax, lexicons.DocumentVoices, lexicons.VoiceStances);
        stagedFights = new StagedFights(lexicons.FightFrames);
        struckPatrols = new StruckPatrols(syntax, lexicons.FightFrames);
        agreedInstruments = new AgreedInstruments(lexicons.InstrumentFrames);
        positionFrames = new PositionFrames(lexicons.InstrumentFrames);
        tacitStances = new TacitStances(lexicons.TacitFrames, lexicons.InstrumentFrames, lexicon);
        tacitActs = new TacitActs(lexicons.TacitFrames, lexicon);
        nonIncidents = new NonIncidents(lexicons.Reporting, syntax, lexicons.Retyping, lexicons.Descriptions, lexicons.Occasions, DateStage.Finder);
        sharedTime = new SharedTime(syntax, lexicons.SceneFrames);
        askerTurns = new AskerTurns(lexicon, lexicons.Reporting, DateStage.Finder);
        fragments = new ClauseFragments(syntaxWords);
        presentSpeech = new PresentSpeechActs(lexicon, syntaxWords);
        rejectedClaims = new RejectedClaims(syntax, lexicons.Declarations, DateStage.Finder);
        accounts = new AccountStatus(lexicon, syntaxWords, DateStage.Finder);
        denialDay = new DenialDay(syntax, DateStage.Resolver);
        interviewDay = new InterviewDay(DateStage, recognizer);
        readoutSayings = new ReadoutSayings(lexicons.Dates);
        Casualties = new CasualtyFigures(lexicons.Casualties);
        this.recognizer = recognizer;
        this.lexicon = lexicon;
        borders = new BorderAssigner(recognizer.Gazetteer, Hub);
        pairVote = new PairBorderVote(lexicon, recognizer.Gazetteer, Hub);
        scope = new SentenceScope(lexicon, DateStage.Finder);
        var speakers = new SpeakerFinder(lexicon, speakerWords);
        classifier = new ClauseClassifier(lexicon, new PredicateFinder(lexicon), speakers, new ClauseSplitter(lexicon));
        coreference = new Coreference(lexicon);
        builder = new IncidentBuilder(lexicon, recognizer, borders, new SourceAttribution(speakers, lexicon), new StatusRules(lexicon),
            new EventDating(lexicon, coreference, DateStage), new EventArguments(lexicon, recognizer.Gazetteer), coreference, speakerWords, DateStage.Finder);
    }
}
