using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// year32: a page with no date line whose time of writing is inferred from the dates it names is not written after the
/// day it came in. A year it names beyond that day (a title's "prospects for 2027", a plan "for 2027") is one it looks
/// ahead to, not its year; a bare day beside a full date of the received year ("Friday 4 December 2026" ... "on 1 December")
/// proves no later year. Past acts on such a page keep the received year; a plan told for the later year keeps it.
/// Texts of their own, in no corpus.
/// </summary>
public sealed class YearAheadTests
{
    private static readonly PartialDate Received = PartialDate.OfDay(2026, 12, 7);

    private static (IReadOnlyList<Sentence> Sentences, DateContext Context) Read(string text, PartialDate received)
    {
        var sentences = TextSegmenter.Sentences(text);
        return (sentences, DateRules.Default.Resolver.ContextFor(text, sentences, PartialDate.Unknown, received));
    }

    // A seminar report whose title names the coming year and whose date stands inside a sentence (no date line).
    private const string Seminar =
        "Seminar notes: \"Water and the frontier: prospects for 2027\"\n\n" +
        "The seminar took place on Tuesday, 24 November 2026, in the library of the Osh institute.\n\n" +
        "One speaker recalled that Kyrgyz and Uzbek officials had signed a canal protocol on 12 November. " +
        "Another said that rangers of both sides had walked the reservoir shore together in October.\n\n" +
        "The organisers intend to hold a second seminar in March.";

    // A governor's remarks whose only full date is the briefing's own, then days of that month without a year.
    private const string Remarks =
        "Remarks of the district governor at the weekly press conference, Thursday 3 December 2026\n\n" +
        "Good afternoon. On Monday I met the head of the neighbouring Tajik district at the bridge. " +
        "On the night of 30 November a patrol detained two men who had waded across the river. " +
        "Both sides intend to sign a grazing agreement in April 2027.";

    [Fact]
    public void A_title_naming_the_coming_year_is_not_the_pages_year()
    {
        var (sentences, context) = Read(Seminar, Received);
        context.Reference.Year.ShouldBe(2026);
        DateTexts.At(sentences, context, "signed a canal protocol on 12 November").Date.ShouldBe(PartialDate.OfDay(2026, 11, 12));
        DateTexts.SentenceAt(sentences, context, "walked the reservoir shore together in October").Date.ShouldBe(PartialDate.OfMonth(2026, 10));
    }

    [Fact]
    public void A_bare_day_beside_the_received_years_full_date_proves_no_later_year()
    {
        var (sentences, context) = Read(Remarks, Received);
        context.Reference.Year.ShouldBe(2026);
        DateTexts.At(sentences, context, "On the night of 30 November a patrol detained").Date.ShouldBe(PartialDate.OfDay(2026, 11, 30));
    }

    [Fact]
    public void A_plan_told_for_the_coming_year_keeps_that_year()
    {
        var (sentences, context) = Read(Remarks, Received);
        DateTexts.SentenceAt(sentences, context, "sign a grazing agreement in April 2027").Date.ShouldBe(PartialDate.OfMonth(2027, 4));
    }

    [Theory]
    // A title's year ahead as the only year named.
    [InlineData("Frontier review: priorities for 2027\n\nGuards seized forty kilograms of hashish near the Panj bridge on Wednesday.")]
    // A budget year ahead in the closing line.
    [InlineData("Border guards seized forty kilograms of hashish near the Panj bridge on Wednesday. The service expects more funding in its 2027 budget.")]
    public void A_year_ahead_of_the_received_day_gives_the_page_no_year(string text)
    {
        var (_, context) = Read(text, Received);
        context.Reference.Year.ShouldNotBe(2027);
    }

    [Theory]
    // Without a received day the old readings stand: the latest year named, and a bare day proving a later year.
    [InlineData("Frontier review: priorities for 2027\n\nGuards seized forty kilograms of hashish near the Panj bridge on Wednesday.", 2027)]
    [InlineData("Officials met on 3 March 2019 in Khujand. On 5 March guards crossed. On 1 March 2019 the talks had been announced.", 2020)]
    public void Without_a_received_day_nothing_changes(string text, int year)
    {
        var (_, context) = Read(text, PartialDate.Unknown);
        context.Reference.Year.ShouldBe(year);
    }

    [Fact]
    public void A_later_year_proved_by_a_bare_day_and_not_after_the_received_day_still_counts()
    {
        var (_, context) = Read("Officials met on 3 March 2019 in Khujand. On 5 March guards crossed. On 1 March 2019 the talks had been announced.", Received);
        context.Reference.Year.ShouldBe(2020);
    }

    [Fact]
    public void A_later_year_proved_by_the_text_and_not_after_the_received_day_still_counts()
    {
        // "last October" beside "October 2025": written in 2026, which is not after the received day.
        var (_, context) = Read("Talks began in October 2025 in Almaty. Guards say the fence built last October has held.", Received);
        context.Reference.Year.ShouldBe(2026);
    }
}
