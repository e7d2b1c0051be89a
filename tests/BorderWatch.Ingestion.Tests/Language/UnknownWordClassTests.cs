using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language.Tagging;
using BorderWatch.Ingestion.Language.Training;
using BorderWatch.Ingestion.Language.Treebank;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The tagger's optional WordNet classes for words it saw too rarely to have an ambiguity class
/// (<c>train-language --tagger-wordnet yes</c>). Words and sentences written for these tests, in no corpus.
/// </summary>
public class UnknownWordClassTests
{
    [Fact]
    public void Rare_words_are_told_apart_by_what_WordNet_lets_them_be()
    {
        ulong Of(string w) => UnknownWordClasses.Of(TypeWords.Default, w);

        Of("howitzers").ShouldBe(Of("carbines"));     // plural nouns
        Of("howitzers").ShouldNotBe(Of("howitzer"));  // plural against singular
        Of("outflanked").ShouldBe(Of("patrolled"));   // past forms of verbs only (a doubled consonant too)
        Of("outflanked").ShouldNotBe(Of("outflanking"));
        Of("zzqvian").ShouldBe(Of("qqxorian"));       // nothing WordNet knows
        Of("zzqvian").ShouldNotBe(Of("howitzer"));
    }

    [Fact]
    public void A_tagger_trained_with_them_gives_unknown_words_those_classes_and_says_so_in_its_file()
    {
        var tagger = TaggerTrainer.Train(Trees, 3, 7, _ => { }, null, unknownWordsFromWordNet: true, wordNet: TypeWords.Default);
        tagger.UnknownWordsFromWordNet.ShouldBeTrue();
        string[] forms = ["Sentries", "outflanked", "howitzers", "zzqvian"];
        var classes = tagger.AmbiguityClasses(forms);
        classes[1].ShouldBe(UnknownWordClasses.Of(TypeWords.Default, "outflanked"));
        classes[2].ShouldBe(UnknownWordClasses.Of(TypeWords.Default, "howitzers"));
        classes[1].ShouldNotBe(classes[3]);

        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) tagger.Write(w);
        stream.Position = 0;
        var read = PosTagger.Read(new BinaryReader(stream)).WithWords(TypeWords.Default);
        read.UnknownWordsFromWordNet.ShouldBeTrue();
        read.AmbiguityClasses(forms).ShouldBe(classes);
        read.Tag(forms, new WordForms(forms)).ShouldBe(tagger.Tag(forms, new WordForms(forms)));
    }

    [Fact]
    public void A_tagger_trained_without_them_keeps_one_unknown_class()
    {
        var tagger = TaggerTrainer.Train(Trees, 2, 7, _ => { });
        tagger.UnknownWordsFromWordNet.ShouldBeFalse();
        var classes = tagger.AmbiguityClasses(["outflanked", "howitzers"]);
        classes[0].ShouldBe(classes[1]);
    }

    private static readonly TreebankSentence[] Trees =
    [
        Sentence(("Sentries", "NOUN", "NNS"), ("guarded", "VERB", "VBD"), ("the", "DET", "DT"), ("howitzer", "NOUN", "NN"), (".", "PUNCT", ".")),
        Sentence(("Smugglers", "NOUN", "NNS"), ("hid", "VERB", "VBD"), ("rifles", "NOUN", "NNS"), ("in", "ADP", "IN"), ("reeds", "NOUN", "NNS"), (".", "PUNCT", ".")),
    ];

    private static TreebankSentence Sentence(params (string Form, string Upos, string Xpos)[] words) =>
        new("hand-made", string.Join(' ', words.Select(w => w.Form)),
            words.Select((w, i) => new TreebankWord(w.Form, w.Form.ToLowerInvariant(), w.Upos, w.Xpos, i == 1 ? -1 : 1, i == 1 ? "root" : "dep", true)).ToList());
}
