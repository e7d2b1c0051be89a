using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Scores the pipeline on the twenty-fifth fresh batch in Data/fresh25: articles and gold committed (74c9454) before the
/// pipeline first ran on them; its README records that first run and its errors by kind. Now a dev corpus. Every
/// document of the folder is in scope, so incidents found in the distractor (a ski club's season notice) count
/// against precision. No rule may name these documents.
/// </summary>
public class Fresh25QualityTests(ITestOutputHelper output) : CorpusQualityTest(output)
{
    protected override string Folder => "fresh25";
    protected override bool EveryDocumentInScope => true;
    // First run (3ddfec5, every working lane of the twelfth session merged but mend30, type model of model22): located
    // F1 0.87 (76 of 84 gold, 91 exported), strict-F1 0.56 (score-events --docs over the CLI's export). This test's own
    // run of the same code gives located F1 0.87 and strict-F1 0.51 (date 0.72 against the CLI's 0.78: the test analyses
    // each document in-process, not through the store's export; not traced). The bars keep a margin for merges.
    protected override double LocatedF1Bar => 0.83;
    protected override double StrictF1Bar => 0.47;
}
