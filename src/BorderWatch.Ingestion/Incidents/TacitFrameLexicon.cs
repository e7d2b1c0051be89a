using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/tacit-frames.json</c> that <see cref="TacitStances"/> and <see cref="TacitActs"/>
/// read (lemmas, lower case; para47). Each list is described in the file's comment.</summary>
public sealed record TacitFrameLexicon
{
    public required IReadOnlySet<string> ViewNouns { get; init; }
    public required IReadOnlySet<string> ReplyNouns { get; init; }
    public required IReadOnlySet<string> CountNouns { get; init; }
    public required IReadOnlySet<string> TollWords { get; init; }
    public required IReadOnlySet<string> TableVerbs { get; init; }
    public required IReadOnlySet<string> TableNouns { get; init; }
    public required IReadOnlySet<string> WishVerbs { get; init; }
    public required IReadOnlySet<string> PresenceNouns { get; init; }
    public required IReadOnlySet<string> FillVerbs { get; init; }
    public required IReadOnlySet<string> PurchaseVerbs { get; init; }
    public required IReadOnlySet<string> CompanyVerbs { get; init; }
    public required IReadOnlySet<string> DisputeVerbs { get; init; }
    public required IReadOnlySet<string> DisputeCases { get; init; }
    public required IReadOnlySet<string> OfficeNouns { get; init; }
    public required IReadOnlySet<string> TestNouns { get; init; }
    public required IReadOnlySet<string> TestModifiers { get; init; }
    public required IReadOnlySet<string> InspectVerbs { get; init; }
    public required IReadOnlySet<string> InspectObjects { get; init; }
    public required IReadOnlySet<string> CheckPlaces { get; init; }
    public required IReadOnlySet<string> ForceClasses { get; init; }
    public required IReadOnlySet<string> TroopClasses { get; init; }
    public required IReadOnlySet<string> EquipmentClasses { get; init; }
    public required IReadOnlySet<string> BlowsVerbs { get; init; }
    public required IReadOnlySet<string> BlowsNouns { get; init; }
    public required IReadOnlySet<string> StationClasses { get; init; }
    public required IReadOnlySet<string> RouteVerbs { get; init; }
    public required IReadOnlySet<string> LineWords { get; init; }
    public required IReadOnlySet<string> FrequencyWords { get; init; }
    public required IReadOnlySet<string> TroopNouns { get; init; }
    public required IReadOnlySet<string> UnrealVerbs { get; init; }
    public required IReadOnlySet<string> EquipmentTrials { get; init; }

    /// <summary>No lists: no frame.</summary>
    public static TacitFrameLexicon Empty { get; } = From(_ => new HashSet<string>());

    public static TacitFrameLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        return From(name => LexiconJson.WordSet(root, "tacit-frames.json", name));
    }

    /// <summary>A fresh copy of the embedded file, for its owner (<see cref="DetectorLexicons"/>).</summary>
    public static TacitFrameLexicon LoadEmbedded() => Parse(LexiconResource.Read("tacit-frames.json"));

    private static TacitFrameLexicon From(Func<string, HashSet<string>> set) => new()
    {
        ViewNouns = set("viewNouns"), ReplyNouns = set("replyNouns"), CountNouns = set("countNouns"), TollWords = set("tollWords"),
        TableVerbs = set("tableVerbs"), TableNouns = set("tableNouns"), WishVerbs = set("wishVerbs"), PresenceNouns = set("presenceNouns"),
        FillVerbs = set("fillVerbs"), PurchaseVerbs = set("purchaseVerbs"), CompanyVerbs = set("companyVerbs"), DisputeVerbs = set("disputeVerbs"),
        DisputeCases = set("disputeCases"), OfficeNouns = set("officeNouns"), TestNouns = set("testNouns"), TestModifiers = set("testModifiers"),
        InspectVerbs = set("inspectVerbs"), InspectObjects = set("inspectObjects"), CheckPlaces = set("checkPlaces"),
        ForceClasses = set("forceClasses"), TroopClasses = set("troopClasses"), EquipmentClasses = set("equipmentClasses"),
        BlowsVerbs = set("blowsVerbs"), BlowsNouns = set("blowsNouns"), StationClasses = set("stationClasses"), RouteVerbs = set("routeVerbs"),
        LineWords = set("lineWords"), FrequencyWords = set("frequencyWords"), TroopNouns = set("troopNouns"),
        UnrealVerbs = set("unrealVerbs"), EquipmentTrials = set("equipmentTrials"),
    };
}
