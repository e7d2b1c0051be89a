using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>Key arcs of news-style sentences written for these tests (in no corpus), parsed from raw text.</summary>
public class NewsSentenceParseTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    private ParsedSentence Parse(string text) => fixture.Parser.Parse(text, 0, text.Length);

    internal static ParsedToken Word(ParsedSentence s, string form) => s.Tokens.Single(t => t.Form == form);

    internal static void ShouldAttach(ParsedSentence s, string dependent, string relation, string head)
    {
        var d = Word(s, dependent);
        d.Head.ShouldBeGreaterThanOrEqualTo(0, $"'{dependent}' is the root");
        (s.Tokens[d.Head].Form, d.Relation).ShouldBe((head, relation), $"arc of '{dependent}'");
    }

    [Fact]
    public void Subject_object_and_oblique_of_the_main_verb()
    {
        var s = Parse("Uzbek troops closed the crossing on Monday.");
        s.Root!.Form.ShouldBe("closed");
        ShouldAttach(s, "troops", "nsubj", "closed");
        ShouldAttach(s, "crossing", "obj", "closed");
        ShouldAttach(s, "Monday", "obl", "closed");
        ShouldAttach(s, "on", "case", "Monday");
        ShouldAttach(s, ".", "punct", "closed");
    }

    [Fact]
    public void Negation_attaches_to_its_verb()
    {
        var s = Parse("The guards did not open the gate.");
        s.Root!.Form.ShouldBe("open");
        ShouldAttach(s, "not", "advmod", "open");
        ShouldAttach(s, "did", "aux", "open");
        ShouldAttach(s, "gate", "obj", "open");
        Word(s, "not").Upos.ShouldBe(Upos.PART);
    }

    [Fact]
    public void Tags_and_lemmas_of_a_news_sentence()
    {
        var s = Parse("Border guards were detaining smugglers who carried weapons.");
        (Word(s, "guards").Upos, Word(s, "guards").Lemma).ShouldBe((Upos.NOUN, "guard"));
        (Word(s, "were").Upos, Word(s, "were").Lemma).ShouldBe((Upos.AUX, "be"));
        (Word(s, "detaining").Xpos, Word(s, "detaining").Lemma).ShouldBe(("VBG", "detain"));
        (Word(s, "carried").Xpos, Word(s, "carried").Lemma).ShouldBe(("VBD", "carry"));
        ShouldAttach(s, "carried", "acl:relcl", "smugglers");
    }

    [Fact]
    public void Every_sentence_is_one_tree_with_offsets_into_the_text()
    {
        const string text = "Intro. Tajikistan's foreign ministry didn't comment on Friday's clash, officials said.";
        var start = text.IndexOf("Tajikistan", StringComparison.Ordinal);
        var s = fixture.Parser.Parse(text, start, text.Length);
        s.Tokens.Count(t => t.IsRoot).ShouldBe(1);
        foreach (var t in s.Tokens)
        {
            text[t.Start..t.End].ShouldBe(t.Form);
            if (t.IsRoot) continue;
            // following heads from any word reaches the root without a cycle
            var seen = new HashSet<int>();
            for (var k = t.Index; k >= 0; k = s.Tokens[k].Head) seen.Add(k).ShouldBeTrue();
        }
        Word(s, "n't").Lemma.ShouldBe("not");
    }

    [Fact]
    public void An_empty_span_parses_to_no_tokens()
    {
        fixture.Parser.Parse("   ", 0, 3).Tokens.ShouldBeEmpty();
    }
}
