using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/voice-stances.json</c> that <see cref="DocumentVoices"/> reads more stances
/// with (lemmas, lower case; para45).</summary>
public sealed record VoiceStanceLexicon(
    IReadOnlySet<string> InstrumentVoices, IReadOnlySet<string> AssessVoices, IReadOnlySet<string> DispositionWords,
    IReadOnlySet<string> PolicyNouns, IReadOnlySet<string> RequestNouns)
{
    /// <summary>No lists: the para44 rules alone.</summary>
    public static VoiceStanceLexicon Empty { get; } = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public static VoiceStanceLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "voice-stances.json", name);
        return new(Set("instrumentVoices"), Set("assessVoices"), Set("dispositionWords"), Set("policyNouns"), Set("requestNouns"));
    }

    /// <summary>A fresh copy of the embedded file, for its owner (<see cref="DetectorLexicons"/>).</summary>
    public static VoiceStanceLexicon LoadEmbedded() => Parse(LexiconResource.Read("voice-stances.json"));
}
