using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// The word classes the type model reads of a predicate and its arguments (<c>type-words.json</c>, generated from
/// WordNet 3.0 by <c>borderwatch build-type-words</c>, ADR 0014 amendment 2): a noun's supersense and argument classes
/// ("rifle": artifact, weapon; "sergeant": person, armed), a verb's supersenses ("paddle": motion, social). They let the
/// model type wording it never saw through what kind of thing acts on what ("motion" verb + "water" place).
/// </summary>
public sealed class TypeWords
{
    private const string ResourceName = "BorderWatch.Types.type-words.json";
    private readonly Dictionary<string, string[]> nouns;
    private readonly Dictionary<string, string[]> verbs;

    public TypeWords(string json)
    {
        using var doc = JsonDocument.Parse(json);
        nouns = Read(doc.RootElement, "nouns");
        verbs = Read(doc.RootElement, "verbs");
    }

    private static Dictionary<string, string[]> Read(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!.Split(' '), StringComparer.Ordinal);

    /// <summary>The file embedded in this assembly.</summary>
    public static TypeWords LoadEmbedded()
    {
        using var stream = typeof(TypeWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("type-words.json is not embedded in BorderWatch.Ingestion");
        using var reader = new StreamReader(stream);
        return new TypeWords(reader.ReadToEnd());
    }

    private static readonly Lazy<TypeWords> Embedded = new(LoadEmbedded);

    /// <summary>The embedded file, read once (for callers outside DI).</summary>
    public static TypeWords Default => Embedded.Value;

    public IReadOnlyList<string> Noun(string lemma) => nouns.GetValueOrDefault(lemma) ?? [];

    public IReadOnlyList<string> Verb(string lemma) => verbs.GetValueOrDefault(lemma) ?? [];
}
