using System.Text.Json;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/casualties.json</c> that <see cref="CasualtyFigures"/> reads figures with (tidy37:
/// moved out of the code). All sets compare ignoring case.</summary>
/// <param name="Predicates">The casualty predicates and the kind each tells ("killed", "injuring", "arrested").</param>
/// <param name="CountAfterVerbs">Predicates that take their count after them when active ("killing three").</param>
/// <param name="PassiveAuxiliaries">An auxiliary right before a predicate that makes it passive ("were killed").</param>
/// <param name="NoObjectWords">Words after a bare active verb that show it has no object ("left five wounded in ...").</param>
/// <param name="SideStops">Words that end who the casualties were or stand between them and the predicate.</param>
/// <param name="GenericSides">Sides that say nothing about who ("five people"): the figure is a total.</param>
/// <param name="Units">What a count measures instead of people ("3 km", "two days", "ten shells").</param>
/// <param name="NumberWords">Number words and their values.</param>
/// <param name="NobodyWords">A count of zero ("nobody", "none").</param>
/// <param name="ApproximateWords">Words before a number that leave it as it is ("some 20", "about ten").</param>
public sealed record CasualtyLexicon(IReadOnlyDictionary<string, CasualtyKind> Predicates, IReadOnlySet<string> CountAfterVerbs,
    IReadOnlySet<string> PassiveAuxiliaries, IReadOnlySet<string> NoObjectWords, IReadOnlySet<string> SideStops, IReadOnlySet<string> GenericSides,
    IReadOnlySet<string> Units, IReadOnlyDictionary<string, int> NumberWords, IReadOnlySet<string> NobodyWords, IReadOnlySet<string> ApproximateWords)
{
    public static CasualtyLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        JsonElement Property(string name, JsonValueKind kind) => doc.RootElement.TryGetProperty(name, out var a) && a.ValueKind == kind
            ? a : throw new InvalidOperationException($"casualties.json: the list '{name}' is missing");
        List<string> List(string name) => Property(name, JsonValueKind.Array).EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList();
        HashSet<string> Set(string name) => List(name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var predicates = new Dictionary<string, CasualtyKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in new[] { ("killedWords", CasualtyKind.Killed), ("woundedWords", CasualtyKind.Wounded), ("detainedWords", CasualtyKind.Detained) })
            foreach (var w in List(name)) predicates[w] = kind;
        var numbers = Property("numberWords", JsonValueKind.Object).EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.OrdinalIgnoreCase);
        return new(predicates, Set("countAfterVerbs"), Set("passiveAuxiliaries"), Set("noObjectWords"), Set("sideStops"), Set("genericSides"),
            Set("units"), numbers, Set("nobodyWords"), Set("approximateWords"));
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/casualties.json</c>, for its owner (the detector's composition:
    /// <see cref="DetectorLexicons"/>).</summary>
    public static CasualtyLexicon LoadEmbedded() => Parse(LexiconResource.Read("casualties.json"));

    private static readonly Lazy<CasualtyLexicon> Instance = new(LoadEmbedded);

    /// <summary>One embedded copy for tests and tools; the detector is given its own (<see cref="DetectorLexicons"/>).</summary>
    public static CasualtyLexicon Default => Instance.Value;
}
