using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>A parsed sentence keeps each head's dependents once found: they must be the tokens with that head, in
/// sentence order, for a copy with other tokens too, and the record's equality must not see them.</summary>
public class ParsedSentenceDependentsTests
{
    // "Shepherds counted the sheep twice ." with a made-up tree; the last token names a head outside the sentence
    private static ParsedToken[] Tokens(params int[] heads) =>
        new[] { "Shepherds", "counted", "the", "sheep", "twice", "." }
            .Select((form, i) => new ParsedToken(i, form, form.ToLowerInvariant(), Upos.X, "X", heads[i], "dep", i * 10, i * 10 + form.Length))
            .ToArray();

    [Fact]
    public void Dependents_are_the_tokens_with_that_head_in_sentence_order_for_every_head()
    {
        var tokens = Tokens(1, -1, 3, 1, 1, 9);
        var sentence = new ParsedSentence(tokens);
        foreach (var head in new[] { -2, -1, 0, 1, 2, 3, 4, 5, 6, 9 })
            for (var again = 0; again < 2; again++)
                sentence.Dependents(head).Select(t => t.Index).ShouldBe(tokens.Where(t => t.Head == head).Select(t => t.Index), $"head {head}");
        sentence.Dependents(1).Select(t => t.Form).ShouldBe(["Shepherds", "sheep", "twice"]);
    }

    [Fact]
    public void A_copy_with_other_tokens_finds_its_own_dependents_and_equality_ignores_what_was_kept()
    {
        var first = new ParsedSentence(Tokens(1, -1, 3, 1, 1, 1));
        first.Dependents(1).Count().ShouldBe(4);
        var copy = first with { Tokens = Tokens(-1, 0, 0, 2, 3, 0) };
        copy.Dependents(1).ShouldBeEmpty();
        copy.Dependents(0).Select(t => t.Index).ShouldBe([1, 2, 5]);
        first.Dependents(1).Count().ShouldBe(4);

        var same = new ParsedSentence(first.Tokens);
        same.ShouldBe(first);
        same.GetHashCode().ShouldBe(first.GetHashCode());
        first.ShouldNotBe(copy);
    }

    [Fact]
    public void Heads_climb_from_a_word_to_the_root_and_end_on_a_cycle_or_a_head_outside()
    {
        var tree = new ParsedSentence(Tokens(1, -1, 3, 1, 1, 9));
        tree.Heads(tree.Tokens[2]).Select(t => t.Index).ShouldBe([3, 1]);
        tree.Heads(tree.Tokens[1]).ShouldBeEmpty();
        tree.Heads(tree.Tokens[5]).ShouldBeEmpty(); // its head lies outside the sentence
        var cycle = new ParsedSentence(Tokens(1, 2, 0, -1, 3, 3));
        cycle.Heads(cycle.Tokens[0]).Count().ShouldBe(6); // as many steps as tokens, then it stops
    }
}
