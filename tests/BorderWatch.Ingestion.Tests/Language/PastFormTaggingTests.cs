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
        var forms = LanguageModels.ReadPastForms();
        forms.ShouldContain("dug");
        forms.ShouldContain("fled");
        forms.ShouldNotContain("dig");
        forms.ShouldNotContain("digging");
        forms.ShouldNotContain("does");
    }
}

/// <summary>
/// model35: the past-form list forces a verb only where the clause needs one (after a subject or an auxiliary); after a
/// determiner, a possessive or a number a past form (listed or a regular -ed word the treebank never saw) is no finite
/// verb, and at the start of a sentence the tagger keeps its own reading. Sentences of our own.
/// </summary>
public class PastFormContextTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    private ParsedSentence Parse(string text) => fixture.Parser.Parse(text, 0, text.Length);

    [Theory]
    [InlineData("A medic dressed a wound on the sergeant's leg near the post.", "wound")]
    [InlineData("He had a deep wound in his shoulder after the fall.", "wound")]
    public void A_listed_form_after_a_determiner_is_a_noun(string text, string word) =>
        NewsSentenceParseTests.Word(Parse(text), word).Upos.ShouldBe(Upos.NOUN, text);

    [Theory]
    [InlineData("The swollen stream flooded the road to the Kyrgyz post.", "swollen", "stream")]
    [InlineData("Three armoured lorries waited at the Uzbek gate on Monday.", "armoured", "lorries")]
    [InlineData("Allied troops entered the valley from the north.", "Allied", "troops")]
    public void A_past_form_before_its_noun_modifies_it(string text, string word, string noun)
    {
        var s = Parse(text);
        NewsSentenceParseTests.Word(s, word).Xpos.ShouldNotBe("VBD", text);
        NewsSentenceParseTests.ShouldAttach(s, word, "amod", noun);
    }

    [Theory]
    [InlineData("The sentry spat on the ground and walked off.", "spat")]
    [InlineData("Kyrgyz herders who fled the storm came back on Friday.", "fled")]
    public void After_a_subject_the_listed_form_is_still_the_verb(string text, string verb) =>
        NewsSentenceParseTests.Word(Parse(text), verb).Upos.ShouldBe(Upos.VERB, text);

    // A word WordNet knows only as a plural noun is no verb's -s form after a nationality (model33's gap).
    [Theory]
    [InlineData("Kyrgyz guards detained four Uzbek nationals near the canal on Tuesday.", "nationals", "detained")]
    [InlineData("Turkmen officers stopped sixty Iranian lorries at the Sarakhs gate.", "lorries", "stopped")]
    public void A_plural_noun_after_a_nationality_is_the_object(string text, string noun, string verb)
    {
        var s = Parse(text);
        NewsSentenceParseTests.Word(s, noun).Upos.ShouldBe(Upos.NOUN, text);
        NewsSentenceParseTests.ShouldAttach(s, noun, "obj", verb);
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
