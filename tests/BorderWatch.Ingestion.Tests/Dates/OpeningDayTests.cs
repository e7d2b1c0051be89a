using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date32: a page with no date line that tells its own day in its opening paragraph, in the present, by weekday, day and
/// month ("is hearing the governor on Wednesday 2 December", "Talks open today, Monday 30 November") is of that day, the
/// weekday fixing the year up to the received day; its clock-headed entries and the past days they tell are read against
/// it, not against a year the page plans for. Texts of their own, in no corpus.
/// </summary>
public sealed class OpeningDayTests
{
    private static readonly PartialDate Received = PartialDate.OfDay(2026, 12, 9);

    private const string Page =
        "LIVE: Naryn council questions the border commander\n\n{0} Updates run oldest first.\n\n" +
        "14:05\n\nThe commander says a patrol near Kara-Suu detained three Chinese hunters on 26 November and handed them back two days later.\n\n" +
        "14:20\n\nA new observation mast on the Torugart road was raised in October, he says.\n\n" +
        "14:31\n\nA staff drill with Kazakh units is planned for April 2027, the commander adds.";

    private static (IReadOnlyList<Sentence> Sentences, DateContext Context) Read(string opening, PartialDate received)
    {
        var text = string.Format(Page, opening);
        var sentences = TextSegmenter.Sentences(text);
        return (sentences, DateRules.Default.Resolver.ContextFor(text, sentences, PartialDate.Unknown, received));
    }

    [Theory]
    [InlineData("The Naryn regional council is hearing the border commander on Wednesday 2 December, with questions from every faction.", 2026, 12, 2)]
    [InlineData("Deputies are questioning the commander in the council hall on Wednesday, December 2.", 2026, 12, 2)]
    [InlineData("The session opens today, Wednesday 2 December, at two in the afternoon.", 2026, 12, 2)]
    [InlineData("Our reporter is following the hearing this afternoon, Wednesday the 2nd of December, from the press gallery.", 2026, 12, 2)]
    // 2 December was a Friday in 2022: the weekday sends the page back.
    [InlineData("The council is sitting on Friday 2 December to hear the commander.", 2022, 12, 2)]
    public void An_opening_told_in_the_present_gives_the_page_its_day(string opening, int y, int m, int d)
    {
        var (_, context) = Read(opening, Received);
        context.Reference.ShouldBe(PartialDate.OfDay(y, m, d));
    }

    [Fact]
    public void The_entries_past_days_are_of_the_pages_year_not_the_year_it_plans_for()
    {
        var (sentences, context) = Read("The Naryn regional council is hearing the border commander on Wednesday 2 December.", Received);
        DateTexts.At(sentences, context, "detained three Chinese hunters on 26 November").Date.ShouldBe(PartialDate.OfDay(2026, 11, 26));
        DateTexts.SentenceAt(sentences, context, "was raised in October").Date.ShouldBe(PartialDate.OfMonth(2026, 10));
        DateTexts.SentenceAt(sentences, context, "is planned for April 2027").Date.ShouldBe(PartialDate.OfMonth(2027, 4));
    }

    [Theory]
    // A past act told after the present verb: the day is that act's.
    [InlineData("Guards are searching the riverbank for two men who crossed on Sunday 29 November.")]
    // A day the sentence looks ahead to.
    [InlineData("The council is preparing questions for the commander, who will answer them on Friday 11 December.")]
    // Told in the past: a report of a day, not the page's own day.
    [InlineData("The council heard the border commander on Wednesday 2 December.")]
    // A day and month without a weekday give no year.
    [InlineData("The council is hearing the border commander on 2 December.")]
    // A plan in the present progressive: Friday 11 December 2026 is still ahead of the received day (9 December), so the
    // weekday names that coming day, not a past year's (review32).
    [InlineData("Naryn and Osh delegations are meeting at the Kara-Suu post on Friday 11 December.")]
    [InlineData("Uzbek and Kyrgyz engineers are inspecting the Sokh dam on Monday, December 14, with the governors.")]
    // Another paragraph's "today": not right before the weekday.
    [InlineData("Today the council reviewed what happened on Sunday 29 November.")]
    public void Other_openings_do_not_give_the_page_its_day(string opening)
    {
        var (_, context) = Read(opening, Received);
        (context.Note ?? "").ShouldNotStartWith("the page's own day");
    }

    [Fact]
    public void Without_a_received_day_the_weekday_gives_no_year()
    {
        var (_, context) = Read("The Naryn regional council is hearing the border commander on Wednesday 2 December.", PartialDate.Unknown);
        (context.Note ?? "").ShouldNotStartWith("the page's own day");
    }

    [Fact]
    public void The_rule_reads_its_words_from_the_lexicon()
    {
        var words = DateLexicon.Default with { PresentAuxiliaries = [], NowWords = [] };
        var text = string.Format(Page, "The council is hearing the commander on Wednesday 2 December.");
        new OpeningDay(words).Find(TextSegmenter.Sentences(text), Received).ShouldBeNull();
        new OpeningDay(DateLexicon.Default).Find(TextSegmenter.Sentences(text), Received).ShouldNotBeNull();
    }
}
