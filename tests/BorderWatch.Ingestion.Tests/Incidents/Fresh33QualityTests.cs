using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the thirty-third fresh batch in Data/fresh33: articles and gold committed (2057c66) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope (the distractor tells no event and counts only against precision), so every
/// incident found counts for or against precision. No rule may name these documents.
/// </summary>
public class Fresh33QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh33";
    protected override bool EveryDocumentInScope => true;
    // First run (317dec9, the twentieth session's lanes landed, type model of model40): located F1 0.87 (73 of 86 gold,
    // 81 exported), strict-F1 0.69 (score-events --docs over the CLI's export, --received 2026-12-06): the target
    // (0.85 / 0.55) met on the first run. The bars keep a margin for merges.
    protected override double LocatedF1Bar => 0.83;
    protected override double StrictF1Bar => 0.65;
}
