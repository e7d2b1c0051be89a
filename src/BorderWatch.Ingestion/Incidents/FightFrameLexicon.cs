using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/fight-frames.json</c> that <see cref="StagedFights"/> and
/// <see cref="StruckPatrols"/> read a fight with (lemmas, lower case; para45).</summary>
public sealed record FightFrameLexicon(
    IReadOnlySet<string> PropModifiers, IReadOnlySet<string> PropHeads, IReadOnlySet<string> PropNouns, IReadOnlySet<string> Arbiters,
    IReadOnlySet<string> PatrolNouns, IReadOnlySet<string> WeaponClasses, IReadOnlySet<string> WeaponNouns)
{
    /// <summary>An act under evaluation (para46, <see cref="StagedFights"/>): evaluation verbs, the words that ask how the
    /// performers did, the marks of a clause of time or circumstance, trial nouns and their modifiers.</summary>
    public Rehearsal Rehearsals { get; init; } = Rehearsal.Empty;

    public sealed record Rehearsal(IReadOnlySet<string> EvaluationVerbs, IReadOnlySet<string> PerformanceWords, IReadOnlySet<string> TimeMarks,
        IReadOnlySet<string> TrialNouns, IReadOnlySet<string> TrialModifiers)
    {
        public static Rehearsal Empty { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
    }

    /// <summary>No lists: neither reading.</summary>
    public static FightFrameLexicon Empty { get; } = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

    public static FightFrameLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "fight-frames.json", name);
        return new(Set("propModifiers"), Set("propHeads"), Set("propNouns"), Set("arbiters"), Set("patrolNouns"), Set("weaponClasses"), Set("weaponNouns"))
        {
            Rehearsals = new(Set("evaluationVerbs"), Set("performanceWords"), Set("timeMarks"), Set("trialNouns"), Set("trialModifiers")),
        };
    }

    /// <summary>A fresh copy of the embedded file, for its owner (<see cref="DetectorLexicons"/>).</summary>
    public static FightFrameLexicon LoadEmbedded() => Parse(LexiconResource.Read("fight-frames.json"));
}
