using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the held-out corpus in Data/heldout: articles and gold written before the pipeline was first
/// run on them, in outlets and formats that neither the seeds nor the dev corpus use (see its README for the first-run
/// figures). No rule may name these documents; a drop here means a general rule got worse.
/// </summary>
public class HeldOutQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_gold_excerpt_occurs_once_in_its_cleaned_article() =>
        CorpusRun.ShouldLocateEveryGoldExcerpt("heldout", "heldout-gold.jsonl");

    [Fact]
    public void Held_out_corpus_scores_above_its_bar()
    {
        var report = CorpusRun.Score("heldout", "heldout-gold.jsonl");
        foreach (var line in report.Lines) output.WriteLine(line);
        // Reached after the rules were fixed (0.97 / 0.77 on all 61 records); the first runs were 0.88 / 0.18 (first
        // batch) and 0.82 / 0.35 (second batch, written after the fixes): see Data/heldout/README.md.
        report.F1.ShouldBeGreaterThanOrEqualTo(0.93);
        report.StrictF1.ShouldBeGreaterThanOrEqualTo(0.70);
    }
}
