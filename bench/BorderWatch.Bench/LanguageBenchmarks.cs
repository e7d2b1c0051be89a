using BenchmarkDotNet.Attributes;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Bench;

/// <summary>
/// The linguistic layer on one core: tokenise, tag, lemmatise and parse the raw text of every sentence of a UD test
/// treebank (data/ud). Sentences per second = sentences / mean time of one operation.
/// </summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private TreebankSentenceParser _parser = null!;
    private string[] _sentences = [];

    [Params("en_ewt-ud-test.conllu", "en_pud-ud-test.conllu")]
    public string Treebank { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _parser = new TreebankSentenceParser(LanguageModels.LoadEmbedded());
        _sentences = ConlluReader.ReadFile(Path.Combine(RepoPaths.Root, "data", "ud", Treebank))
            .Select(s => s.Text).Where(t => t.Length > 0).ToArray();
    }

    [Benchmark(Description = "parse every sentence of the treebank from raw text")]
    public int ParseAll()
    {
        var tokens = 0;
        foreach (var text in _sentences) tokens += _parser.Parse(text, 0, text.Length).Tokens.Count;
        return tokens;
    }

    [Benchmark(Description = "load the three models from the assembly")]
    public LanguageModels LoadModels() => LanguageModels.LoadEmbedded();
}
