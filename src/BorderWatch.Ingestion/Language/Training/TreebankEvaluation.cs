using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Language.Training;

/// <summary>
/// Scores of the models on a treebank with gold tokens, counted over all words, punctuation included (as the CoNLL
/// 2018 shared task does). Parsing is scored twice: on gold tags and on the tagger's tags.
/// </summary>
public sealed record TreebankScores(int Sentences, int Words, double Upos, double Xpos, double Lemma,
    double GoldTagsUas, double GoldTagsLas, double PredictedTagsUas, double PredictedTagsLas)
{
    public override string ToString() =>
        $"{Sentences} sentences, {Words} words: UPOS {Upos:F2}, XPOS {Xpos:F2}, lemma {Lemma:F2}; " +
        $"gold tags UAS {GoldTagsUas:F2} LAS {GoldTagsLas:F2}; predicted tags UAS {PredictedTagsUas:F2} LAS {PredictedTagsLas:F2}";
}

public static class TreebankEvaluation
{
    public static TreebankScores Score(LanguageModels models, IReadOnlyList<TreebankSentence> sentences)
    {
        long words = 0, upos = 0, xpos = 0, lemma = 0, goldUas = 0, goldLas = 0, predUas = 0, predLas = 0;
        foreach (var s in sentences)
        {
            var forms = s.Words.Select(w => w.Form).ToArray();
            var wordForms = new WordForms(forms);
            var classes = models.Tagger.AmbiguityClasses(forms);
            var tags = models.Tagger.Tag(forms, wordForms, classes);
            var predictedUpos = tags.Select(models.Tagger.UposName).ToArray();
            var predictedXpos = tags.Select(models.Tagger.Xpos).ToArray();
            var goldUpos = s.Words.Select(w => w.Upos).ToArray();
            var goldXpos = s.Words.Select(w => w.Xpos).ToArray();
            var gold = models.Parser.Parse(DependencyParser.InputFor(wordForms, goldUpos, goldXpos, classes,
                models.Parser.WordClassesFor(Lemmas(models, forms, goldXpos), goldUpos)));
            var predicted = models.Parser.Parse(DependencyParser.InputFor(wordForms, predictedUpos, predictedXpos, classes,
                models.Parser.WordClassesFor(Lemmas(models, forms, predictedXpos), predictedUpos)));
            for (var i = 0; i < forms.Length; i++)
            {
                var w = s.Words[i];
                words++;
                if (predictedUpos[i] == w.Upos) upos++;
                if (predictedXpos[i] == w.Xpos) xpos++;
                if (models.Lemmatizer.Lemmatize(forms[i], predictedXpos[i]) == w.Lemma) lemma++;
                if (gold.Heads[i] == w.Head)
                {
                    goldUas++;
                    if (models.Parser.Label(gold.Labels[i]) == w.Relation) goldLas++;
                }
                if (predicted.Heads[i] == w.Head)
                {
                    predUas++;
                    if (models.Parser.Label(predicted.Labels[i]) == w.Relation) predLas++;
                }
            }
        }
        double P(long x) => words == 0 ? 0 : 100.0 * x / words;
        return new TreebankScores(sentences.Count, (int)words, P(upos), P(xpos), P(lemma), P(goldUas), P(goldLas), P(predUas), P(predLas));
    }

    private static string[] Lemmas(LanguageModels models, string[] forms, string[] xpos) =>
        forms.Select((f, i) => models.Lemmatizer.Lemmatize(f, xpos[i])).ToArray();
}
