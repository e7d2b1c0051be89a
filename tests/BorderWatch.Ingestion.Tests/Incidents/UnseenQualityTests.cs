using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Runs the whole pipeline (read, clean, analyse) on the dev corpus in Data/unseen (other outlets, formats and
/// spellings than the seeds) and scores it against its hand-made gold with the port of score-events.
/// </summary>
public class UnseenQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_gold_excerpt_occurs_once_in_its_cleaned_article() =>
        CorpusRun.ShouldLocateEveryGoldExcerpt("unseen", "unseen-gold.jsonl");

    [Fact]
    public void Dev_corpus_scores_above_its_bar()
    {
        var report = CorpusRun.Score("unseen", "unseen-gold.jsonl");
        foreach (var line in report.Lines) output.WriteLine(line);
        report.F1.ShouldBeGreaterThanOrEqualTo(0.95);
        report.StrictF1.ShouldBeGreaterThanOrEqualTo(0.60);
    }
}
