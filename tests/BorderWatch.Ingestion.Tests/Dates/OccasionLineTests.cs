using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date33: a page that opens with a line naming its own occasion and its day ("Seminar held on Tuesday, 24 November
/// 2026, at the Institute of Geography, Khujand") is of that day: its summary's "this year", "in the spring" and bare
/// months are read against it, not against a year its title looks ahead to. Texts of their own, in no corpus.
/// </summary>
public sealed class OccasionLineTests
{
    private static readonly PartialDate Received = PartialDate.OfDay(2026, 12, 9);

    // (mend33b: a page of our own shape, hearing notes on pasture rights, in place of the seminar summary the first
    // version of this test retold.)
    private const string Page =
        "Notes from the public hearing \"Grazing on the Alay frontier: what next for 2027\"\n\n{0} The notes were taken by council staff.\n\n" +
        "Two herders' representatives told the hearing that rangers had shut the upper Alay track to flocks in October.\n\n" +
        "Several speakers complained that grazing fees across the line had become harder to pay this year.\n\n" +
        "The council will hold a second hearing with both forestry agencies in March to settle the remaining leases.";

    private static (IReadOnlyList<Sentence> Sentences, DateContext Context) Read(string opening, PartialDate received)
    {
        var text = string.Format(Page, opening);
        var sentences = TextSegmenter.Sentences(text);
        return (sentences, DateRules.Default.Resolver.ContextFor(text, sentences, PartialDate.Unknown, received));
    }

    [Theory]
    [InlineData("Seminar held on Tuesday, 24 November 2026, at the Institute of Geography, Khujand.", 2026, 11, 24)]
    [InlineData("Round table of 24 November 2026, Osh State University.", 2026, 11, 24)]
    [InlineData("Weekly press briefing of Thursday 3 December, Batken.", 2026, 12, 3)]
    [InlineData("Minutes of the session of 1 December.", 2026, 12, 1)]
    [InlineData("Public hearing held on Friday, December 4, 10:30, in the Council Hall.", 2026, 12, 4)]
    // 24 November fell on a Friday in 2023: the weekday sends the page back.
    [InlineData("Workshop held on Friday 24 November at the Institute of Geography.", 2023, 11, 24)]
    public void A_line_naming_the_pages_occasion_gives_it_its_day(string opening, int y, int m, int d)
    {
        var (_, context) = Read(opening, Received);
        context.Reference.ShouldBe(PartialDate.OfDay(y, m, d));
        context.Note.ShouldNotBeNull().ShouldStartWith("the page's own occasion");
    }

    [Fact]
    public void The_summarys_months_and_this_year_are_read_against_the_occasions_day()
    {
        var (sentences, context) = Read("Seminar held on Tuesday, 24 November 2026, at the Institute of Geography, Khujand.", Received);
        DateTexts.At(sentences, context, "had shut the upper Alay track to flocks in October").Date.ShouldBe(PartialDate.OfMonth(2026, 10));
        DateTexts.SentenceAt(sentences, context, "will hold a second hearing").Date.ShouldBe(PartialDate.OfMonth(2027, 3));
    }

    [Theory]
    // Sentences with a verb of their own: a report of an occasion, not the page's header.
    [InlineData("Police raided a meeting on Tuesday, 24 November 2026, in Isfara.")]
    [InlineData("A seminar on Tuesday, 24 November 2026 ended in a shouting match.")]
    [InlineData("The seminar was held on Tuesday, 24 November 2026, at the Institute.")]
    // No occasion named: a plain dated line is the date-line rules' business, not this one's.
    [InlineData("Almaty residents on Tuesday 24 November complained about queues.")]
    // A day after the received day is a day looked ahead to.
    [InlineData("Seminar held on Tuesday, 15 December 2026, at the Institute of Geography.")]
    // The occasion inside a sentence about the people at it.
    [InlineData("Our reporters at the briefing of Thursday 3 December heard nothing new.")]
    public void Other_lines_do_not_give_the_page_its_day(string opening)
    {
        var (_, context) = Read(opening, Received);
        (context.Note ?? "").ShouldNotStartWith("the page's own occasion");
    }

    [Fact]
    public void Without_a_received_day_a_yearless_occasion_gives_no_day() =>
        new OccasionLine(DateLexicon.Default).Find(TextSegmenter.Sentences("Minutes of the session of 1 December.\n\nThe deputies spoke."), PartialDate.Unknown).ShouldBeNull();

    [Fact]
    public void The_rule_reads_its_occasions_from_the_lexicon()
    {
        var sentences = TextSegmenter.Sentences("Seminar held on Tuesday, 24 November 2026, at the Institute.\n\nThe speakers spoke.");
        new OccasionLine(DateLexicon.Default).Find(sentences, Received).ShouldNotBeNull();
        var words = DateLexicon.Default with { OccasionNouns = DateLexicon.Default.OccasionNouns.Where(w => w != "seminar").ToList() };
        new OccasionLine(words).Find(sentences, Received).ShouldBeNull();
    }
}
