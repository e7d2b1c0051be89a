using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Tests.Language;

public class LemmatizerAndTreebankTests
{
    [Theory]
    [InlineData("studies", "study", true, 3, "y")]
    [InlineData("was", "be", true, 3, "be")]
    [InlineData("The", "the", true, 0, "")]
    [InlineData("Kabul", "Kabul", false, 0, "")]
    [InlineData("n't", "not", true, 2, "ot")]
    [InlineData("Afghan", "afghan", true, 0, "")]
    public void A_lemma_rule_is_learnt_from_a_pair_and_reproduces_it(string form, string lemma, bool lower, int cut, string append)
    {
        var rule = LemmaRule.Learn(form, lemma);
        rule.ShouldBe(new LemmaRule(lower, cut, append));
        rule.Apply(form).ShouldBe(lemma);
        LemmaRule.Decode(rule.Encode()).ShouldBe(rule);
    }

    [Fact]
    public void Unseen_words_take_the_rule_of_their_longest_known_suffix()
    {
        var lemmatizer = new Lemmatizer(
            new Dictionary<string, string> { [Lemmatizer.ExceptionKey("went", "VBD")] = "go", [Lemmatizer.ExceptionKey("i", "PRP")] = "I" },
            new Dictionary<string, LemmaRule>
            {
                [Lemmatizer.SuffixKey("ed", "VBD")] = LemmaRule.Learn("walked", "walk"),
                [Lemmatizer.SuffixKey("ied", "VBD")] = LemmaRule.Learn("carried", "carry"),
            }, maxSuffix: 5);
        lemmatizer.Lemmatize("Went", "VBD").ShouldBe("go");
        lemmatizer.Lemmatize("i", "PRP").ShouldBe("I");
        lemmatizer.Lemmatize("patrolled", "VBD").ShouldBe("patroll");
        lemmatizer.Lemmatize("occupied", "VBD").ShouldBe("occupy");
        lemmatizer.Lemmatize("Khorog", "NNP").ShouldBe("Khorog");
        lemmatizer.Lemmatize("Outpost", "NN").ShouldBe("outpost");
    }

    [Fact]
    public void A_malformed_conllu_line_names_the_source_and_line()
    {
        string[] lines = ["# text = A b", "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_", "2\tb\tb\tNOUN\tNN\t_\tx\troot\t_\t_", ""];
        var e = Should.Throw<FormatException>(() => ConlluReader.Read(lines, "bad.conllu"));
        e.Message.ShouldContain("bad.conllu:3");
    }

    [Fact]
    public void Multiword_tokens_and_empty_nodes_are_left_out()
    {
        string[] lines =
        [
            "# sent_id = x-1", "# text = don't go",
            "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\tSpaceAfter=No",
            "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_",
            "2.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\t_",
            "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_", "",
        ];
        var s = ConlluReader.Read(lines, "t").ShouldHaveSingleItem();
        s.Id.ShouldBe("x-1");
        s.Words.Select(w => (w.Form, w.Head, w.Relation)).ShouldBe([("do", 2, "aux"), ("n't", 2, "advmod"), ("go", -1, "root")]);
        s.Words[0].SpaceAfter.ShouldBeFalse();
    }

    [Fact]
    public void Training_is_deterministic_and_the_saved_models_read_back_the_same()
    {
        var sentences = ConlluReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "ud", "en_pud-ud-test.conllu")).Take(150).ToList();
        var directory = Path.Combine(Path.GetTempPath(), "bw-language-" + Guid.NewGuid().ToString("N"));
        try
        {
            byte[] TrainAndSave(string name)
            {
                var tagger = TaggerTrainer.Train(sentences, 2, 7, _ => { });
                var models = new LanguageModels(tagger, LemmatizerTrainer.Train(sentences, _ => { }),
                    ParserTrainer.Train(sentences, 2, 7, _ => { }, tagger: tagger));
                var dir = Path.Combine(directory, name);
                models.Save(dir);
                var reloaded = LanguageModels.Load(dir);
                // (Load reads the tagger with the irregular past forms, model33: compared with the trained tagger reading them too.)
                var trained = models with { Tagger = tagger.WithPastForms(LanguageModels.ReadPastForms(), BorderWatch.Ingestion.Incidents.TypeModel.TypeWords.Default) };
                TreebankEvaluation.Score(reloaded, sentences).ShouldBe(TreebankEvaluation.Score(trained, sentences));
                return File.ReadAllBytes(Path.Combine(dir, LanguageModels.ParserFile))
                    .Concat(File.ReadAllBytes(Path.Combine(dir, LanguageModels.TaggerFile))).ToArray();
            }
            TrainAndSave("a").ShouldBe(TrainAndSave("b"));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_with_its_name()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bw-language-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            foreach (var f in new[] { LanguageModels.TaggerFile, LanguageModels.LemmatizerFile, LanguageModels.ParserFile })
                File.WriteAllText(Path.Combine(directory, f), "not gzip");
            var e = Should.Throw<InvalidDataException>(() => LanguageModels.Load(directory));
            e.Message.ShouldContain(LanguageModels.TaggerFile);
        }
        finally { Directory.Delete(directory, recursive: true); }
    }
}
