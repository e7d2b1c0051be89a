using System.Diagnostics;
using System.Globalization;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Cli;

/// <summary>
/// <c>train-types</c>: trains the incident-type model (ADR 0014) from the gold corpora and paraphrase sets of
/// <c>--data</c> (sealed sets never read) and writes it to <c>--out</c>. <c>--loco SET[,SET...]</c> leaves each SET
/// out of the training data in turn (every set parsed once), so the model can be measured on it: the model alone on
/// the set's sentences, and a paraphrase set through the whole detector (type of the first incident of each sentence,
/// rules alone and with the model, and why the model left the rules' empty sentences alone); a corpus with
/// <c>ingest --type-model FILE</c> and the scorer (docs/history/early.md, "The type model"). With several sets,
/// <c>--out</c> is a folder that receives <c>SET.bin</c> for each. Deterministic: the same data and models give the same file.
/// </summary>
public static class TrainTypesCommand
{
    /// <summary>Perceptrons averaged into the model, each trained in another example order (ADR 0014, amendment 2).</summary>
    public const int Runs = 5;

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var data = line.Option("data") ?? Path.Combine("tests", "BorderWatch.Ingestion.Tests", "Data");
        var output = line.Option("out") ?? Path.Combine("src", "BorderWatch.Ingestion", "Incidents", "TypeModel", IncidentTypeModel.FileName);
        var epochs = 12;
        if (line.Option("epochs") is { } e && (!int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out epochs) || epochs is < 1 or > 100))
        {
            await stderr.WriteLineAsync($"borderwatch: --epochs: '{e}' is not a number of epochs (1-100)");
            return CliApp.UsageError;
        }
        if (!Directory.Exists(data))
        {
            await stderr.WriteLineAsync($"borderwatch: --data: {data} not found");
            return CliApp.UsageError;
        }
        var sets = TypeTraining.Sets(data);
        var locos = line.Option("loco")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (locos.FirstOrDefault(l => !sets.Contains(l)) is { } unknown)
        {
            await stderr.WriteLineAsync($"borderwatch: --loco: '{unknown}' is not a set of {data} (sets: {string.Join(", ", sets)})");
            return CliApp.UsageError;
        }
        if (locos.Length > 1 && line.Option("out") is null)
        {
            await stderr.WriteLineAsync("borderwatch: --loco with several sets needs --out DIR (one model per set)");
            return CliApp.UsageError;
        }

        var clock = Stopwatch.StartNew();
        var parser = new TreebankSentenceParser(LanguageModels.LoadEmbedded());
        var training = new TypeTraining(parser, EntityRecognizer.Default, new TypeFeatures(Lexicon.Default.Classes, SyntaxLexicon.Default, TypeWords.Default));
        var bySet = new Dictionary<string, IReadOnlyList<TypeExample>>();
        foreach (var set in sets)
        {
            var some = bySet[set] = training.Examples(data, set);
            await stdout.WriteLineAsync(FormattableString.Invariant($"{set}: {some.Count} sentences, {some.Count(x => x.Class != 0)} typed"));
        }
        foreach (var left in locos.Length == 0 ? [(string?)null] : locos.Select(l => (string?)l))
        {
            var path = locos.Length > 1 ? Path.Combine(output, left + ".bin") : output;
            var examples = sets.Where(s => s != left).SelectMany(s => bySet[s]).ToList();
            var model = TypeTraining.Train(examples, epochs, runs: Runs);
            model.Save(path);
            await stdout.WriteLineAsync(FormattableString.Invariant(
                $"trained on {examples.Count} sentences ({sets.Count - (left is null ? 0 : 1)} sets, {epochs} epochs, mean of {Runs} orders): {model.FeatureCount} features -> {path} ({clock.Elapsed.TotalSeconds:F0} s)"));
            if (left is null) continue;
            var held = bySet[left];
            var right = held.Count(x => model.Guess(x.Features).Type == IncidentTypeModel.AllClasses[x.Class]);
            await stdout.WriteLineAsync(FormattableString.Invariant($"{left}: the model alone types {right}/{held.Count} sentences right ({right / (double)Math.Max(1, held.Count):F2})"));
            if (File.Exists(Path.Combine(data, left, left + ".jsonl"))) await Paraphrases(Path.Combine(data, left, left + ".jsonl"), left, path, parser, training, stdout, line.Option("explain") is not null);
        }
        return CliApp.Ok;
    }

    private static async Task Paraphrases(string file, string set, string modelPath, ISentenceParser parser, TypeTraining training, TextWriter stdout, bool explain = false)
    {
        var sentences = File.ReadLines(file).Where(l => l.Trim().Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(r => (Id: r.GetProperty("id").GetString()!, Type: r.GetProperty("type").GetString()!, Text: r.GetProperty("text").GetString()!)).ToList();
        var rules = TypeModelServices.Detector(TypeModelOptions.Off, parser);
        var options = TypeModelOptions.Default with { ModelPath = modelPath };
        var withModel = TypeModelServices.Detector(options, parser);
        string Predict(IncidentDetector detector, string id, string text)
        {
            var document = DocumentReader.Default.Read($"{id}.txt", Encoding.UTF8.GetBytes(text + "\n")).Single();
            var first = ArticleAnalysis.Analyze(document, default, detector: detector).Incidents.OrderBy(i => i.ExcerptStart).FirstOrDefault();
            return first is null ? "none" : first.Type.ToCode();
        }
        var byRules = sentences.Select(p => Predict(rules, p.Id, p.Text)).ToList();
        var byModel = sentences.Select(p => Predict(withModel, p.Id, p.Text)).ToList();
        var before = sentences.Where((p, i) => byRules[i] == p.Type).Count();
        var after = sentences.Where((p, i) => byModel[i] == p.Type).Count();
        await stdout.WriteLineAsync(FormattableString.Invariant(
            $"{set} type accuracy, model trained without it: rules {before}/{sentences.Count} = {before / (double)sentences.Count:F2}, with the model {after}/{sentences.Count} = {after / (double)sentences.Count:F2}; no incident {byRules.Count(p => p == "none")} -> {byModel.Count(p => p == "none")}"));
        // Each sentence typed wrongly with the model: its id, the rules' type and the type with the model.
        for (var i = 0; i < sentences.Count; i++)
            if (byModel[i] != sentences[i].Type)
                await stdout.WriteLineAsync($"  MISS {set} {sentences[i].Id}: rules {byRules[i]}, with the model {byModel[i]}");
        // The second opinion's verdict on the first sentence of each one the rules found nothing in.
        var opinion = TypeSecondOpinion.Create(options, Lexicon.Default, SyntaxLexicon.Default)!;
        var verdicts = sentences.Where((p, i) => byRules[i] == "none")
            .Select(p => (p.Type, Decision: training.Read(ArticleCleaner.Clean(p.Text)).Select(s => opinion.Decide(s.Parse, s.Mentions)).FirstOrDefault()))
            .GroupBy(d => d.Decision.Verdict).OrderBy(g => g.Key)
            .Select(g => FormattableString.Invariant($"{g.Key} {g.Count()} (type right {g.Count(d => d.Decision.Guess.Type?.ToCode() == d.Type)})"));
        await stdout.WriteLineAsync($"{set}: the model's verdicts on the rules' empty sentences: {string.Join(", ", verdicts)}");
        if (!explain) return;
        // --explain: every sentence, the rules' type, the type with the model, and the second opinion's verdict on its first sentence.
        for (var i = 0; i < sentences.Count; i++)
        {
            var d = training.Read(ArticleCleaner.Clean(sentences[i].Text)).Select(s => opinion.Decide(s.Parse, s.Mentions)).FirstOrDefault();
            await stdout.WriteLineAsync(FormattableString.Invariant(
                $"  SENT {sentences[i].Id}: {(byModel[i] == sentences[i].Type ? "ok  " : "MISS")} rules {byRules[i]}, model {byModel[i]}; opinion {d.Verdict} {d.Guess.Type?.ToCode() ?? "none"} {d.Guess.Margin:F1}"));
        }
    }
}
