using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// model36 (review36 M1, M2): the tagger's past-form constraints read the next word. A listed past form after a noun that
/// may head a noun compound ("a gunshot wound", "The border spat") is no forced verb when nothing object-like follows and
/// the noun phrase is a preposition's object or the clause has a finite verb later; a past form after a determiner or a
/// number is no VBD only before a word that continues the noun phrase ("This prompted the", "Both escaped."). And a plural
/// noun the parser hung as a bare oblique before a verb with no subject is its subject (SubjectRepair). Own sentences.
/// </summary>
public class PastFormCompoundTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    private ParsedSentence Parse(string text) => fixture.Parser.Parse(text, 0, text.Length);

    [Theory]
    [InlineData("The shepherd died of a gunshot wound in the district hospital.", "wound")]
    [InlineData("A bullet wound to the shoulder kept the corporal in bed for a month.", "wound")]
    [InlineData("The water spat between the two villages worsened in June.", "spat")]
    public void A_past_form_heading_a_noun_compound_is_a_noun(string text, string word) =>
        NewsSentenceParseTests.Word(Parse(text), word).Upos.ShouldBe(Upos.NOUN, text);

    [Theory]
    [InlineData("The watchman spat into the dust and turned away.", "spat")]
    [InlineData("The smuggler fled into the reeds.", "fled")]
    [InlineData("Herders from the village fled the pasture at dawn.", "fled")]
    public void A_past_form_after_a_subject_stays_the_verb(string text, string word) =>
        NewsSentenceParseTests.Word(Parse(text), word).Upos.ShouldBe(Upos.VERB, text);

    [Theory]
    [InlineData("This prompted the governor to shut the market.", "prompted")]
    [InlineData("Both escaped.", "escaped")]
    [InlineData("Of the nine porters, four escaped and five were caught.", "escaped")]
    public void A_finite_verb_after_a_determiner_or_a_number_keeps_its_tense(string text, string word)
    {
        var v = NewsSentenceParseTests.Word(Parse(text), word);
        v.Xpos.ShouldBe("VBD", text);
    }

    [Fact]
    public void A_subject_hung_as_a_bare_oblique_after_a_conjunction_is_the_subject()
    {
        var s = Parse("The clinic staff met the farmers in the hall, and Kyrgyz soldiers later detained two Kazakh hunters near the lake.");
        NewsSentenceParseTests.ShouldAttach(s, "soldiers", "nsubj", "detained");
    }

    [Fact]
    public void A_bare_time_with_a_number_stays_an_oblique()
    {
        var s = Parse("Two days later guards detained the men.");
        NewsSentenceParseTests.Word(s, "days").Relation.ShouldNotBe("nsubj");
    }
}
