using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/speakers.json</c>: who speaks (<see cref="SpeakerFinder"/>) and whose side a speaker
/// tells of (<see cref="SpeakerParties"/>) (tidy37: moved out of the code). All sets hold lower-case words, compared with a
/// token's lower-case form.</summary>
/// <param name="PersonalPronouns">A pronoun as the speaker ("he said"): a speaker with no name or office.</param>
/// <param name="NameStops">Capitalised words that are no part of a speaker's name ("However", "Mr", "Minister").</param>
/// <param name="PhraseLinkers">Words joining the parts of a speaker's noun phrase ("the head of the department").</param>
/// <param name="BeforeSpeechVerb">Words between a speaker and the speech verb ("Lavrov also said", "officials have said").</param>
/// <param name="AfterSpeaker">Words after a speaker named after the verb that still close its phrase ("said the envoy on Monday").</param>
/// <param name="FirstPersonWords">A speaker's own side ("we", "our guards"); "I" is read only as a capital.</param>
/// <param name="SourcePronouns">A pronoun source that goes on with the report just told ("..., it added").</param>
/// <param name="TitleBreaks">Words that end a noun phrase before a speaker's title ("the Tajik side and a colonel").</param>
public sealed record SpeakerLexicon(IReadOnlySet<string> PersonalPronouns, IReadOnlySet<string> NameStops, IReadOnlySet<string> PhraseLinkers,
    IReadOnlySet<string> BeforeSpeechVerb, IReadOnlySet<string> AfterSpeaker, IReadOnlySet<string> FirstPersonWords, IReadOnlySet<string> SourcePronouns, IReadOnlySet<string> TitleBreaks)
{
    public static SpeakerLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        List<string> List(string name) => doc.RootElement.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : throw new InvalidOperationException($"speakers.json: the list '{name}' is missing");
        HashSet<string> Set(string name) => List(name).ToHashSet(StringComparer.Ordinal);
        return new(Set("personalPronouns"), Set("nameStops"), Set("phraseLinkers"), Set("beforeSpeechVerb"), Set("afterSpeaker"), Set("firstPersonWords"),
            Set("sourcePronouns"), Set("titleBreaks"));
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/speakers.json</c>, for its owner (the detector's composition:
    /// <see cref="DetectorLexicons"/>).</summary>
    public static SpeakerLexicon LoadEmbedded() => Parse(LexiconResource.Read("speakers.json"));

    private static readonly Lazy<SpeakerLexicon> Instance = new(LoadEmbedded);

    /// <summary>One embedded copy for tests and tools; the detector is given its own (<see cref="DetectorLexicons"/>).</summary>
    public static SpeakerLexicon Default => Instance.Value;
}
