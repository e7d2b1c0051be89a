using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>dates45: the day a document is anchored on. A wire dateline closed by a colon ("KUNDUZ, Nov 14 (Agency): ...")
/// is a dateline; a year-less dateline takes the year nearest the received day, not a background year of the body ("has
/// seen unrest since 2027") nor a story number ("Story No. 2031/0412").</summary>
public sealed class DocumentAnchorTests
{
    private static DateContext ContextOf(string text, PartialDate received) =>
        DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), PartialDate.Unknown, received);

    // A wire story with a story number, a dateline closed by a colon and a background line with the only year of the text.
    private const string Wire =
        "STEPPE PRESS SERVICE\nStory No. 2031/0412 | Category: Border | English desk\n\n" +
        "Gunmen fired on a Kyrgyz patrol near Kyzyl-Bel\n\n" +
        "OSH, Mar 5 (SPS): Gunmen fired on a Kyrgyz border patrol near Kyzyl-Bel on Monday night, wounding one guard, the regional command said.\n\n" +
        "Kyzyl-Bel, a village of about 4,000 people, has seen quarrels over water between the two sides since 2027.";

    [Theory]
    [InlineData("KUNDUZ, Nov 14 (Pyanj Wire): Tajik guards turned back a boat.", "KUNDUZ, Nov 14 (Pyanj Wire):", "11-14")]
    [InlineData("NUKUS, 21 March 2029 (Aral Desk): Guards met at the post.", "NUKUS, 21 March 2029 (Aral Desk):", "2029-03-21")]
    public void A_dateline_closed_by_a_colon_after_its_agency_is_recognised(string paragraph, string dateline, string? date)
    {
        var found = LeadDatelines.Match(paragraph);
        found.ShouldNotBeNull();
        found.Text.ShouldBe(dateline);
        var stated = found.DateText is { } written ? LeadDatelines.DateIn(written, DateRules.Default.Finder) : null;
        if (date is null) stated.ShouldBeNull();
        else if (date.Length == 5) $"{stated!.Month:00}-{stated.Day:00}".ShouldBe(date);
        else $"{stated!.Year}-{stated.Month:00}-{stated.Day:00}".ShouldBe(date);
    }

    [Theory]
    [InlineData("UPDATE: Tajik guards turned back a boat.")]
    [InlineData("KUNDUZ: Tajik guards turned back a boat.")]
    [InlineData("Note (added later): the crossing is closed.")]
    [InlineData("QUESTION (Osh Radio): Uzbek media said guards fired on Sunday.")]
    [InlineData("TERMEZ (Amu Wire): A boat was stopped near the bridge.")]
    public void A_colon_without_an_agency_and_a_date_is_no_dateline(string paragraph) => LeadDatelines.Match(paragraph).ShouldBeNull();

    [Fact]
    public void A_colon_dateline_takes_the_received_year_not_the_background_year()
    {
        var context = ContextOf(Wire, PartialDate.OfDay(2031, 3, 7));
        context.Reference.ShouldBe(PartialDate.OfDay(2031, 3, 5));
        context.Note.ShouldNotBeNull().ShouldContain("dateline");
    }

    [Fact]
    public void A_colon_dateline_filed_late_in_the_year_before_the_received_day_takes_the_year_before()
    {
        var context = ContextOf(Wire.Replace("Mar 5", "Dec 30", StringComparison.Ordinal), PartialDate.OfDay(2032, 1, 2));
        context.Reference.ShouldBe(PartialDate.OfDay(2031, 12, 30));
    }

    [Fact]
    public void A_colon_dateline_with_its_year_keeps_it()
    {
        var context = ContextOf(Wire.Replace("Mar 5 (SPS)", "March 5, 2029 (SPS)", StringComparison.Ordinal), PartialDate.OfDay(2031, 3, 7));
        context.Reference.ShouldBe(PartialDate.OfDay(2029, 3, 5));
    }

    [Fact]
    public void The_events_of_a_colon_dateline_story_are_dated_against_it_not_the_background_year()
    {
        var input = new BorderWatch.Ingestion.Incidents.AnalysisInput(Wire, TextSegmenter.Sentences(Wire), PartialDate.Unknown)
            { Received = PartialDate.OfDay(2031, 3, 7) };
        var found = BorderWatch.Ingestion.Incidents.IncidentDetector.Default.Detect(input);
        found.ShouldNotBeEmpty();
        // 5 March 2031 is a Wednesday: "on Monday night" is 3 March.
        found[0].Date.ShouldBe(PartialDate.OfDay(2031, 3, 3));
        found.ShouldAllBe(i => i.Date.Year != 2027);
    }

    // An article page with no date line: the only years are background spans told with "since".
    private const string Undated =
        "Night patrols on the Sokh road\n\n" +
        "Kyrgyz guards have stepped up night patrols on the road to Sokh after two cars were shot at on Tuesday, the district office said.\n\n" +
        "The road has been a quarrel between the two sides since 2027, and the enclave's gate has stayed closed at night since March 2028.";

    [Fact]
    public void A_year_that_only_opens_a_span_since_is_no_anchor_of_an_undated_text()
    {
        var context = ContextOf(Undated, PartialDate.OfDay(2031, 3, 7));
        context.Reference.ShouldBe(PartialDate.Unknown);
    }

    [Fact]
    public void A_year_the_text_tells_an_event_in_still_anchors_an_undated_text()
    {
        var text = Undated + " A new gate was built in 2029.";
        ContextOf(text, PartialDate.OfDay(2031, 3, 7)).Reference.ShouldBe(PartialDate.OfYear(2029));
    }

    [Fact]
    public void A_full_date_since_which_something_holds_still_anchors_an_undated_text()
    {
        var text = Undated.Replace("since March 2028", "since 2 March 2029", StringComparison.Ordinal);
        ContextOf(text, PartialDate.OfDay(2031, 3, 7)).Reference.Year.ShouldBe(2029);
    }

    // An explainer page: its first-published line names the day by weekday, day and month, without the year.
    private const string Explainer =
        "What we know about the shooting at Kara-Bulak\n\n" +
        "First published Thursday 4 December, 09:15. By our Osh and Khujand desks.\n\n" +
        "Kyrgyz and Tajik guards exchanged fire near Kara-Bulak on Tuesday evening, both border services said.\n\n" +
        "The village has seen quarrels over a canal since 2027.";

    [Fact]
    public void A_first_published_line_with_a_weekday_gives_the_year_and_the_day()
    {
        var context = ContextOf(Explainer, PartialDate.OfDay(2031, 12, 7));
        context.Reference.ShouldBe(PartialDate.OfDay(2031, 12, 4));
    }

    [Theory]
    [InlineData("Updated: Monday 1 December, 18:30")]
    [InlineData("Posted on Monday 1 December")]
    public void A_labelled_weekday_line_gives_the_day(string line)
    {
        var text = Explainer.Replace("First published Thursday 4 December, 09:15. By our Osh and Khujand desks.", line, StringComparison.Ordinal);
        ContextOf(text, PartialDate.OfDay(2031, 12, 7)).Reference.ShouldBe(PartialDate.OfDay(2031, 12, 1));
    }

    [Fact]
    public void A_weekday_that_does_not_fall_on_that_day_in_reach_dates_nothing_from_the_line()
    {
        // 4 December is a Thursday in 2031, not a Wednesday: the line gives no day, and the background year is no anchor.
        var text = Explainer.Replace("Thursday 4 December", "Wednesday 4 December", StringComparison.Ordinal);
        ContextOf(text, PartialDate.OfDay(2031, 12, 7)).Reference.ShouldNotBe(PartialDate.OfDay(2031, 12, 4));
    }

    [Fact]
    public void The_events_of_a_first_published_page_are_dated_against_its_day()
    {
        var input = new BorderWatch.Ingestion.Incidents.AnalysisInput(Explainer, TextSegmenter.Sentences(Explainer), PartialDate.Unknown)
            { Received = PartialDate.OfDay(2031, 12, 7) };
        var found = BorderWatch.Ingestion.Incidents.IncidentDetector.Default.Detect(input);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.Date == PartialDate.OfDay(2031, 12, 2));
    }

    // A text with no date line whose only full date is labelled in a sentence of its own paragraph.
    private const string Release =
        "Results of the border service for November\n\n" +
        "Official release of the regional border department, reproduced in full by our desk. Published 2 December 2031.\n\n" +
        "On Monday the department's mobile groups detained four men who had crossed the river near Kara-Suu.";

    [Fact]
    public void A_published_label_in_a_sentence_gives_the_day_not_only_the_year()
    {
        var context = ContextOf(Release, PartialDate.OfDay(2031, 12, 7));
        context.Reference.ShouldBe(PartialDate.OfDay(2031, 12, 2));
    }

    [Fact]
    public void A_report_told_in_the_story_is_no_label_of_the_texts_own_date()
    {
        var text = Release.Replace("Official release of the regional border department, reproduced in full by our desk. Published 2 December 2031.",
            "A rights group reported on 2 December 2031 that the crossings had grown.", StringComparison.Ordinal);
        ContextOf(text, PartialDate.OfDay(2031, 12, 7)).Reference.ShouldBe(PartialDate.OfYear(2031));
    }
}
