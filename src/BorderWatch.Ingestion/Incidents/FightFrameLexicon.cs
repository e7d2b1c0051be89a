using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/fight-frames.json</c> that <see cref="StagedFights"/> and
/// <see cref="StruckPatrols"/> read a fight with (lemmas, lower case; para45).</summary>
public sealed record FightFrameLexicon(
    IReadOnlySet<string> PropModifiers, IReadOnlySet<string> PropHeads, IReadOnlySet<string> PropNouns, IReadOnlySet<string> Arbiters,
    IReadOnlySet<string> PatrolNouns, IReadOnlySet<string> WeaponClasses, IReadOnlySet<string> WeaponNouns)
{
    /// <summary>No lists: neither reading.</summary>
    public static FightFrameLexicon Empty { get; } = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public static FightFrameLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "fight-frames.json", name);
        return new(Set("propModifiers"), Set("propHeads"), Set("propNouns"), Set("arbiters"), Set("patrolNouns"), Set("weaponClasses"), Set("weaponNouns"));
    }

    /// <summary>A fresh copy of the embedded file, for its owner (<see cref="DetectorLexicons"/>).</summary>
    public static FightFrameLexicon LoadEmbedded() => Parse(LexiconResource.Read("fight-frames.json"));
}
