using System.Diagnostics;
using System.Globalization;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Cli;

/// <summary>
/// <c>train-types</c>: trains the incident-type model (ADR 0014) from the gold corpora and paraphrase sets of
/// <c>--data</c> (sealed sets never read) and writes it to <c>--out</c>. <c>--loco SET</c> leaves SET out of the
/// training data, so the model can be measured on it: a paraphrase set is scored here (type of the first incident of
/// each sentence, with the rules alone and with the model); a corpus with <c>ingest --type-model FILE</c> and the
/// scorer (docs/ingestion.md, "The type model"). Deterministic: the same data and models give the same file.
/// </summary>
public static class TrainTypesCommand
{
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
        var loco = line.Option("loco");
        if (loco is not null && !sets.Contains(loco))
        {
            await stderr.WriteLineAsync($"borderwatch: --loco: '{loco}' is not a set of {data} (sets: {string.Join(", ", sets)})");
            return CliApp.UsageError;
        }

        var clock = Stopwatch.StartNew();
        var parser = new TreebankSentenceParser(LanguageModels.LoadEmbedded());
        var training = new TypeTraining(parser, EntityRecognizer.Default, new TypeFeatures(Lexicon.Default.Classes, SyntaxLexicon.Default));
        var examples = new List<TypeExample>();
        foreach (var set in sets.Where(s => s != loco))
        {
            var some = training.Examples(data, set);
            examples.AddRange(some);
            await stdout.WriteLineAsync(FormattableString.Invariant($"{set}: {some.Count} sentences, {some.Count(x => x.Class != 0)} typed"));
        }
        var model = TypeTraining.Train(examples, epochs);
        model.Save(output);
        await stdout.WriteLineAsync(FormattableString.Invariant(
            $"trained on {examples.Count} sentences ({sets.Count - (loco is null ? 0 : 1)} sets, {epochs} epochs): {model.FeatureCount} features -> {output} ({clock.Elapsed.TotalSeconds:F0} s)"));

        if (loco is not null && File.Exists(Path.Combine(data, loco, loco + ".jsonl")))
        {
            var sentences = File.ReadLines(Path.Combine(data, loco, loco + ".jsonl")).Where(l => l.Trim().Length > 0)
                .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
                .Select(r => (Id: r.GetProperty("id").GetString()!, Type: r.GetProperty("type").GetString()!, Text: r.GetProperty("text").GetString()!)).ToList();
            var rules = TypeModelServices.Detector(TypeModelOptions.Off, parser);
            var withModel = TypeModelServices.Detector(TypeModelOptions.Default with { ModelPath = output }, parser);
            int Correct(IncidentDetector detector) => sentences.Count(p =>
            {
                var document = DocumentReader.Read($"{p.Id}.txt", Encoding.UTF8.GetBytes(p.Text + "\n")).Single();
                var first = ArticleAnalysis.Analyze(document, default, detector: detector).Incidents.OrderBy(i => i.ExcerptStart).FirstOrDefault();
                return (first is null ? "none" : first.Type.ToCode()) == p.Type;
            });
            var before = Correct(rules);
            var after = Correct(withModel);
            await stdout.WriteLineAsync(FormattableString.Invariant(
                $"{loco} type accuracy, model trained without it: rules {before}/{sentences.Count} = {before / (double)sentences.Count:F2}, with the model {after}/{sentences.Count} = {after / (double)sentences.Count:F2}"));
        }
        return CliApp.Ok;
    }
}
