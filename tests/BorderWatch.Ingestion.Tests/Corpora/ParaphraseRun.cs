using System.Text;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Corpora;

/// <summary>One paraphrase sentence, the type it expresses and the type the pipeline gave it ("none": no incident).</summary>
public sealed record ParaphraseResult(string Id, string Expected, string Predicted)
{
    public bool Correct => Expected == Predicted;
}

/// <summary>
/// Runs the whole pipeline (read, clean, analyse) on each sentence of a paraphrase set (Data/SET/SET.jsonl:
/// <c>paraphrases</c>, <c>paraphrases2</c>) as a document of its own, and takes the type of its first incident (by
/// position) as the prediction.
/// </summary>
public static class ParaphraseRun
{
    public const string FirstSet = "paraphrases";

    public static string SetPath(string set = FirstSet) => Path.Combine(AppContext.BaseDirectory, "Data", set, set + ".jsonl");

    public static IReadOnlyList<(string Id, string Type, string Text)> Load(string set = FirstSet) => LoadFile(SetPath(set));

    /// <summary>A set kept outside Data/ (not a corpus), e.g. Checks/predicates-blind.jsonl.</summary>
    public static IReadOnlyList<(string Id, string Type, string Text)> LoadFile(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var d = JsonDocument.Parse(l);
            var r = d.RootElement;
            return (r.GetProperty("id").GetString()!, r.GetProperty("type").GetString()!, r.GetProperty("text").GetString()!);
        }).ToList();

    public static IReadOnlyList<ParaphraseResult> Run(string set = FirstSet) => RunSentences(Load(set));

    public static IReadOnlyList<ParaphraseResult> RunSentences(IReadOnlyList<(string Id, string Type, string Text)> sentences) =>
        sentences.Select(p => new ParaphraseResult(p.Id, p.Type, Predict(p.Id, p.Text))).ToList();

    private static string Predict(string id, string sentence)
    {
        var document = DocumentReader.Default.Read($"{id}.txt", Encoding.UTF8.GetBytes(sentence + "\n")).Single();
        var first = ArticleAnalysis.Analyze(document).Incidents.OrderBy(i => i.ExcerptStart).FirstOrDefault();
        return first is null ? "none" : first.Type.ToCode();
    }

    /// <summary>Overall accuracy, then one line per type and one per miss, for the test output.</summary>
    public static IReadOnlyList<string> Report(IReadOnlyList<ParaphraseResult> results)
    {
        var lines = new List<string>
        {
            $"type accuracy {results.Count(r => r.Correct)}/{results.Count} = {Accuracy(results):F2}; no incident for {results.Count(r => r.Predicted == "none")}",
        };
        lines.AddRange(results.GroupBy(r => r.Expected).Select(g => $"  {g.Key}: {g.Count(r => r.Correct)}/{g.Count()}"));
        lines.AddRange(results.Where(r => !r.Correct).Select(r => $"  MISS {r.Id}: {r.Predicted}"));
        return lines;
    }

    public static double Accuracy(IReadOnlyList<ParaphraseResult> results) =>
        results.Count == 0 ? 0 : results.Count(r => r.Correct) / (double)results.Count;
}
