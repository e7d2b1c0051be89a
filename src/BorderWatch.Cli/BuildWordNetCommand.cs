using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BorderWatch.Cli;

/// <summary>
/// <c>build-wordnet</c>: generates the compact event-class file the detector ships
/// (<c>src/BorderWatch.Ingestion/Lexicon/event-classes.json</c>) from a WordNet 3.0 database in Princeton's format
/// (Debian's <c>wordnet-base</c>: <c>/usr/share/wordnet</c>). For each class of the roots file it keeps the verbs and
/// event nouns under the class's root synsets (hyponyms, transitively), and the irregular forms of those lemmas, with
/// WordNet's licence. Only this command reads WordNet; the product reads the generated file.
/// </summary>
public static class BuildWordNetCommand
{
    public const string DefaultWordNet = "/usr/share/wordnet";
    public const string DefaultRoots = "src/BorderWatch.Cli/WordNet/event-class-roots.json";
    public const string DefaultLicence = "/usr/share/doc/wordnet-base/copyright";
    public const string DefaultOut = "src/BorderWatch.Ingestion/Lexicon/event-classes.json";
    public const string DefaultTriggers = "src/BorderWatch.Ingestion/Lexicon/triggers.json";

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var wordnet = line.Option("wordnet") ?? DefaultWordNet;
        var roots = line.Option("roots") ?? DefaultRoots;
        var licence = line.Option("licence") ?? DefaultLicence;
        var output = line.Option("out") ?? DefaultOut;
        var triggers = line.Option("triggers") ?? DefaultTriggers;
        try
        {
            var json = Build(wordnet, File.ReadAllText(roots), File.Exists(licence) ? LicenceText(File.ReadAllText(licence)) : null,
                File.Exists(triggers) ? DomainLemmas(File.ReadAllText(triggers)) : []);
            await File.WriteAllTextAsync(output, json);
            await stdout.WriteLineAsync($"wrote {output} ({new FileInfo(output).Length / 1024} KB)");
            return CliApp.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or KeyNotFoundException)
        {
            await stderr.WriteLineAsync($"borderwatch build-wordnet: {e.Message}");
            return CliApp.SomeFailed;
        }
    }

    /// <summary>The "License: WordNet3.0" paragraph of a Debian copyright file, as plain text.</summary>
    public static string? LicenceText(string copyright)
    {
        var lines = copyright.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("License: WordNet", StringComparison.Ordinal));
        if (start < 0) return null;
        var body = lines.Skip(start + 1).TakeWhile(l => l.StartsWith(' ')).Select(l => l.Trim() == "." ? "" : l.Trim());
        return string.Join('\n', body).Trim();
    }

    /// <summary>One part of speech of a WordNet database: the senses of each lemma in order, and each synset's words and hyponyms.</summary>
    /// <summary>The domain lemmas of triggers.json (classLemmas): their irregular forms go into the file too ("took control").</summary>
    public static List<string> DomainLemmas(string triggersJson) =>
        JsonNode.Parse(triggersJson)?["classLemmas"]?.AsObject().Where(p => !p.Key.StartsWith('_'))
            .SelectMany(p => p.Value!.AsArray().Select(x => x!.GetValue<string>())).ToList() ?? [];

    /// <summary>The event-class file as JSON, deterministic (sorted) so regenerating it changes nothing.</summary>
    /// <param name="domainLemmas">Lemmas the lexicon adds to the classes: their irregular forms are kept as well.</param>
    public static string Build(string wordnetFolder, string rootsJson, string? licence, IReadOnlyList<string> domainLemmas)
    {
        var verbs = WordNetPartOfSpeech.Load(wordnetFolder, "verb");
        var nouns = WordNetPartOfSpeech.Load(wordnetFolder, "noun");
        var spec = JsonNode.Parse(rootsJson) ?? throw new InvalidDataException("the roots file is empty");
        var maxRank = spec["maxRank"]?.GetValue<int>() ?? 2;
        var verbClasses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var nounClasses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var c in spec["classes"]!.AsArray())
        {
            var name = c!["class"]!.GetValue<string>();
            var depth = c["maxDepth"]?.GetValue<int>() ?? int.MaxValue;
            // A class may ask for a lemma's first sense only ("organism": "soldier" is an ant only in its second).
            var rank = c["maxRank"]?.GetValue<int>() ?? maxRank;
            var exclude = (c["exclude"]?.AsArray() ?? []).Select(x => x!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            verbClasses[name] = new SortedSet<string>((c["verbs"]?.AsArray() ?? []).SelectMany(r => verbs.LemmasUnder(verbs.Synset(r!.GetValue<string>()), rank, depth, exclude)), StringComparer.Ordinal);
            nounClasses[name] = new SortedSet<string>((c["nouns"]?.AsArray() ?? []).SelectMany(r => nouns.LemmasUnder(nouns.Synset(r!.GetValue<string>()), rank, depth, exclude)), StringComparer.Ordinal);
        }
        // A multi-word lemma inflects its first word ("took control", "opened fire").
        static SortedDictionary<string, string> Forms(WordNetPartOfSpeech pos, IEnumerable<string> lemmas)
        {
            var wanted = lemmas.Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
            var forms = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (form, bases) in pos.Exceptions)
                if (bases.FirstOrDefault(wanted.Contains) is { } lemma) forms[form.Replace('_', ' ')] = lemma;
            return forms;
        }
        var result = new JsonObject
        {
            ["about"] = "Generated by `borderwatch build-wordnet` from WordNet 3.0 (Debian wordnet-base) and src/BorderWatch.Cli/WordNet/event-class-roots.json; do not edit by hand. " +
                        "Per event class the verbs and event nouns under its WordNet root synsets; forms: irregular inflections of those lemmas. " +
                        "Which incident type a class stands for is in triggers.json (classTypes).",
            ["source"] = "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
            ["licence"] = licence ?? "WordNet 3.0 licence: see WORDNET-LICENSE.txt",
            ["verbs"] = ToJson(verbClasses),
            ["nouns"] = ToJson(nounClasses),
            ["verbForms"] = new JsonObject(Forms(verbs, verbClasses.Values.SelectMany(x => x).Concat(domainLemmas)).Select(x => KeyValuePair.Create(x.Key, (JsonNode?)x.Value))),
            ["nounForms"] = new JsonObject(Forms(nouns, nounClasses.Values.SelectMany(x => x)).Select(x => KeyValuePair.Create(x.Key, (JsonNode?)x.Value))),
        };
        return result.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject ToJson(SortedDictionary<string, SortedSet<string>> classes) =>
        new(classes.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)new JsonArray(c.Value.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()))));
}
