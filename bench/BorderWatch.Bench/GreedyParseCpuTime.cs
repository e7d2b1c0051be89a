using System.Diagnostics;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Bench;

/// <summary>
/// <c>dotnet run -c Release -- greedy-parse [--rounds N]</c>: the shipped greedy parser over the gold-tagged sentences of
/// EWT test and PUD test, two ways in one process, alternating round by round so both see the same load:
/// <see cref="DependencyParser.Parse"/> (the buffer's features summed once per front) and a decode that scores all of
/// each decision's features at once. Prints the best CPU time of each and checks that both reach the same arcs.
/// </summary>
public static class GreedyParseCpuTime
{
    public static int Run(string[] args, TextWriter output)
    {
        var rounds = args is ["--rounds", var r] && int.TryParse(r, out var n) && n > 0 ? n : 20;
        var models = LanguageModels.LoadEmbedded();
        var parser = models.Parser;
        var inputs = new[] { "en_ewt-ud-test.conllu", "en_pud-ud-test.conllu" }
            .SelectMany(f => ConlluReader.ReadFile(Path.Combine(RepoPaths.Root, "data", "ud", f)))
            .Where(s => s.Words.Count > 0)
            .Select(s => ParserTrainer.InputOf(s, models.Tagger.AmbiguityClasses(s.Words.Select(w => w.Form).ToList()),
                parser.WordClassesFor(s.Words.Select(w => w.Lemma).ToList(), s.Words.Select(w => w.Upos).ToList())))
            .ToArray();
        double kept = double.MaxValue, all = double.MaxValue;
        long checksumKept = 0, checksumAll = 0;
        for (var round = -2; round < rounds; round++)
        {
            var before = Cpu();
            foreach (var input in inputs) checksumKept += parser.Parse(input).Heads.Sum();
            var middle = Cpu();
            foreach (var input in inputs) checksumAll += AllAtOnce(parser, input);
            var after = Cpu();
            if (round < 0) continue;
            kept = Math.Min(kept, middle - before);
            all = Math.Min(all, after - middle);
        }
        output.WriteLine($"{inputs.Length} sentences, best of {rounds} rounds: buffer sums kept {kept:F3} CPU s ({inputs.Length / kept:F0}/s), " +
            $"all features at once {all:F3} CPU s ({inputs.Length / all:F0}/s); same arcs: {checksumKept == checksumAll}; load average " +
            File.ReadAllText("/proc/loadavg").Trim());
        return 0;
    }

    // the decode before BufferSums: every feature of every decision looked up and summed at once
    private static long AllAtOnce(DependencyParser parser, ParserInput input)
    {
        var state = new ParserState(input.Count, parser.Labels.Count, parser.RootLabel);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[state.ActionCount];
        while (!state.IsTerminal)
        {
            parser.Model.Score(features[..ParserFeatures.Extract(state, input, features)], scores);
            var best = -1;
            for (var a = 0; a < scores.Length; a++)
                if ((best < 0 || scores[a] > scores[best]) && state.IsValid(a)) best = a;
            state.Apply(best);
        }
        return state.Finish(_ => 0).Heads.Sum();
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
