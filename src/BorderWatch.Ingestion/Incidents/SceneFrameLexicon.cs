using System.Text.Json;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>One frame of <c>Lexicon/scene-frames.json</c>: the type it makes, its reach in words and its named lists.</summary>
public sealed record SceneFrame(string Name, IncidentType Type, int Reach, IReadOnlyDictionary<string, IReadOnlySet<string>> Lists)
{
    /// <summary>The frame's list <paramref name="field"/> (checked to exist when the file is read).</summary>
    public IReadOnlySet<string> this[string field] => Lists[field];
}

/// <summary>The frames of <c>Lexicon/scene-frames.json</c> read by <see cref="SceneFrames"/>.</summary>
public sealed record SceneFrameLexicon(SceneFrame Roles, SceneFrame Fiction, SceneFrame Searches, SceneFrame Meals, SceneFrame Plans,
    SceneFrame Holds, SceneFrame Moves, SceneFrame FarSide, SceneFrame Pledges, SceneFrame Arrangements, SceneFrame Closures, SceneFrame Seizures,
    SceneFrame Standing)
{
    public static SceneFrameLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        SceneFrame Frame(string name, params string[] fields)
        {
            if (!doc.RootElement.TryGetProperty(name, out var f) || f.ValueKind != JsonValueKind.Object)
                throw new InvalidOperationException($"scene-frames.json: the frame '{name}' is missing");
            var lists = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
            foreach (var field in fields)
                lists[field] = f.TryGetProperty(field, out var a) && a.ValueKind == JsonValueKind.Array
                    ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal)
                    : throw new InvalidOperationException($"scene-frames.json: '{name}.{field}' is missing or not a list");
            var code = f.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (!Codes.TryParseType(code, out var type)) throw new InvalidOperationException($"scene-frames.json: '{name}.type' is not an incident type: '{code}'");
            var reach = f.TryGetProperty("reach", out var r) ? r.TryGetInt32(out var n) && n > 0 ? n : throw new InvalidOperationException($"scene-frames.json: '{name}.reach' is not a positive number") : 0;
            return new(name, type, reach, lists);
        }
        return new(
            Frame("roles", "phrases", "classes", "nouns", "actorClasses"),
            Frame("fiction", "modifiers", "quotes", "classes", "nouns"),
            Frame("searches", "verbs", "quarryClasses", "quarry", "agentClasses", "agents"),
            Frame("meals", "classes", "nouns", "phrases", "counterparts", "pairWords", "companyVerbs", "spans", "participants", "partners", "companyAdverbs", "firstPerson"),
            Frame("plans", "verbs", "verbClasses", "documentClasses", "documents", "charterClasses", "charters", "phrases", "actPhrases"),
            Frame("holds", "verbs", "nouns", "agentClasses", "passVerbs", "passPrepositions", "controlClasses"),
            Frame("moves", "verbs", "verbClasses", "themeClasses", "themeNouns", "themeModifiers", "ownerPrepositions", "stateUnits", "prepositions", "exceptModifiers", "modelForces"),
            Frame("farSide", "verbClasses", "verbs", "prepositions", "presenceVerbs", "presencePrepositions", "presenceEdges", "lines", "edges", "pathPrepositions", "exceptAgentClasses", "travellerClasses", "exceptTravellers"),
            Frame("pledges", "verbs", "pairWords"),
            Frame("arrangements", "prepositions"),
            Frame("closures", "verbs", "openWords", "needVerbs", "banVerbs", "permits", "qualifiedPermits", "passQualifiers", "zoneWords", "issuerPrepositions", "liftWords", "limiters", "starts", "ends", "times", "exceptAgentClasses", "naturalCauses", "worksCauses", "places"),
            Frame("seizures", "verbs", "goods", "checkpoints", "exceptThemes"),
            Frame("standing", "starts", "calendar", "times", "forceClasses", "forces", "qualifiedForces", "forceModifiers", "exceptVerbs", "storyDeterminers"));
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/scene-frames.json</c>, for its owner (the detector's composition: <see cref="DetectorLexicons"/>).</summary>
    public static SceneFrameLexicon LoadEmbedded() => Parse(LexiconResource.Read("scene-frames.json"));

    private static readonly Lazy<SceneFrameLexicon> Instance = new(LoadEmbedded);

    /// <summary>One embedded copy for tests and tools; the detector is given its own (<see cref="DetectorLexicons"/>).</summary>
    public static SceneFrameLexicon Default => Instance.Value;
}
