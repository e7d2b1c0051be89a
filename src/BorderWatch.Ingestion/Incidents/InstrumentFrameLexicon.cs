using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/instrument-frames.json</c> that <see cref="AgreedInstruments"/> and
/// <see cref="PositionFrames"/> read (lemmas, lower case; para46).</summary>
public sealed record InstrumentFrameLexicon(
    IReadOnlySet<string> InstrumentNouns, IReadOnlySet<string> ProvisionVerbs, IReadOnlySet<string> RenewalVerbs, IReadOnlySet<string> MainRelations,
    IReadOnlySet<string> PositionNouns, IReadOnlySet<string> LikelihoodNouns, IReadOnlySet<string> EstimateVerbs)
{
    /// <summary>No lists: no frame.</summary>
    public static InstrumentFrameLexicon Empty { get; } = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public static InstrumentFrameLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "instrument-frames.json", name);
        return new(Set("instrumentNouns"), Set("provisionVerbs"), Set("renewalVerbs"), Set("mainRelations"), Set("positionNouns"), Set("likelihoodNouns"), Set("estimateVerbs"));
    }

    /// <summary>A fresh copy of the embedded file, for its owner (<see cref="DetectorLexicons"/>).</summary>
    public static InstrumentFrameLexicon LoadEmbedded() => Parse(LexiconResource.Read("instrument-frames.json"));
}
