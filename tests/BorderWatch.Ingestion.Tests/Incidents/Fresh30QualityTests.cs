using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the thirtieth fresh batch in Data/fresh30: articles and gold committed (a19471e) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope (22 of its 23 documents tell at least one event; the fourth entry of the legal-acts feed tells
/// none), so every incident found counts for or against precision. No rule may name these documents.
/// </summary>
public class Fresh30QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh30";
    protected override bool EveryDocumentInScope => true;
    // First run (44f0e6a, every lane of the seventeenth session's first round merged but model37, type model of model22):
    // located F1 0.87 (79 of 90 gold, 91 exported), strict-F1 0.59 (score-events --docs over the CLI's export,
    // --received 2026-12-06). The bars keep a margin for merges.
    protected override double LocatedF1Bar => 0.83;
    protected override double StrictF1Bar => 0.54;
}
