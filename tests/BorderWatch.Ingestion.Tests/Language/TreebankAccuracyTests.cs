using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The committed models scored on the repository's copy of EWT test and PUD test, gold tokens, all words counted
/// (punctuation included). The bars are the figures reached when the models were trained, rounded down.
/// </summary>
public class TreebankAccuracyTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    private static List<TreebankSentence> Read(string file) =>
        ConlluReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "ud", file));

    [Fact]
    public void Ewt_test()
    {
        var scores = TreebankEvaluation.Score(fixture.Models, Read("en_ewt-ud-test.conllu"));
        scores.Words.ShouldBe(25094);
        scores.Upos.ShouldBeGreaterThanOrEqualTo(AccuracyBars.EwtUpos);
        scores.Xpos.ShouldBeGreaterThanOrEqualTo(AccuracyBars.EwtXpos);
        scores.Lemma.ShouldBeGreaterThanOrEqualTo(AccuracyBars.EwtLemma);
        scores.GoldTagsUas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.EwtUas);
        scores.GoldTagsLas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.EwtLas);
        scores.PredictedTagsUas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.EwtPredictedUas);
        scores.PredictedTagsLas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.EwtPredictedLas);
    }

    [Fact]
    public void Pud_test()
    {
        var scores = TreebankEvaluation.Score(fixture.Models, Read("en_pud-ud-test.conllu"));
        scores.Sentences.ShouldBe(1000);
        scores.Upos.ShouldBeGreaterThanOrEqualTo(AccuracyBars.PudUpos);
        scores.Xpos.ShouldBeGreaterThanOrEqualTo(AccuracyBars.PudXpos);
        scores.Lemma.ShouldBeGreaterThanOrEqualTo(AccuracyBars.PudLemma);
        scores.GoldTagsUas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.PudUas);
        scores.GoldTagsLas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.PudLas);
        scores.PredictedTagsUas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.PudPredictedUas);
        scores.PredictedTagsLas.ShouldBeGreaterThanOrEqualTo(AccuracyBars.PudPredictedLas);
    }
}

/// <summary>The models read once from the assembly, as the product reads them.</summary>
public sealed class LanguageModelFixture
{
    public LanguageModels Models { get; } = LanguageModels.LoadEmbedded();
    public TreebankSentenceParser Parser { get; }

    public LanguageModelFixture() => Parser = new TreebankSentenceParser(Models);
}
