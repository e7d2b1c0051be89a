using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Language.Training;

/// <summary>Settings of a training run; the defaults are the ones the committed models were trained with.</summary>
public sealed record TrainingSettings(int TaggerEpochs = 8, int ParserEpochs = 10, int Seed = 20261202);

/// <summary>
/// Trains the tagger, lemmatiser and parser on <c>en_ewt-ud-train.conllu</c> in <paramref name="dataDirectory"/>,
/// deterministically (fixed seed, fixed order), and scores them on EWT dev and test and PUD test when present.
/// </summary>
public static class LanguageTrainer
{
    public const string TrainFile = "en_ewt-ud-train.conllu";
    public static readonly string[] EvaluationFiles = ["en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_pud-ud-test.conllu"];

    public static LanguageModels Train(string dataDirectory, TrainingSettings settings, Action<string> log)
    {
        var train = ConlluReader.ReadFile(Path.Combine(dataDirectory, TrainFile));
        var devPath = Path.Combine(dataDirectory, EvaluationFiles[0]);
        var dev = File.Exists(devPath) ? ConlluReader.ReadFile(devPath) : null;
        log($"read {train.Count} training sentences, {dev?.Count ?? 0} dev sentences");
        var tagger = TaggerTrainer.Train(train, settings.TaggerEpochs, settings.Seed, log, dev);
        var lemmatizer = LemmatizerTrainer.Train(train, log);
        var parser = ParserTrainer.Train(train, settings.ParserEpochs, settings.Seed, log, dev);
        log($"tagger: {tagger.Model.FeatureCount} features, {tagger.Model.WeightCount} weights; parser: {parser.Model.FeatureCount} features, {parser.Model.WeightCount} weights");
        return new LanguageModels(tagger, lemmatizer, parser);
    }

    public static IEnumerable<(string File, TreebankScores Scores)> Evaluate(LanguageModels models, string dataDirectory)
    {
        foreach (var file in EvaluationFiles)
        {
            var path = Path.Combine(dataDirectory, file);
            if (File.Exists(path)) yield return (file, TreebankEvaluation.Score(models, ConlluReader.ReadFile(path)));
        }
    }
}
