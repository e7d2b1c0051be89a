using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>A dateline without a year ("OSH, Mar 5 (Agency) -") takes its year from the header, a full date near that day or the received day, never from a year told in passing.</summary>
public sealed class DatelineYearTests
{
    // A story whose only explicit year is history: a clash "in June 2019".
    private const string Background =
        "OSH, Mar 5 (Steppe Wire) - Uzbek and Kyrgyz guards exchanged fire near the village of Chek on Wednesday, local officials said.\n\n" +
        "A quarrel over grazing near the same village in June 2019 ended with stones thrown at a post.";

    private static DateContext ContextOf(string text, PartialDate received) =>
        DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), PartialDate.Unknown, received);

    [Fact]
    public void A_year_told_in_passing_does_not_date_the_dateline_when_the_received_day_is_known()
    {
        var context = ContextOf(Background, PartialDate.OfDay(2031, 3, 6));
        context.Reference.ShouldBe(PartialDate.OfDay(2031, 3, 5));
        context.Source.ShouldBe(PublishedDateSource.InferredFromText);
    }

    [Fact]
    public void A_dateline_later_in_the_year_than_the_received_day_is_from_the_year_before()
    {
        // Received on 2 January: a "Dec 30" dateline was filed three days earlier, not eleven months later.
        var text = Background.Replace("Mar 5", "Dec 30", StringComparison.Ordinal);
        ContextOf(text, PartialDate.OfDay(2031, 1, 2)).Reference.ShouldBe(PartialDate.OfDay(2030, 12, 30));
    }

    [Fact]
    public void A_full_date_near_the_datelines_day_gives_the_year()
    {
        var text = Background + " The commission last met on 27 February 2029 in Andijan.";
        ContextOf(text, PartialDate.OfDay(2031, 3, 6)).Reference.ShouldBe(PartialDate.OfDay(2029, 3, 5));
    }

    [Fact]
    public void A_header_date_gives_the_year_before_anything_else()
    {
        var text = "Steppe Wire\n\n6 MAR 2030, 08:40\n\n" + Background;
        ContextOf(text, PartialDate.OfDay(2031, 3, 6)).Reference.ShouldBe(PartialDate.OfDay(2030, 3, 5));
    }

    [Fact]
    public void Without_a_received_day_the_texts_latest_year_is_the_last_resort()
    {
        ContextOf(Background, PartialDate.Unknown).Reference.ShouldBe(PartialDate.OfDay(2019, 3, 5));
    }

    [Fact]
    public void A_dateline_on_a_line_of_its_own_takes_the_received_year_not_a_background_year()
    {
        // The wire sets its dateline apart; the only year the text gives is a skirmish "in April 2021".
        var text = "PW-41 URGENT\n\nKUNDUZ, Nov. 14 (Pyanj Wire) -\n\nTajik guards turned back a boat near Imam Sahib on Friday, the district police said.\n\n" +
            "In April 2021 a boat was sunk at the same bend of the river.";
        var context = ContextOf(text, PartialDate.OfDay(2031, 11, 16));
        context.Reference.ShouldBe(PartialDate.OfDay(2031, 11, 14));
    }

    [Fact]
    public void The_event_is_dated_against_the_received_year()
    {
        var text = Background;
        var input = new BorderWatch.Ingestion.Incidents.AnalysisInput(text, TextSegmenter.Sentences(text), PartialDate.Unknown)
            { Received = PartialDate.OfDay(2031, 3, 6) };
        // 5 March 2031 is a Wednesday: the argument was that day.
        var found = BorderWatch.Ingestion.Incidents.IncidentDetector.Default.Detect(input);
        found.ShouldNotBeEmpty();
        found[0].Date.ShouldBe(PartialDate.OfDay(2031, 3, 5));
    }
}
