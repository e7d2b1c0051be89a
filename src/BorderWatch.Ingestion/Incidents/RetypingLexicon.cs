using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/retyping.json</c> that <see cref="ClauseRetyping"/> reads the parse with.</summary>
/// <param name="DisplayVerbs">Verbs that show equipment off ("paraded its new drones"): an arms transfer stays one.</param>
/// <param name="ContactVerbs">Verbs by which a source is reached ("reached by telephone"): the telephone is no call between parties.</param>
/// <param name="ChannelNouns">The channel ("telephone", "phone").</param>
/// <param name="PlacePrepositions">Prepositions that put equipment at a place ("near the turn", "towards the river").</param>
/// <param name="PeopleNouns">Nouns for people: "handed over" with people as the theme is a hand-back, not an arms transfer.</param>
public sealed record RetypingLexicon(IReadOnlySet<string> DisplayVerbs, IReadOnlySet<string> ContactVerbs, IReadOnlySet<string> ChannelNouns, IReadOnlySet<string> PeopleNouns, IReadOnlySet<string> PlacePrepositions)
{
    /// <summary>Pronouns that stand for people ("they", "he"): a statement's subject pointing back to an event's people.</summary>
    public IReadOnlySet<string> PeoplePronouns { get; init; } = new HashSet<string>();
    /// <summary>Determiners that name again ("the men", "these guards"): a statement's subject pointing back to an event's people.</summary>
    public IReadOnlySet<string> BackReferenceDeterminers { get; init; } = new HashSet<string>();
    /// <summary>Nouns for people in a private capacity ("families", "relatives", "neighbours"): their visit or meeting is no
    /// meeting between parties (precision39).</summary>
    public IReadOnlySet<string> PrivateVisitors { get; init; } = new HashSet<string>();
    /// <summary>Verbs of admission ("admit"): people admitted ("were admitted to the surgical ward") join no organisation
    /// by a treaty: no agreement (precision39).</summary>
    public IReadOnlySet<string> AdmissionVerbs { get; init; } = new HashSet<string>();
    /// <summary>Nouns for people in a private capacity visited or met ("the detained man", "the villagers"): with
    /// <see cref="PrivateVisitors"/>, a meeting whose only other side they are is no meeting between parties (precision40).</summary>
    public IReadOnlySet<string> VisitedPeople { get; init; } = new HashSet<string>();
    /// <summary>People who search in a private or rescue capacity ("volunteers", "rescuers"): their search is no patrol (precision40).</summary>
    public IReadOnlySet<string> CivilianSearchers { get; init; } = new HashSet<string>();
    /// <summary>Nouns for a body of one organisation ("council", "board", "faction"): meeting alone, it holds its own meeting (precision39).</summary>
    public IReadOnlySet<string> OwnBodies { get; init; } = new HashSet<string>();
    /// <summary>Nouns for holders of office ("official", "governor", "minister"): relatives meeting one meet a party, and a
    /// body of them ("the council of defence ministers") is no body of one organisation (mend38, review38 P3/P4).</summary>
    public IReadOnlySet<string> OfficeHolders { get; init; } = new HashSet<string>();
    /// <summary>Words that make a body shared by sides ("joint", "bilateral"): its sitting is a meeting between them (precision39).</summary>
    public IReadOnlySet<string> SharedBodyWords { get; init; } = new HashSet<string>();

    /// <summary>Verbs of caring for or holding a person ("treat", "question", "recover"): in the present, with no act beside
    /// them, a person's state, no incident (precision44, <see cref="CareStates"/>).</summary>
    public IReadOnlySet<string> CareVerbs { get; init; } = new HashSet<string>();

    /// <summary>Verbs by which a force comes upon people or things ("find", "stop"): a patrol that finds the people or the
    /// vehicle of an event just told tells that event further (precision47, <see cref="SameEvent"/>'s finds).</summary>
    public IReadOnlySet<string> FindingVerbs { get; init; } = new HashSet<string>();

    /// <summary>Verbs of training ("train", "instruct") and the people who work equipment ("operator", "mechanic"): training
    /// them after the equipment's transfer is part of that transfer (precision47).</summary>
    public IReadOnlySet<string> TrainingVerbs { get; init; } = new HashSet<string>();
    /// <summary>See <see cref="TrainingVerbs"/>.</summary>
    public IReadOnlySet<string> CrewNouns { get; init; } = new HashSet<string>();

    public static RetypingLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "retyping.json", name);
        return new(Set("displayVerbs"), Set("contactVerbs"), Set("channelNouns"), Set("peopleNouns"), Set("placePrepositions"))
        {
            PeoplePronouns = Set("peoplePronouns"),
            BackReferenceDeterminers = Set("backReferenceDeterminers"),
            PrivateVisitors = Set("privateVisitors"),
            AdmissionVerbs = Set("admissionVerbs"),
            VisitedPeople = Set("visitedPeople"),
            CivilianSearchers = Set("civilianSearchers"),
            OwnBodies = Set("ownBodies"),
            SharedBodyWords = Set("sharedBodyWords"),
            OfficeHolders = Set("officeHolders"),
            CareVerbs = Set("careVerbs"),
            FindingVerbs = Set("findingVerbs"),
            TrainingVerbs = Set("trainingVerbs"),
            CrewNouns = Set("crewNouns"),
        };
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/retyping.json</c>, for its owner (the detector's composition: <see cref="DetectorLexicons"/>).</summary>
    public static RetypingLexicon LoadEmbedded() => Parse(LexiconResource.Read("retyping.json"));
}
