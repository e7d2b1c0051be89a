using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Scoring;

/// <summary>
/// What every corpus quality test does: run the whole pipeline (read, clean, analyse) on a folder of Data/, score it
/// against its gold with the port of score-events, print the figures, and fail below the corpus's bars. Each subclass
/// names its folder, its gold, its bars and whether documents without gold count against precision.
/// </summary>
public abstract class CorpusQualityTest(ITestOutputHelper output)
{
    protected abstract string Folder { get; }
    protected virtual string GoldFile => $"{Folder}-gold.jsonl";
    /// <summary>Count incidents from documents without gold records (a distractor) against precision, as score-events --docs does.</summary>
    protected virtual bool EveryDocumentInScope => false;
    protected abstract double LocatedF1Bar { get; }
    protected abstract double StrictF1Bar { get; }

    [Fact]
    public void Corpus_scores_above_its_bar()
    {
        var report = CorpusRun.Score(Folder, GoldFile, EveryDocumentInScope);
        foreach (var line in report.Lines) output.WriteLine(line);
        report.F1.ShouldBeGreaterThanOrEqualTo(LocatedF1Bar);
        report.StrictF1.ShouldBeGreaterThanOrEqualTo(StrictF1Bar);
    }
}
