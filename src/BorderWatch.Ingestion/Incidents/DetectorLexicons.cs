namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The lexicon files the detector reads besides <see cref="Lexicon"/> and <see cref="SyntaxLexicon"/>: the scene frames
/// (<c>Lexicon/scene-frames.json</c>, read by the parsed-clause rules and the type model's second opinion) and the report's
/// own acts (<c>Lexicon/reporting.json</c>, <see cref="NonIncidents"/>), declarations (<c>Lexicon/declarations.json</c>:
/// <see cref="Declarations"/>, <see cref="ReportedEvents"/>, <see cref="RejectedClaims"/>), speech acts (<c>Lexicon/speech-acts.json</c>,
/// <see cref="SpeechActs"/>) and retyping (<c>Lexicon/retyping.json</c>, <see cref="ClauseRetyping"/>). Loaded once by whoever composes the detector (DI
/// registers one, <see cref="TypeModel.TypeModelServices.AddIncidentDetection"/>) and given to it; no rule reads a static copy.
/// </summary>
public sealed record DetectorLexicons(SceneFrameLexicon SceneFrames, ReportingLexicon Reporting, DeclarationLexicon Declarations,
    SpeechActLexicon SpeechActs, RetypingLexicon Retyping)
{
    /// <summary>The date rules' words (Lexicon/dates.json): the detector builds its whole date stage from them
    /// (<see cref="Ingestion.Dates.DateRules"/>: the document's date, each incident's date, the interview's day; di42).</summary>
    public Dates.DateLexicon Dates { get; init; } = global::BorderWatch.Ingestion.Dates.DateLexicon.Default;

    /// <summary>Descriptions told beside the news (Lexicon/descriptions.json, <see cref="NonIncidents"/>: precision32).</summary>
    public DescriptionLexicon Descriptions { get; init; } = DescriptionLexicon.LoadEmbedded();
    /// <summary>Start words of background told over years (Lexicon/span-starts.json, <see cref="LongSpans"/>: precision45).</summary>
    public LongSpanLexicon LongSpans { get; init; } = LongSpanLexicon.LoadEmbedded();

    /// <summary>A page's own occasion and the texts it is about (Lexicon/occasions.json, <see cref="NonIncidents"/>,
    /// <see cref="SameEvent"/>: precision33).</summary>
    public OccasionLexicon Occasions { get; init; } = OccasionLexicon.LoadEmbedded();

    /// <summary>The words casualty figures are read with (Lexicon/casualties.json, <see cref="CasualtyFigures"/>: tidy37).</summary>
    public CasualtyLexicon Casualties { get; init; } = CasualtyLexicon.LoadEmbedded();

    /// <summary>Who speaks and whose side a speaker tells of (Lexicon/speakers.json, <see cref="SpeakerFinder"/>,
    /// <see cref="SpeakerParties"/>: tidy37).</summary>
    public SpeakerLexicon Speakers { get; init; } = SpeakerLexicon.LoadEmbedded();

    /// <summary>Positions told through a document or a post (Lexicon/document-voices.json, <see cref="DocumentVoices"/>: para44).</summary>
    public DocumentVoiceLexicon DocumentVoices { get; init; } = DocumentVoiceLexicon.LoadEmbedded();

    /// <summary>More stances a document voices (Lexicon/voice-stances.json, <see cref="DocumentVoices"/>: para45).</summary>
    public VoiceStanceLexicon VoiceStances { get; init; } = VoiceStanceLexicon.LoadEmbedded();

    /// <summary>Staged fights and struck patrols (Lexicon/fight-frames.json, <see cref="StagedFights"/>, <see cref="StruckPatrols"/>: para45).</summary>
    public FightFrameLexicon FightFrames { get; init; } = FightFrameLexicon.LoadEmbedded();

    /// <summary>Agreements told by their instrument, positions and estimates (Lexicon/instrument-frames.json,
    /// <see cref="AgreedInstruments"/>, <see cref="PositionFrames"/>: para46).</summary>
    public InstrumentFrameLexicon InstrumentFrames { get; init; } = InstrumentFrameLexicon.LoadEmbedded();

    /// <summary>Acts and stances told without an event or speech word (Lexicon/tacit-frames.json, <see cref="TacitActs"/>,
    /// <see cref="TacitStances"/>: para47).</summary>
    public TacitFrameLexicon TacitFrames { get; init; } = TacitFrameLexicon.LoadEmbedded();

    /// <summary>A fresh copy of the embedded files.</summary>
    public static DetectorLexicons LoadEmbedded() => new(SceneFrameLexicon.LoadEmbedded(), ReportingLexicon.LoadEmbedded(),
        DeclarationLexicon.LoadEmbedded(), SpeechActLexicon.LoadEmbedded(), RetypingLexicon.LoadEmbedded());
}
