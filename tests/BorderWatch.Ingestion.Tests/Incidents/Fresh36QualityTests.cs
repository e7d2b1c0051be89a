using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the thirty-sixth fresh batch in Data/fresh36: articles and gold committed (5e714b03) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope (the distractor tells no event and counts only against precision), so every
/// incident found counts for or against precision. No rule may name these documents.
/// </summary>
public class Fresh36QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh36";
    protected override bool EveryDocumentInScope => true;
    // First run (a607e81, the twenty-third session's lanes landed, type model of model44): located F1 0.83 (75 of 88 gold,
    // 92 exported), strict-F1 0.64 (score-events --docs over the CLI's export, --received 2026-12-06): the target
    // (0.85 / 0.55) not met (located). The bars keep a margin for merges.
    protected override double LocatedF1Bar => 0.79;
    protected override double StrictF1Bar => 0.58;
}
