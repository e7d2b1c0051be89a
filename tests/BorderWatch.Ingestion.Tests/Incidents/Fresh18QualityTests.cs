using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the eighteenth fresh batch in Data/fresh18: articles and gold committed (3211e7b) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope, so incidents found in the distractor (a football "border derby" report) count against
/// precision. No rule may name these documents.
/// </summary>
public class Fresh18QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh18";
    protected override bool EveryDocumentInScope => true;
    // First run (0559b02, type model of model22): located F1 0.80, strict-F1 0.55 (score-events --docs).
    // Tuned on since (sixth session, cd7665f: 0.92 / 0.70 by score-events, 0.92 / 0.66 by this test); the bars guard that with a margin for merges.
    protected override double LocatedF1Bar => 0.88;
    protected override double StrictF1Bar => 0.62;
}
