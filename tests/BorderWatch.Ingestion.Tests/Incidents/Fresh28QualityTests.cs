using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the twenty-eighth fresh batch in Data/fresh28: articles and gold committed (ba5f1cf) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope (every one of its 23 documents tells at least one event), so every incident found
/// counts for or against precision. No rule may name these documents.
/// </summary>
public class Fresh28QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh28";
    protected override bool EveryDocumentInScope => true;
    // First run (5404a07, every lane of the fifteenth session merged, type model of model22): located F1 0.80
    // (73 of 92 gold, 91 exported), strict-F1 0.44 (score-events --docs over the CLI's export, --received 2026-12-06);
    // this test's own run of the same code gives the same figures. The bars keep a margin for merges.
    protected override double LocatedF1Bar => 0.76;
    protected override double StrictF1Bar => 0.40;
}
