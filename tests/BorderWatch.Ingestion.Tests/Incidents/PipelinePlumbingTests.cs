using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The speed-ups of the detector's plumbing give the answers of the plain versions they replaced: slices found by
/// binary search, phrase sets indexed by first word, date expressions kept per text. Texts written for these tests.
/// </summary>
public class PipelinePlumbingTests
{
    private const string Text =
        "Guards of the Kyrgyz border service said on Tuesday that smugglers crossed the Isfara river near Vorukh. " +
        "Two men, armed with 3 rifles, were detained by Tajik troops; the Foreign Ministry in Dushanbe denied it. " +
        "From 2019 to 2021 the post at Batken was closed, and in May 2022 it reopened.";

    [Fact]
    public void Slices_by_binary_search_equal_the_plain_filter_for_every_range()
    {
        var tokens = NameNormalizer.Tokenize(Text);
        var mentions = EntityRecognizer.Default.Recognize(Text);
        mentions.Count.ShouldBeGreaterThan(3);
        var cuts = tokens.SelectMany(t => new[] { t.Start, t.End, t.Start + 1 }).Append(0).Append(Text.Length).Distinct().ToList();
        foreach (var start in cuts)
            foreach (var end in cuts.Where(e => e >= start))
            {
                ClauseText.Slice(tokens, start, end).ShouldBe(tokens.Where(t => t.Start >= start && t.End <= end).ToList());
                ClauseText.MentionsIn(mentions, start, end).ShouldBe(mentions.Where(m => m.Start >= start && m.End <= end).ToList());
            }
    }

    [Fact]
    public void A_phrase_set_finds_prefixes_numbers_skips_and_proper_words_in_token_then_pattern_order()
    {
        var set = new PhraseSet(["smuggl*", "# rifles", "crossed ... river", "Foreign Ministry", "the", "denied it", "armed with"]);
        var tokens = NameNormalizer.Tokenize(Text);
        var found = set.Matches(tokens).Select(m => (tokens[m.First].Original, tokens[m.Last].Original, m.Pattern)).ToList();
        found.ShouldBe(
        [
            ("the", "the", "the"), ("smugglers", "smugglers", "smuggl*"), ("crossed", "river", "crossed ... river"),
            ("the", "the", "the"), ("armed", "with", "armed with"), ("3", "rifles", "# rifles"), ("the", "the", "the"),
            ("Foreign", "Ministry", "Foreign Ministry"), ("denied", "it", "denied it"), ("the", "the", "the"),
        ]);
    }

    [Fact]
    public void Date_expressions_asked_again_are_the_same_and_the_options_are_kept_apart()
    {
        const string sentence = "The post was closed from 2019 to 2021 and reopened in May 2022.";
        var first = DateRules.Default.Finder.Find(sentence);
        DateRules.Default.Finder.Find(new string(sentence.AsSpan())).ShouldBe(first);
        first.Select(e => e.Kind).ShouldBe([DateExpressionKind.Range, DateExpressionKind.MonthYear]);
        DateRules.Default.Finder.Find(sentence, new DateFinderOptions(RangeStartAsYear: true)).Select(e => e.Kind)
            .ShouldBe([DateExpressionKind.Year, DateExpressionKind.MonthYear]);
        DateRules.Default.Finder.Find(sentence).Select(e => e.Kind).ShouldBe([DateExpressionKind.Range, DateExpressionKind.MonthYear]);
    }
}
