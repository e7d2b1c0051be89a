using BorderWatch.Ingestion.Language.Parsing;
using BorderWatch.Ingestion.Language.Tagging;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>The parser's input carries the tagger's ambiguity class of each word (a hedge against tagging errors).</summary>
public class ParserInputTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    [Fact]
    public void Each_word_carries_its_ambiguity_class_and_the_root_one_of_its_own()
    {
        string[] forms = ["Smugglers", "said", "that", "the", "qzxvian", "ferry", "that", "left", "was", "late"];
        var classes = fixture.Models.Tagger.AmbiguityClasses(forms);
        var input = DependencyParser.InputFor(new WordForms(forms), Enumerable.Repeat("NOUN", forms.Length).ToArray(),
            Enumerable.Repeat("NN", forms.Length).ToArray(), classes);

        input.Classes.Length.ShouldBe(forms.Length + 1);
        input.Classes[..forms.Length].ShouldBe(classes);
        input.Classes[2].ShouldBe(input.Classes[6]);             // the same word, the same class whatever its tag
        input.Classes[2].ShouldNotBe(input.Classes[3]);          // 'that' (DET/PRON/SCONJ) is not 'the'
        input.Classes[4].ShouldNotBe(input.Classes[2]);          // a word never seen has the unknown class
        input.Classes[forms.Length].ShouldNotBe(input.Classes[4]);
        input.Classes.Distinct().Count().ShouldBeGreaterThan(5);
    }

    [Fact]
    public void Classes_for_another_number_of_words_are_refused_with_both_counts()
    {
        string[] forms = ["Guards", "fired"];
        var e = Should.Throw<ArgumentException>(() =>
            DependencyParser.InputFor(new WordForms(forms), ["NOUN", "VERB"], ["NNS", "VBD"], [1UL, 2UL, 3UL]));
        e.Message.ShouldContain("3 ambiguity classes for 2 words");
    }

    [Fact]
    public void The_tagger_given_the_classes_tags_as_it_does_alone()
    {
        string[] forms = ["Border", "guards", "detained", "two", "herders", "near", "the", "post", "."];
        var words = new WordForms(forms);
        var tagger = fixture.Models.Tagger;
        tagger.Tag(forms, words, tagger.AmbiguityClasses(forms)).ShouldBe(tagger.Tag(forms, words));
        Should.Throw<ArgumentException>(() => tagger.Tag(forms, words, [1UL])).Message.ShouldContain("1 ambiguity classes for 9 words");
    }
}
