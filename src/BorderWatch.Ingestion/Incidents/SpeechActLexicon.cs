using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/speech-acts.json</c> that <see cref="SpeechActs"/> reads the parse with.</summary>
/// <param name="FindingVerbs">Verbs by which a record shows what happened ("images show that ...").</param>
/// <param name="FindingSources">Lemmas of the records that show it (image, footage, data).</param>
/// <param name="Readiness">Adjectives that declare a party ready to act ("stands ready to help").</param>
/// <param name="CourtesyVerbs">Verbs of a courtesy act ("thanked the hosts", "greeted the delegation").</param>
/// <param name="CourtesyNouns">What a courtesy act expresses ("expressed gratitude", "conveyed condolences").</param>
/// <param name="BackPossessives">Possessives pointing back to a party named before ("its guards"), not the teller's own ("our sources").</param>
public sealed record SpeechActLexicon(IReadOnlySet<string> FindingVerbs, IReadOnlySet<string> FindingSources, IReadOnlySet<string> Readiness,
                                     IReadOnlySet<string> CourtesyVerbs, IReadOnlySet<string> CourtesyNouns, IReadOnlySet<string> BackPossessives)
{
    public static SpeechActLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "speech-acts.json", name);
        return new(Set("findingVerbs"), Set("findingSources"), Set("readiness"), Set("courtesyVerbs"), Set("courtesyNouns"), Set("backPossessives"));
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/speech-acts.json</c>, for its owner (the detector's composition: <see cref="DetectorLexicons"/>).</summary>
    public static SpeechActLexicon LoadEmbedded() => Parse(LexiconResource.Read("speech-acts.json"));
}
