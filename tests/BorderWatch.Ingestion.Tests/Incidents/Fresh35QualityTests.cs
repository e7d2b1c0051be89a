using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the thirty-fifth fresh batch in Data/fresh35: articles and gold committed (6b557347) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope (the distractor tells no event and counts only against precision), so every
/// incident found counts for or against precision. No rule may name these documents.
/// </summary>
public class Fresh35QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh35";
    protected override bool EveryDocumentInScope => true;
    // First run (1e2e6bd, the twenty-second session's lanes landed, type model of model44): located F1 0.82 (78 of 91 gold,
    // 99 exported), strict-F1 0.54 (score-events --docs over the CLI's export, --received 2026-12-06): the target
    // (0.85 / 0.55) not met. The bars keep a margin for merges.
    protected override double LocatedF1Bar => 0.78;
    protected override double StrictF1Bar => 0.50;
}
