using System.Diagnostics;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Training;

namespace BorderWatch.Cli;

/// <summary>
/// <c>train-language</c>: trains the tagger, lemmatiser and parser from the UD English treebanks (default
/// <c>data/ud</c>), writes the model files (default <c>src/BorderWatch.Ingestion/Language/Models</c>) and prints the
/// scores on EWT dev, EWT test and PUD test. <c>--train-on train</c> trains on EWT train only (to choose settings on
/// dev); <c>--train-on train+dev</c> also learns from EWT dev. Deterministic: the same data give the same files. With
/// <c>--evaluate DIR</c> it only scores the models already in DIR.
/// </summary>
public static class TrainLanguageCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var data = line.Option("data") ?? Path.Combine("data", "ud");
        var output = line.Option("out") ?? Path.Combine("src", "BorderWatch.Ingestion", "Language", "Models");
        var defaults = new TrainingSettings();
        if (!TryEpochs(line, "tagger-epochs", defaults.TaggerEpochs, out var taggerEpochs, out var error) ||
            !TryEpochs(line, "parser-epochs", defaults.ParserEpochs, out var parserEpochs, out error) ||
            !TryBeam(line, defaults.ParserBeam, out var parserBeam, out error))
        {
            await stderr.WriteLineAsync($"borderwatch: {error}");
            return CliApp.UsageError;
        }
        float? pruneBelow = null;
        if (line.Option("parser-prune") is { } pruneText)
        {
            if (!float.TryParse(pruneText, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var below) || below is < 0 or > 100)
            {
                await stderr.WriteLineAsync($"borderwatch: --parser-prune: '{pruneText}' is not a weight magnitude (0-100)");
                return CliApp.UsageError;
            }
            pruneBelow = below;
        }
        var trainOnDev = defaults.TrainOnDev;
        switch (line.Option("train-on"))
        {
            case null: break;
            case "train": trainOnDev = false; break;
            case "train+dev": trainOnDev = true; break;
            case var other:
                await stderr.WriteLineAsync($"borderwatch: --train-on: '{other}' is not 'train' or 'train+dev'");
                return CliApp.UsageError;
        }
        var wordClasses = defaults.ParserWordClasses;
        switch (line.Option("parser-word-classes"))
        {
            case null: break;
            case "yes": wordClasses = true; break;
            case "no": wordClasses = false; break;
            case var other:
                await stderr.WriteLineAsync($"borderwatch: --parser-word-classes: '{other}' is not 'yes' or 'no'");
                return CliApp.UsageError;
        }
        var taggerWordNet = defaults.TaggerWordNetClasses;
        switch (line.Option("tagger-wordnet"))
        {
            case null: break;
            case "yes": taggerWordNet = true; break;
            case "no": taggerWordNet = false; break;
            case var other:
                await stderr.WriteLineAsync($"borderwatch: --tagger-wordnet: '{other}' is not 'yes' or 'no'");
                return CliApp.UsageError;
        }
        if (!File.Exists(Path.Combine(data, LanguageTrainer.TrainFile)))
        {
            await stderr.WriteLineAsync($"borderwatch: --data: {Path.Combine(data, LanguageTrainer.TrainFile)} not found");
            return CliApp.UsageError;
        }

        var clock = Stopwatch.StartNew();
        void Log(string message) => stdout.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");
        try
        {
            if (line.Option("evaluate") is { } existing)
            {
                // --parser-beam with --evaluate decodes the saved parser with that beam width instead of its own
                var loaded = LanguageModels.Load(existing);
                // --tagger-past-forms no scores the tagger as trained, without the irregular past forms it reads in the product
                switch (line.Option("tagger-past-forms"))
                {
                    case null or "yes": break;
                    case "no": loaded = loaded with { Tagger = loaded.Tagger.WithPastForms(new HashSet<string>(), loaded.Tagger.Words) }; break;
                    case var other:
                        await stderr.WriteLineAsync($"borderwatch: --tagger-past-forms: '{other}' is not 'yes' or 'no'");
                        return CliApp.UsageError;
                }
                if (line.Option("parser-beam") is not null) loaded = loaded with { Parser = loaded.Parser.WithBeamWidth(parserBeam) };
                // --parser-prune X drops the parser's weights under X; with --out the pruned models are written there
                if (pruneBelow is { } below)
                {
                    var p = loaded.Parser;
                    loaded = loaded with { Parser = p.WithModel(p.Model.Pruned(below)) };
                    Log($"parser pruned under {below}: {loaded.Parser.Model.FeatureCount} features, {loaded.Parser.Model.WeightCount} weights");
                    if (line.Option("out") is not null)
                    {
                        loaded.Save(output);
                        Log($"wrote {Path.Combine(output, LanguageModels.ParserFile)} ({new FileInfo(Path.Combine(output, LanguageModels.ParserFile)).Length / 1024.0 / 1024.0:F1} MB)");
                    }
                }
                Log($"parser beam {loaded.Parser.BeamWidth}");
                foreach (var (file, scores) in LanguageTrainer.Evaluate(loaded, data)) Log($"{file}: {scores}");
                return CliApp.Ok;
            }
            var models = LanguageTrainer.Train(data, defaults with { TaggerEpochs = taggerEpochs, ParserEpochs = parserEpochs, ParserBeam = parserBeam, TrainOnDev = trainOnDev,
                ParserWordClasses = wordClasses, TaggerWordNetClasses = taggerWordNet }, Log, BorderWatch.Ingestion.Incidents.TypeModel.TypeWords.Default);
            models.Save(output);
            foreach (var file in new[] { LanguageModels.TaggerFile, LanguageModels.LemmatizerFile, LanguageModels.ParserFile })
                Log($"wrote {Path.Combine(output, file)} ({new FileInfo(Path.Combine(output, file)).Length / 1024.0 / 1024.0:F1} MB)");
            var saved = LanguageModels.Load(output);
            foreach (var (file, scores) in LanguageTrainer.Evaluate(saved, data))
                Log($"{file}: {scores}{(trainOnDev && file == LanguageTrainer.EvaluationFiles[0] ? " (in the training data: not a held-out score)" : "")}");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"borderwatch: train-language: {e.Message}");
            return CliApp.SomeFailed;
        }
        return CliApp.Ok;
    }

    private static bool TryBeam(CommandLine line, int fallback, out int beam, out string? error)
    {
        error = null;
        beam = fallback;
        if (line.Option("parser-beam") is not { } text) return true;
        if (int.TryParse(text, out beam) && beam is >= 1 and <= 64) return true;
        error = $"--parser-beam: '{text}' is not a beam width (1-64; 1 is greedy)";
        return false;
    }

    private static bool TryEpochs(CommandLine line, string option, int fallback, out int epochs, out string? error)
    {
        error = null;
        epochs = fallback;
        if (line.Option(option) is not { } text) return true;
        if (int.TryParse(text, out epochs) && epochs is > 0 and <= 100) return true;
        error = $"--{option}: '{text}' is not a number of epochs (1-100)";
        return false;
    }
}
