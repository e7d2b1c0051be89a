using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The parser's optional WordNet classes (<c>train-language --parser-word-classes yes</c>): a noun's or verb's
/// supersense by lemma and tag, so a rare word shares features with the common words of its class. Sentences written
/// for these tests, in no corpus.
/// </summary>
public class ParserWordClassTests
{
    [Fact]
    public void Nouns_of_one_supersense_share_a_class_and_tags_keep_nouns_verbs_and_the_rest_apart()
    {
        string[] lemmas = ["howitzer", "rifle", "sergeant", "fire", "fire", "quickly", "zzqvian", "zzqvian"];
        string[] upos = ["NOUN", "NOUN", "NOUN", "NOUN", "VERB", "ADV", "NOUN", "VERB"];
        var c = ParserWordClasses.Of(TypeWords.Default, lemmas, upos);

        c[0].ShouldBe(c[1]);         // both artifacts
        c[0].ShouldNotBe(c[2]);      // a person
        c[3].ShouldNotBe(c[4]);      // the noun and the verb of one lemma
        c[6].ShouldNotBe(c[7]);      // unknown noun and unknown verb
        c[6].ShouldNotBe(c[0]);
        c[5].ShouldNotBe(c[0]);
        ParserWordClasses.Of(TypeWords.Default, ["Rifle"], ["NOUN"])[0].ShouldBe(c[1]); // lemmas are lower-cased
        Should.Throw<ArgumentException>(() => ParserWordClasses.Of(TypeWords.Default, ["a"], ["DET", "NOUN"]))
            .Message.ShouldContain("1 lemmas for 2 tags");
    }

    [Fact]
    public void A_model_trained_with_word_classes_says_so_in_its_file_and_parses_the_same_after_reading_it()
    {
        var parser = ParserTrainer.Train(Trees, epochs: 4, seed: 7, _ => { }, pruneBelow: 0f, wordClassLemmatizer: Lemmas(), words: TypeWords.Default);
        parser.ReadsWordClasses.ShouldBeTrue();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) parser.Write(w);
        stream.Position = 0;
        var read = DependencyParser.Read(new BinaryReader(stream)).WithWords(TypeWords.Default);

        read.ReadsWordClasses.ShouldBeTrue();
        read.WithBeamWidth(2).ReadsWordClasses.ShouldBeTrue();
        read.WithModel(read.Model.Pruned(0.5f)).ReadsWordClasses.ShouldBeTrue();
        foreach (var s in Trees)
        {
            var forms = s.Words.Select(w => w.Form).ToArray();
            var upos = s.Words.Select(w => w.Upos).ToArray();
            var input = DependencyParser.InputFor(new WordForms(forms), upos, s.Words.Select(w => w.Xpos).ToArray(), null,
                read.WordClassesFor(s.Words.Select(w => w.Lemma).ToArray(), upos));
            input.WordClasses.ShouldNotBeNull();
            var (heads, labels) = read.Parse(input);
            heads.ShouldBe(s.Words.Select(w => w.Head).ToArray(), s.Text);
            labels.Select(read.Label).ShouldBe(s.Words.Select(w => w.Relation), s.Text);
        }
    }

    [Fact]
    public void A_model_without_word_classes_is_given_none_and_reads_as_before()
    {
        var parser = ParserTrainer.Train(Trees, epochs: 2, seed: 7, _ => { }, pruneBelow: 0f);
        parser.ReadsWordClasses.ShouldBeFalse();
        parser.WordClassesFor(["guard"], ["NOUN"]).ShouldBeNull();
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) parser.Write(w);
        stream.Position = 0;
        DependencyParser.Read(new BinaryReader(stream)).ReadsWordClasses.ShouldBeFalse();
        Should.Throw<ArgumentException>(() => DependencyParser.InputFor(new WordForms(["Guards", "fired"]), ["NOUN", "VERB"], ["NNS", "VBD"], null, [1UL]))
            .Message.ShouldContain("1 word classes for 2 words");
    }

    private static Lemmatizer Lemmas() => LemmatizerTrainer.Train(Trees, _ => { });

    private static readonly TreebankSentence[] Trees =
    [
        Sentence(("Sentries", "sentry", "NOUN", "NNS", 1, "nsubj"), ("guarded", "guard", "VERB", "VBD", -1, "root"),
            ("the", "the", "DET", "DT", 3, "det"), ("howitzer", "howitzer", "NOUN", "NN", 1, "obj"), (".", ".", "PUNCT", ".", 1, "punct")),
        Sentence(("Smugglers", "smuggler", "NOUN", "NNS", 1, "nsubj"), ("hid", "hide", "VERB", "VBD", -1, "root"),
            ("rifles", "rifle", "NOUN", "NNS", 1, "obj"), ("in", "in", "ADP", "IN", 5, "case"), ("the", "the", "DET", "DT", 5, "det"),
            ("reeds", "reed", "NOUN", "NNS", 1, "obl"), (".", ".", "PUNCT", ".", 1, "punct")),
    ];

    private static TreebankSentence Sentence(params (string Form, string Lemma, string Upos, string Xpos, int Head, string Relation)[] words) =>
        new("hand-made", string.Join(' ', words.Select(w => w.Form)),
            words.Select(w => new TreebankWord(w.Form, w.Lemma, w.Upos, w.Xpos, w.Head, w.Relation, true)).ToList());
}
