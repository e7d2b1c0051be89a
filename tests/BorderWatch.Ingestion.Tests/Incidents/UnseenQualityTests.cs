using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Runs the whole pipeline (read, clean, analyse) on the dev corpus in Data/unseen (other outlets, formats and
/// spellings than the seeds) and scores it against its hand-made gold with the port of score-events.
/// </summary>
public class UnseenQualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "unseen";
    protected override double LocatedF1Bar => 0.95;
    protected override double StrictF1Bar => 0.60;

    [Fact]
    public void Every_gold_excerpt_occurs_once_in_its_cleaned_article() =>
        CorpusRun.ShouldLocateEveryGoldExcerpt(Folder, GoldFile);
}
