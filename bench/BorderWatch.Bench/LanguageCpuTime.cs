using System.Diagnostics;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Bench;

/// <summary>
/// <c>dotnet run -c Release -- language-cpu [TREEBANK ...] [--rounds N] [--models DIR] [--beam N]</c>: the loop of <see cref="LanguageBenchmarks"/>
/// (tokenise, tag, lemmatise and parse the raw text of every sentence, one thread) timed in CPU time of this process
/// (<see cref="Process.TotalProcessorTime"/>) instead of wall time, because on a shared, loaded machine wall time measures
/// the scheduler. Two warm passes, then the best of N rounds; prints sentences per CPU-second and the load average.
/// <c>--models DIR</c> times the model files in DIR (as <c>train-language --out DIR</c> wrote them) instead of the embedded ones;
/// <c>--beam N</c> decodes the parser with beam N instead of the width saved with it.
/// </summary>
public static class LanguageCpuTime
{
    public static int Run(string[] args, TextWriter output)
    {
        var rounds = 5;
        var treebanks = new List<string>();
        string? models = null;
        int? beam = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0) { rounds = n; i++; }
            else if (args[i] == "--models" && i + 1 < args.Length) models = args[++i];
            else if (args[i] == "--beam" && i + 1 < args.Length && int.TryParse(args[i + 1], out var b) && b is >= 1 and <= 64) { beam = b; i++; }
            else treebanks.Add(args[i]);
        }
        if (treebanks.Count == 0) treebanks.AddRange(["en_ewt-ud-test.conllu", "en_pud-ud-test.conllu"]);
        var loaded = models is null ? LanguageModels.LoadEmbedded() : LanguageModels.Load(models);
        if (beam is { } width) loaded = loaded with { Parser = loaded.Parser.WithBeamWidth(width) };
        output.WriteLine($"models: {models ?? "embedded"}, parser beam {loaded.Parser.BeamWidth}");
        var parser = new TreebankSentenceParser(loaded);
        foreach (var treebank in treebanks)
        {
            var sentences = ConlluReader.ReadFile(Path.Combine(RepoPaths.Root, "data", "ud", treebank))
                .Select(s => s.Text).Where(t => t.Length > 0).ToArray();
            for (var warm = 0; warm < 2; warm++) ParseAll(parser, sentences);
            var best = TimeSpan.MaxValue;
            for (var r = 0; r < rounds; r++)
            {
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                ParseAll(parser, sentences);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
                if (cpu < best) best = cpu;
            }
            output.WriteLine($"{treebank}: {sentences.Length} sentences, best of {rounds} rounds {best.TotalSeconds:F3} CPU s = " +
                $"{sentences.Length / best.TotalSeconds:F0} sentences per CPU-second; load average {LoadAverage()}");
        }
        return 0;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static int ParseAll(TreebankSentenceParser parser, string[] sentences)
    {
        var tokens = 0;
        foreach (var text in sentences) tokens += parser.Parse(text, 0, text.Length).Tokens.Count;
        return tokens;
    }
}
