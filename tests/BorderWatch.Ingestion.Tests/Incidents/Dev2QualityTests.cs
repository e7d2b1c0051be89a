using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the second dev corpus in Data/dev2 (formerly the "held-out" corpus): articles and gold
/// written before the pipeline was first run on them, then used to fix rules, so its figures are tuned, not a measure of
/// generalisation (see its README for the first-run figures, and Data/fresh1, Data/fresh2 for the fresh batches).
/// No rule may name these documents; a drop here means a general rule got worse.
/// </summary>
public class Dev2QualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_gold_excerpt_occurs_once_in_its_cleaned_article() =>
        CorpusRun.ShouldLocateEveryGoldExcerpt("dev2", "dev2-gold.jsonl");

    [Fact]
    public void Second_dev_corpus_scores_above_its_bar()
    {
        var report = CorpusRun.Score("dev2", "dev2-gold.jsonl");
        foreach (var line in report.Lines) output.WriteLine(line);
        // Reached after the rules were fixed (0.97 / 0.77 on all 61 records); the first runs were 0.88 / 0.18 (first
        // batch) and 0.82 / 0.35 (second batch, written after the fixes): see Data/dev2/README.md.
        report.F1.ShouldBeGreaterThanOrEqualTo(0.93);
        report.StrictF1.ShouldBeGreaterThanOrEqualTo(0.70);
    }
}
