using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The parser's optional inputs: the tagger's runner-up tag of each word (a hedge against this sentence's likely tagging
/// errors) and each word's lemma in place of its form; a model trained with either keeps saying so once saved and read back.
/// </summary>
public class ParserOptionalInputTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    [Fact]
    public void The_runner_up_depends_on_the_gap_and_is_never_the_chosen_tag()
    {
        float[] close = [1f, 9.5f, 9f, 2f], far = [1f, 40f, 9f, 2f];
        PosTagger.Alternative(close, 1).ShouldNotBe(PosTagger.Alternative(far, 1));          // same runner-up, other gap
        PosTagger.Alternative(close, 1).ShouldNotBe(PosTagger.Alternative([1f, 9.5f, 2f, 9f], 1)); // other runner-up
        PosTagger.Alternative([5f], 0).ShouldBe(PosTagger.NoAlternative);
    }

    [Fact]
    public void Words_the_tag_dictionary_settles_have_no_runner_up_and_the_tags_do_not_change()
    {
        string[] forms = ["The", "patrol", "said", "that", "smugglers", "crossed", "the", "qzxvian", "river", "."];
        var tagger = fixture.Models.Tagger;
        var words = new WordForms(forms);
        var classes = tagger.AmbiguityClasses(forms);
        var alternatives = new ulong[forms.Length];
        tagger.Tag(forms, words, classes, alternatives).ShouldBe(tagger.Tag(forms, words, classes));
        alternatives[0].ShouldBe(PosTagger.NoAlternative);                 // "The": one tag in training
        alternatives[7].ShouldNotBe(PosTagger.NoAlternative);              // an unknown word is always scored
        Should.Throw<ArgumentException>(() => tagger.Tag(forms, words, classes, new ulong[2])).Message.ShouldContain("2 alternative slots for 10 words");
    }

    [Fact]
    public void A_parser_trained_with_runner_up_tags_reads_back_as_one_and_parses_the_same()
    {
        var sentences = ConlluReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "ud", "en_pud-ud-test.conllu")).Take(120).ToList();
        var directory = Path.Combine(Path.GetTempPath(), "bw-alternatives-" + Guid.NewGuid().ToString("N"));
        try
        {
            var tagger = TaggerTrainer.Train(sentences, 2, 7, _ => { });
            var predicted = LanguageTrainer.JackknifeTags(sentences, new TrainingSettings(JackknifeFolds: 2, JackknifeTaggerEpochs: 1), _ => { });
            predicted.ShouldContain(p => p.Alternatives.Any(a => a != PosTagger.NoAlternative));
            var models = new LanguageModels(tagger, LemmatizerTrainer.Train(sentences, _ => { }),
                ParserTrainer.Train(sentences, 2, 7, _ => { }, predictedTags: predicted, tagger: tagger, tagAlternatives: true));
            models.Parser.ReadsTagAlternatives.ShouldBeTrue();
            models.Save(directory);
            var reloaded = LanguageModels.Load(directory);
            reloaded.Parser.ReadsTagAlternatives.ShouldBeTrue();
            TreebankEvaluation.Score(reloaded, sentences).ShouldBe(TreebankEvaluation.Score(models, sentences));

            var text = "Guards said the convoy crossed the bridge at dawn.";
            var parse = new TreebankSentenceParser(reloaded).Parse(text, 0, text.Length);
            parse.Tokens.Count.ShouldBe(10);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_parser_trained_on_lemmas_reads_back_as_one_and_reads_an_inflected_form_as_its_lemma()
    {
        var sentences = ConlluReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "ud", "en_pud-ud-test.conllu")).Take(120).ToList();
        var directory = Path.Combine(Path.GetTempPath(), "bw-lemmas-" + Guid.NewGuid().ToString("N"));
        try
        {
            var tagger = TaggerTrainer.Train(sentences, 2, 7, _ => { });
            var lemmatizer = LemmatizerTrainer.Train(sentences, _ => { });
            var models = new LanguageModels(tagger, lemmatizer, ParserTrainer.Train(sentences, 2, 7, _ => { }, tagger: tagger, lemmatizer: lemmatizer));
            models.Parser.ReadsLemmas.ShouldBeTrue();
            models.Parser.ReadsTagAlternatives.ShouldBeFalse();
            models.Save(directory);
            var reloaded = LanguageModels.Load(directory);
            reloaded.Parser.ReadsLemmas.ShouldBeTrue();
            TreebankEvaluation.Score(reloaded, sentences).ShouldBe(TreebankEvaluation.Score(models, sentences));

            string[] forms = ["Guards", "crossed"];
            var lemmas = reloaded.Parser.LemmasFor(fixture.Models.Lemmatizer, forms, ["NNS", "VBD"]).ShouldNotBeNull();
            lemmas.ShouldBe(["guard", "cross"]);
            var input = DependencyParser.InputFor(new WordForms(forms), ["NOUN", "VERB"], ["NNS", "VBD"], null, null, lemmas);
            input.Words[..2].ShouldBe(new WordForms(["guard", "cross"]).Lower);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_committed_parser_reads_word_forms_and_no_runner_up_tags()
    {
        fixture.Models.Parser.ReadsTagAlternatives.ShouldBeFalse();
        fixture.Models.Parser.ReadsLemmas.ShouldBeFalse();
        fixture.Models.Parser.LemmasFor(fixture.Models.Lemmatizer, ["Guards"], ["NNS"]).ShouldBeNull();
    }
}
