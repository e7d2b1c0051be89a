using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the second dev corpus in Data/dev2 (formerly the "held-out" corpus): articles and gold
/// written before the pipeline was first run on them, then used to fix rules, so its figures are tuned, not a measure of
/// generalisation (see its README for the first-run figures, and Data/fresh1, Data/fresh2 for the fresh batches).
/// No rule may name these documents; a drop here means a general rule got worse.
/// </summary>
public class Dev2QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "dev2";
    // Reached after the rules were fixed (0.97 / 0.77 on all 61 records; 0.94 / 0.74 after the lexicon entries made for
    // one sentence went); the first runs were 0.88 / 0.18 and 0.82 / 0.35: see Data/dev2/README.md.
    protected override double LocatedF1Bar => 0.93;
    protected override double StrictF1Bar => 0.70;

    [Fact]
    public void Every_gold_excerpt_occurs_once_in_its_cleaned_article() =>
        CorpusRun.ShouldLocateEveryGoldExcerpt(Folder, GoldFile);
}
