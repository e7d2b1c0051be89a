using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Perceptron;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>One training sentence: the set it comes from, its features and its class (index into <see cref="IncidentTypeModel.AllClasses"/>).</summary>
public sealed record TypeExample(string Set, ulong[] Features, int Class);

/// <summary>
/// Trains the incident-type model from the gold data of the test project: every sentence of a corpus
/// (<c>Data/NAME/</c> with <c>Data/NAME-gold.jsonl</c>) is an example of the type of the gold excerpt it lies in, or of
/// "no incident"; every sentence of a paraphrase set (<c>Data/NAME/NAME.jsonl</c>) one of its type. Sealed sets are
/// never opened. Deterministic: the same data and parse give the same model.
/// </summary>
public sealed class TypeTraining(ISentenceParser parser, EntityRecognizer recognizer, TypeFeatures features)
{
    /// <summary>
    /// A set no one but its writer opens before its first run: its README's first line says "(sealed)" (the convention
    /// of every corpus README, also read by the lexicon coverage test). Never read here.
    /// </summary>
    public static bool IsSealed(string dataDir, string set)
    {
        var readme = Path.Combine(dataDir, set, "README.md");
        return File.Exists(readme) && File.ReadLines(readme).FirstOrDefault()?.Contains("(sealed)", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>The set names under <paramref name="dataDir"/> (corpora and paraphrase sets), sealed ones left out, in order.</summary>
    public static IReadOnlyList<string> Sets(string dataDir) =>
        Directory.GetDirectories(dataDir).Select(Path.GetFileName).OfType<string>()
            .Where(n => !IsSealed(dataDir, n))
            .Where(n => File.Exists(Path.Combine(dataDir, n + "-gold.jsonl")) || File.Exists(Path.Combine(dataDir, n, n + ".jsonl")))
            .Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<TypeExample> Examples(string dataDir, string set)
    {
        if (IsSealed(dataDir, set)) throw new InvalidOperationException($"{set} is sealed");
        var paraphrases = Path.Combine(dataDir, set, set + ".jsonl");
        return File.Exists(paraphrases) ? ParaphraseExamples(set, paraphrases) : CorpusExamples(dataDir, set);
    }

    private List<TypeExample> ParaphraseExamples(string set, string file)
    {
        var examples = new List<TypeExample>();
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            using var d = JsonDocument.Parse(line);
            var type = ClassOf(d.RootElement.GetProperty("type").GetString());
            var text = ArticleCleaner.Clean(d.RootElement.GetProperty("text").GetString() ?? "");
            foreach (var (parse, mentions) in Read(text)) examples.Add(new TypeExample(set, features.Extract(parse, mentions), type));
        }
        return examples;
    }

    /// <summary>The parse and names of each sentence of a cleaned text (datelines left out), as training reads them.</summary>
    public IEnumerable<(ParsedSentence Parse, IReadOnlyList<EntityMention> Mentions)> Read(string text)
    {
        var mentions = recognizer.Recognize(text, new DocumentContext());
        foreach (var s in TextSegmenter.Sentences(text).Where(s => !s.IsDateline))
            yield return (parser.Parse(text, s.Start, s.End), ClauseText.MentionsIn(mentions, s.Start, s.End));
    }

    private List<TypeExample> CorpusExamples(string dataDir, string set)
    {
        var gold = File.ReadLines(Path.Combine(dataDir, set + "-gold.jsonl")).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var d = JsonDocument.Parse(l);
            var r = d.RootElement;
            return (Doc: BaseName(r.GetProperty("doc").GetString() ?? ""), Type: r.GetProperty("type").GetString(), Excerpt: r.GetProperty("excerpt").GetString() ?? "");
        }).ToList();
        var examples = new List<TypeExample>();
        foreach (var file in Directory.GetFiles(Path.Combine(dataDir, set)).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            IReadOnlyList<SourceDocument> documents;
            try { documents = DocumentReader.Default.ReadFile(file); }
            catch (InvalidDocumentException) { continue; }
            foreach (var doc in documents)
            {
                var text = ArticleCleaner.Clean(doc.BodyText);
                if (string.IsNullOrWhiteSpace(text)) continue;
                var name = BaseName(Path.GetFileName(doc.SourceName));
                var spans = gold.Where(g => g.Doc == name && g.Excerpt.Length > 0)
                    .Select(g => (At: text.IndexOf(g.Excerpt, StringComparison.Ordinal), g.Excerpt.Length, g.Type))
                    .Where(g => g.At >= 0).ToList();
                var mentions = recognizer.Recognize(text, new DocumentContext());
                foreach (var s in TextSegmenter.Sentences(text).Where(s => !s.IsDateline))
                {
                    var labelled = spans.FirstOrDefault(g => g.At < s.End && g.At + g.Length > s.Start);
                    examples.Add(new TypeExample(set, Features(text, s, mentions), labelled.Type is null ? 0 : ClassOf(labelled.Type)));
                }
            }
        }
        return examples;
    }

    private ulong[] Features(string text, Sentence s, IReadOnlyList<EntityMention> mentions) =>
        features.Extract(parser.Parse(text, s.Start, s.End), ClauseText.MentionsIn(mentions, s.Start, s.End));

    /// <summary>A feed item's export name without its "#n".</summary>
    private static string BaseName(string doc) => doc.IndexOf('#') is var i and >= 0 ? doc[..i] : doc;

    private static int ClassOf(string? code) =>
        Codes.TryParseType(code, out var type) ? IncidentTypeModel.AllClasses.ToList().IndexOf(type)
            : throw new InvalidDataException($"unknown incident type '{code}'");

    /// <summary>
    /// The mean of <paramref name="runs"/> averaged perceptrons over the examples, each visiting them in an order fixed
    /// by its seed (<paramref name="seed"/>, <paramref name="seed"/> + 1, ...): one perceptron's weights depend much on
    /// the order it saw the examples in (measured leave-one-corpus-out: ±15 of 350 paraphrases between two orders), the
    /// mean of several much less (ADR 0014, amendment 2).
    /// </summary>
    public static IncidentTypeModel Train(IReadOnlyList<TypeExample> examples, int epochs = 12, int seed = 8, int runs = 1)
    {
        if (runs <= 1) return new IncidentTypeModel(TrainOne(examples, epochs, seed), IncidentTypeModel.AllClasses, TypeFeatures.Version);
        var models = Enumerable.Range(seed, runs).Select(s => TrainOne(examples, epochs, s)).ToList();
        return new IncidentTypeModel(LinearModel.Mean(models), IncidentTypeModel.AllClasses, TypeFeatures.Version);
    }

    private static LinearModel TrainOne(IReadOnlyList<TypeExample> examples, int epochs, int seed)
    {
        var classes = IncidentTypeModel.AllClasses;
        var trainer = new PerceptronTrainer(classes.Count);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        Span<float> scores = stackalloc float[classes.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var e = examples[i];
                trainer.Score(e.Features, scores);
                var guess = 0;
                for (var c = 1; c < scores.Length; c++) if (scores[c] > scores[guess]) guess = c;
                trainer.Update(e.Features, e.Class, guess);
            }
        }
        return trainer.Average(0f);
    }
}
