using System.Text.Json;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Verbs typed by their arguments in the parse (frames.json acts): a verb of taking by force with a place as its object
/// is territorial control ("fighters take the village"), a verb of harm with an agent and a victim an attack ("guards
/// killed two armed poachers"; "two guards were killed" is what happened in a fight told elsewhere).
/// </summary>
public sealed partial class PredicateFrames
{
    private readonly HashSet<string> captureVerbs, harmVerbs;

    /// <summary>The type of a taking by force (frames.json acts.captures).</summary>
    internal IncidentType CaptureType { get; }

    private static (HashSet<string> Captures, HashSet<string> Harms, IncidentType CaptureType) ReadActs(JsonElement e, Func<string, IncidentType> type)
    {
        static HashSet<string> Set(JsonElement x, string name) => x.GetProperty(name).EnumerateArray().Select(w => w.GetString()!).ToHashSet(StringComparer.Ordinal);
        return (Set(e, "captures"), Set(e, "harms"), type(e.GetProperty("captureType").GetString()!));
    }

    /// <summary>A lemma of taking by force ("take", "seize").</summary>
    internal bool Captures(string lemma) => captureVerbs.Contains(lemma);

    /// <summary>A lemma of harming a person ("kill", "wound").</summary>
    internal bool Harms(string lemma) => harmVerbs.Contains(lemma);
}
