using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// tidy37: the words of <see cref="WritingDate"/> (the labels of a text's own date, the small words of a header line) and of
/// the date finder's count check (a number that counts, not a year) live in Lexicon/dates.json. One text for each list, so
/// a list missing or emptied there changes a reading here. Texts of our own, in no corpus.
/// </summary>
public class WritingAndCountWordsTests
{
    private static DateContext Context(string text) => DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), PartialDate.Unknown);

    [Fact]
    public void The_lists_are_the_ones_the_code_spelled_before()
    {
        var words = DateLexicon.Default;
        words.WritingLabels.ShouldBe(["published", "updated", "posted", "dated", "issued", "released"]);
        words.HeaderOnlyLabels.ShouldBe(["modified", "republished", "filed", "exported", "archived", "retrieved"]);
        words.HeaderLineWords.ShouldBe(["on", "at", "by", "date", "issue", "last", "of", "week", "ending", "ended"]);
        words.CountNouns.ShouldContain("tonnes");
        // (No sentence of ours turned on the count leads or the in-sentence labels alone: the lists are pinned here.)
        words.CountLeads.ShouldBe(["some", "about", "around", "nearly", "approximately", "almost", "than", "roughly", "estimated", "least",
            "up", "over", "under", "only", "another", "total", "$", "no.", "number"]);
    }

    [Theory]
    // countNouns: a number before a noun it counts.
    [InlineData("The convoy brought 2019 tonnes of flour to the post at Kulma.")]
    public void A_number_that_counts_is_no_year(string text)
    {
        DateRules.Default.Finder.Find(text).ShouldBeEmpty();
        // The same number is a year where nothing makes it a count.
        DateRules.Default.Finder.Find(text.Replace("2019 tonnes", "flour in 2019")).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_lower_case_label_of_a_header_line_dates_the_text()
    {
        // headerOnlyLabels: "retrieved" labels a date only on a header line.
        var context = Context("Valley channel digest - retrieved 9 April 2023, 14:05 UTC\n\nHerders from both banks met at the pump station on Monday.");
        context.Source.ShouldBe(PublishedDateSource.StatedInText);
        context.Reference.ShouldBe(PartialDate.OfDay(2023, 4, 9));
        context.Note!.ShouldContain("date line");
    }

    [Fact]
    public void The_small_words_of_a_header_line_leave_it_a_header_line()
    {
        // headerLineWords: "week ending" before the date on a line of its own.
        var context = Context("FRONTIER NOTES\nweek ending 15 June 2022\n\nTwo posts on the ridge were rebuilt on Friday.");
        context.Source.ShouldBe(PublishedDateSource.StatedInText);
        context.Reference.ShouldBe(PartialDate.OfDay(2022, 6, 15));
        context.Note!.ShouldContain("date line");
    }
}
