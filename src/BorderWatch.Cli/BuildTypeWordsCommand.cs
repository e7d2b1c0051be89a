using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderWatch.Cli;

/// <summary>
/// <c>build-type-words</c>: generates the word classes the incident-type model reads of a predicate's arguments
/// (<c>src/BorderWatch.Ingestion/Incidents/TypeModel/type-words.json</c>, ADR 0014 amendment 2) from a WordNet 3.0
/// database (Debian's <c>wordnet-base</c>): for every one-word noun and verb the lexicographer file (supersense) of its
/// first sense ("rifle" noun.artifact, "paddle" verb.motion), and for nouns the argument classes of the roots file
/// whose synsets lie above one of its first senses ("rifle" weapon, "raft" vehicle, "sergeant" armed). Deterministic
/// (sorted). Only this command reads WordNet; the product reads the generated file.
/// </summary>
public static class BuildTypeWordsCommand
{
    public const string DefaultRoots = "src/BorderWatch.Cli/WordNet/type-word-roots.json";
    public const string DefaultOut = "src/BorderWatch.Ingestion/Incidents/TypeModel/type-words.json";

    // WordNet 3.0's lexicographer files by number (lexnames): the supersense of a synset.
    private static readonly string[] LexNames =
    [
        "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact", "noun.attribute", "noun.body",
        "noun.cognition", "noun.communication", "noun.event", "noun.feeling", "noun.food", "noun.group", "noun.location", "noun.motive",
        "noun.object", "noun.person", "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
        "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition", "verb.communication",
        "verb.competition", "verb.consumption", "verb.contact", "verb.creation", "verb.emotion", "verb.motion", "verb.perception",
        "verb.possession", "verb.social", "verb.stative", "verb.weather", "adj.ppl",
    ];

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var wordnet = line.Option("wordnet") ?? BuildWordNetCommand.DefaultWordNet;
        var roots = line.Option("roots") ?? DefaultRoots;
        var licence = line.Option("licence") ?? BuildWordNetCommand.DefaultLicence;
        var output = line.Option("out") ?? DefaultOut;
        try
        {
            var json = Build(wordnet, File.ReadAllText(roots), File.Exists(licence) ? BuildWordNetCommand.LicenceText(File.ReadAllText(licence)) : null);
            await File.WriteAllTextAsync(output, json);
            await stdout.WriteLineAsync($"wrote {output} ({new FileInfo(output).Length / 1024} KB)");
            return CliApp.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or KeyNotFoundException)
        {
            await stderr.WriteLineAsync($"borderwatch build-type-words: {e.Message}");
            return CliApp.SomeFailed;
        }
    }

    /// <summary>One part of speech: each one-word lemma's senses in order, each synset's lexicographer file and hypernyms.</summary>
    private sealed record PartOfSpeech(Dictionary<string, List<string>> Senses, Dictionary<string, int> LexFile, Dictionary<string, List<string>> Hypernyms)
    {
        public static PartOfSpeech Load(string folder, string name)
        {
            var pos = new PartOfSpeech(new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
            foreach (var line in Lines(Path.Combine(folder, "index." + name)))
            {
                var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var pointers = int.Parse(p[3], CultureInfo.InvariantCulture);
                pos.Senses[p[0]] = p.Skip(4 + pointers + 2).ToList();
            }
            foreach (var line in Lines(Path.Combine(folder, "data." + name)))
            {
                var p = line.Split('|')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                pos.LexFile[p[0]] = int.Parse(p[1], CultureInfo.InvariantCulture);
                var k = 4 + 2 * Convert.ToInt32(p[3], 16);
                var pointers = int.Parse(p[k], CultureInfo.InvariantCulture);
                var up = new List<string>();
                for (var i = 0; i < pointers; i++)
                    if (p[k + 1 + 4 * i] is "@" or "@i" && p[k + 3 + 4 * i] == name[..1]) up.Add(p[k + 2 + 4 * i]);
                pos.Hypernyms[p[0]] = up;
            }
            return pos;
        }

        private static IEnumerable<string> Lines(string path) =>
            File.Exists(path) ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != ' ')
                              : throw new FileNotFoundException($"{path}: not found (is this a WordNet 3.0 database folder?)");

        public string Synset(string key)
        {
            var parts = key.Split('.');
            if (parts.Length != 3 || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out var n)) throw new InvalidDataException($"root '{key}' is not lemma.pos.sense");
            if (!Senses.TryGetValue(parts[0], out var senses) || n < 1 || n > senses.Count) throw new InvalidDataException($"root '{key}': no such sense in WordNet");
            return senses[n - 1];
        }

        /// <summary>The synset and every synset above it.</summary>
        public HashSet<string> Above(string synset)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>([synset]);
            while (stack.TryPop(out var s))
                if (seen.Add(s)) foreach (var up in Hypernyms.GetValueOrDefault(s) ?? []) stack.Push(up);
            return seen;
        }
    }

    public static string Build(string wordnetFolder, string rootsJson, string? licence)
    {
        var nouns = PartOfSpeech.Load(wordnetFolder, "noun");
        var verbs = PartOfSpeech.Load(wordnetFolder, "verb");
        var spec = JsonNode.Parse(rootsJson) ?? throw new InvalidDataException("the roots file is empty");
        var maxRank = spec["maxRank"]?.GetValue<int>() ?? 2;
        var classes = spec["classes"]!.AsArray()
            .Select(c => (Name: c!["class"]!.GetValue<string>(), Roots: c["nouns"]!.AsArray().Select(r => nouns.Synset(r!.GetValue<string>())).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        static bool OneWord(string lemma) => lemma.All(ch => ch is >= 'a' and <= 'z' || ch == '-');
        var nounWords = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lemma, senses) in nouns.Senses.Where(s => OneWord(s.Key)))
        {
            var above = senses.Take(maxRank).SelectMany(nouns.Above).ToHashSet(StringComparer.Ordinal);
            var names = classes.Where(c => c.Roots.Overlaps(above)).Select(c => c.Name);
            nounWords[lemma] = string.Join(' ', new[] { LexNames[nouns.LexFile[senses[0]]][5..] }.Concat(names));
        }
        var verbWords = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (lemma, senses) in verbs.Senses.Where(s => OneWord(s.Key)))
            verbWords[lemma] = string.Join(' ', senses.Take(maxRank).Select(s => LexNames[verbs.LexFile[s]][5..]).Distinct());
        var result = new JsonObject
        {
            ["about"] = "Generated by `borderwatch build-type-words` from WordNet 3.0 (Debian wordnet-base) and src/BorderWatch.Cli/WordNet/type-word-roots.json; do not edit by hand. " +
                        "Per one-word lemma: its first sense's supersense (nouns), its first senses' supersenses (verbs), then the argument classes above its first senses (nouns).",
            ["source"] = "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
            ["licence"] = licence ?? "WordNet 3.0 licence: see src/BorderWatch.Ingestion/Lexicon/WORDNET-LICENSE.txt",
            ["nouns"] = new JsonObject(nounWords.Select(x => KeyValuePair.Create(x.Key, (JsonNode?)x.Value))),
            ["verbs"] = new JsonObject(verbWords.Select(x => KeyValuePair.Create(x.Key, (JsonNode?)x.Value))),
        };
        return result.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
