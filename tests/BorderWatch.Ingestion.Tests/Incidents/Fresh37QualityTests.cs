using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the thirty-seventh fresh batch in Data/fresh37: articles and gold committed (71891bc5) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope (the distractor tells no event and counts only against precision), so every
/// incident found counts for or against precision. No rule may name these documents.
/// </summary>
public class Fresh37QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh37";
    protected override bool EveryDocumentInScope => true;
    // First run (52dbc9a, the twenty-fourth session's lanes landed, type model of model46): located F1 0.86 (71 of 82
    // gold, 84 exported), strict-F1 0.64 (score-events --docs over the CLI's export, --received 2026-12-06): the target
    // (0.85 / 0.55) met. The bars keep a margin for merges.
    protected override double LocatedF1Bar => 0.82;
    protected override double StrictF1Bar => 0.58;
}
