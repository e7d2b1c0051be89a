using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/document-voices.json</c> that <see cref="DocumentVoices"/> reads a sentence with
/// (lemmas, lower case; para44).</summary>
public sealed record DocumentVoiceLexicon(
    IReadOnlySet<string> VoiceNouns, IReadOnlySet<string> WarningVoices, IReadOnlySet<string> OwnerNouns, IReadOnlySet<string> TailVerbs,
    IReadOnlySet<string> AssessVerbs, IReadOnlySet<string> ReportVerbs, IReadOnlySet<string> FrameOpeners, IReadOnlySet<string> StanceVerbs,
    IReadOnlySet<string> BlameWords, IReadOnlySet<string> StanceModals, IReadOnlySet<string> FutureModals, IReadOnlySet<string> Negations,
    IReadOnlySet<string> BlanketWords)
{
    public static DocumentVoiceLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "document-voices.json", name);
        return new(Set("voiceNouns"), Set("warningVoices"), Set("ownerNouns"), Set("tailVerbs"), Set("assessVerbs"), Set("reportVerbs"),
            Set("frameOpeners"), Set("stanceVerbs"), Set("blameWords"), Set("stanceModals"), Set("futureModals"), Set("negations"), Set("blanketWords"));
    }

    /// <summary>A fresh copy of the embedded file, for its owner (<see cref="DetectorLexicons"/>).</summary>
    public static DocumentVoiceLexicon LoadEmbedded() => Parse(LexiconResource.Read("document-voices.json"));
}
