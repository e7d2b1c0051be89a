using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the tenth fresh batch in Data/fresh10: articles and gold committed (1134e4b) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope, so incidents found in the distractor (a snow-leopard story) count against
/// precision. No rule may name these documents.
/// </summary>
public class Fresh10QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh10";
    protected override bool EveryDocumentInScope => true;
    // First run (1d2ef37): located F1 0.84, strict-F1 0.47 (score-events --docs); the bar keeps a margin of 0.03.
    protected override double LocatedF1Bar => 0.81;
    protected override double StrictF1Bar => 0.44;
}
