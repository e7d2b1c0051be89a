using System.Text.Json;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>One argument frame of <c>Lexicon/argument-frames.json</c>: the classes and words it reads and the type it makes.</summary>
/// <param name="Classes">Noun classes of the argument that makes the frame (a weapon, a projectile, materiel).</param>
/// <param name="VerbClasses">Verb classes of the predicate (approve, govern, travel).</param>
/// <param name="Verbs">Verb lemmas beside the classes ("hold", "land", "pull into").</param>
/// <param name="Prepositions">Prepositions of the argument (the instrument's "with", a projectile's path, a recipient's "for").</param>
/// <param name="Words">Other words the frame needs: a target's prepositions, light verbs, agent modifiers ("armed").</param>
/// <param name="Nouns">Noun lemmas beside the classes (documents: "text", "terms").</param>
/// <param name="Others">A second set of noun classes (documents' classes, an agent's, a recipient's).</param>
/// <param name="Except">Lemmas the frame leaves out (verbs that equip rather than fire, nouns such as "fire" that also name no projectile).</param>
public sealed record ArgumentFrame(IncidentType Type, IReadOnlySet<string> Classes, IReadOnlySet<string> VerbClasses, IReadOnlySet<string> Verbs,
    IReadOnlySet<string> Prepositions, IReadOnlySet<string> Words, IReadOnlySet<string> Nouns, IReadOnlySet<string> Others, IReadOnlySet<string> Except);

/// <summary>The frames of <c>Lexicon/argument-frames.json</c> read by <see cref="ArgumentFrames"/>.</summary>
public sealed record ArgumentFrameLexicon(ArgumentFrame Instruments, ArgumentFrame Projectiles, ArgumentFrame Approval, ArgumentFrame Holding, ArgumentFrame Deliveries, ArgumentFrame Marches)
{
    public static ArgumentFrameLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        ArgumentFrame Frame(string name, string classes = "", string verbClasses = "", string verbs = "", string prepositions = "", string words = "", string nouns = "", string others = "", string except = "")
        {
            if (!doc.RootElement.TryGetProperty(name, out var f) || f.ValueKind != JsonValueKind.Object)
                throw new InvalidOperationException($"argument-frames.json: the frame '{name}' is missing");
            HashSet<string> Set(string field) => field.Length == 0 ? [] : f.TryGetProperty(field, out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal)
                : throw new InvalidOperationException($"argument-frames.json: '{name}.{field}' is missing or not a list");
            var code = f.TryGetProperty("type", out var t) ? t.GetString() : null;
            if (!Codes.TryParseType(code, out var type)) throw new InvalidOperationException($"argument-frames.json: '{name}.type' is not an incident type: '{code}'");
            return new(type, Set(classes), Set(verbClasses), Set(verbs), Set(prepositions), Set(words), Set(nouns), Set(others), Set(except));
        }
        return new(
            Frame("instruments", classes: "classes", prepositions: "prepositions", words: "targetPrepositions", except: "exceptVerbs"),
            Frame("projectiles", classes: "classes", prepositions: "paths", except: "exceptNouns"),
            Frame("approval", classes: "nounClasses", verbClasses: "verbClasses", words: "lightVerbs", nouns: "documents", others: "documentClasses"),
            Frame("holding", verbClasses: "verbClasses", verbs: "verbs", words: "agentModifiers", others: "agentClasses"),
            Frame("deliveries", classes: "themeClasses", verbClasses: "verbClasses", verbs: "verbs", prepositions: "recipientPrepositions", others: "recipientClasses"),
            Frame("marches", classes: "themeClasses", verbClasses: "verbClasses", prepositions: "goalPrepositions"));
    }

    private static readonly Lazy<ArgumentFrameLexicon> Instance = new(() => Parse(LexiconResource.Read("argument-frames.json")));

    public static ArgumentFrameLexicon Default => Instance.Value;
}
