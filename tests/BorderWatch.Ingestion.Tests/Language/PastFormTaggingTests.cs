using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// Irregular past forms the treebank never tagged (or too rarely to know: "dug", "fled", "strode", "slung") are
/// tagged as verbs (<c>Lexicon/past-forms.json</c>, WordNet's verb.exc), also after a nationality and a plural noun,
/// where the tagger alone read "dug" as an adjective or a preposition and the clause had no verb. Sentences of our own.
/// </summary>
public class PastFormTaggingTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    private ParsedSentence Parse(string text) => fixture.Parser.Parse(text, 0, text.Length);

    [Theory]
    [InlineData("Afghan militiamen dug shallow pits beside the river road last week.", "dug")]
    [InlineData("Kazakh herders fled the pasture when the storm came.", "fled")]
    [InlineData("Turkmen engineers dug a ditch along the fence near Serhetabat.", "dug")]
    [InlineData("Uzbek customs officers strode into the warehouse at dawn.", "strode")]
    [InlineData("Chinese workers had dug a drainage channel beside the new post.", "dug")]
    [InlineData("Two Kyrgyz shepherds slung their rifles and walked away.", "slung")]
    public void An_irregular_past_form_after_a_nationality_and_a_plural_is_the_verb(string text, string verb)
    {
        var s = Parse(text);
        var v = NewsSentenceParseTests.Word(s, verb);
        v.Upos.ShouldBe(Upos.VERB, $"'{verb}' in: {text}");
        v.Xpos.ShouldBeOneOf("VBD", "VBN");
    }

    [Theory]
    [InlineData("Afghan militiamen dug shallow pits beside the river road last week.", "dug", "militiamen")]
    [InlineData("Turkmen engineers had dug a ditch along the fence near Serhetabat.", "dug", "engineers")]
    [InlineData("Kazakh herders fled the pasture when the storm came.", "fled", "herders")]
    public void The_past_form_heads_its_subject(string text, string verb, string subject)
    {
        var s = Parse(text);
        NewsSentenceParseTests.ShouldAttach(s, subject, "nsubj", verb);
    }

    [Fact]
    public void A_word_the_treebank_knows_keeps_its_tagger_reading()
    {
        // "shot" had a class in training (a noun mostly): the list does not force it into a verb
        var s = Parse("The first shot of the season went wide.");
        NewsSentenceParseTests.Word(s, "shot").Upos.ShouldBe(Upos.NOUN);
    }

    [Fact]
    public void The_list_holds_past_forms_only()
    {
        var forms = LanguageModels.PastForms.Value;
        forms.ShouldContain("dug");
        forms.ShouldContain("fled");
        forms.ShouldNotContain("dig");
        forms.ShouldNotContain("digging");
        forms.ShouldNotContain("does");
    }
}

/// <summary>A relative clause between commas after a speaker is no content clause of the verb after it (own sentences).</summary>
public class RelativeClauseRepairTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    private ParsedSentence Parse(string text) => fixture.Parser.Parse(text, 0, text.Length);

    [Theory]
    [InlineData("A senior customs officer, who asked not to be identified, said Turkmen troops had moved two armoured vehicles to the road to Imamnazar.", "asked", "officer", "moved")]
    [InlineData("A retired colonel, who asked not to be quoted by name, said Afghan militiamen had dug pits near the river.", "asked", "colonel", "dug")]
    [InlineData("One shepherd, who refused to give his name, told us that Chinese patrols had crossed the pass twice.", "refused", "shepherd", "crossed")]
    public void The_relative_clause_describes_the_speaker(string text, string relative, string noun, string content)
    {
        var s = Parse(text);
        NewsSentenceParseTests.ShouldAttach(s, relative, "acl:relcl", noun);
        NewsSentenceParseTests.Word(s, content).Relation.ShouldBe("ccomp");
    }

    [Fact]
    public void A_question_clause_after_its_verb_stays_its_content()
    {
        var s = Parse("The inspectors asked who had fired first.");
        NewsSentenceParseTests.Word(s, "fired").Relation.ShouldNotBe("acl:relcl");
    }
}
