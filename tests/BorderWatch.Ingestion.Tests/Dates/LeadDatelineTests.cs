using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Tests.Incidents;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>The dateline that opens a wire story: it dates the article, never the first sentence's event.</summary>
public class LeadDatelineTests
{
    [Theory]
    [InlineData("TERMEZ, May 3, 2020 - Uzbek guards detained four men.", "TERMEZ, May 3, 2020 -", "2020-05-03")]
    [InlineData("KHOROG, Tajikistan, Aug. 9 (Reuters) - Tajik guards detained four men.", "KHOROG, Tajikistan, Aug. 9 (Reuters) -", "08-09")]
    [InlineData("MAZAR-I-SHARIF (AP) — A rocket hit the airport.", "MAZAR-I-SHARIF (AP) —", null)]
    [InlineData("ASHGABAT, 2 February 2018 — Turkmen troops left the post.", "ASHGABAT, 2 February 2018 —", "2018-02-02")]
    [InlineData("TASHKENT, June 30. /TASS/. Uzbek troops began drills.", "TASHKENT, June 30. /TASS/.", "06-30")]
    [InlineData("ALMATY/OSH, Apr 7 (Steppe Wire) - Guards of both states met at the post.", "ALMATY/OSH, Apr 7 (Steppe Wire) -", "04-07")]
    [InlineData("September 2, 2019 (Eurasianet) -- Kyrgyz guards fired warning shots.", "September 2, 2019 (Eurasianet) --", "2019-09-02")]
    public void A_dateline_is_recognised_with_its_date(string paragraph, string dateline, string? date)
    {
        var found = LeadDatelines.Match(paragraph);
        found.ShouldNotBeNull();
        found.Text.ShouldBe(dateline);
        var stated = DateOf(found);
        if (date is null) stated.ShouldBeNull();
        else if (date.Length == 5) $"{stated!.Month:00}-{stated.Day:00}".ShouldBe(date);
        else $"{stated!.Year}-{stated.Month:00}-{stated.Day:00}".ShouldBe(date);
    }

    [Theory]
    [InlineData("KUNDUZ, Afghanistan, Nov. 14 (Pyanj Wire) -", "11-14")]
    [InlineData("NUKUS, 21 March 2029 -", "2029-03-21")]
    public void A_dateline_on_a_line_of_its_own_is_recognised(string line, string date)
    {
        var found = LeadDatelines.Match(line);
        found.ShouldNotBeNull();
        found.Text.ShouldBe(line);
        var stated = DateOf(found);
        if (date.Length == 5) $"{stated!.Month:00}-{stated.Day:00}".ShouldBe(date);
        else $"{stated!.Year}-{stated.Month:00}-{stated.Day:00}".ShouldBe(date);
    }

    private static DateExpression? DateOf(LeadDateline found) =>
        found.DateText is { } written ? LeadDatelines.DateIn(written, DateRules.Default.Finder) : null;

    [Theory]
    [InlineData("KUNDUZ, Afghanistan -")]
    [InlineData("Guards stood at the gate -")]
    public void A_line_ending_in_a_dash_without_a_date_or_agency_is_no_dateline(string line) => LeadDatelines.Match(line).ShouldBeNull();

    [Fact]
    public void A_dateline_on_its_own_line_is_a_sentence_and_the_story_follows()
    {
        const string text = "PW-41 URGENT\n\nKUNDUZ, Nov. 14 (Pyanj Wire) -\n\nTajik guards turned back a boat on Friday. No one was hurt.";
        var sentences = TextSegmenter.Sentences(text);
        sentences.Select(s => s.Text).ShouldBe(["PW-41 URGENT", "KUNDUZ, Nov. 14 (Pyanj Wire) -", "Tajik guards turned back a boat on Friday.", "No one was hurt."]);
        sentences.Select(s => s.IsDateline).ShouldBe([false, true, false, false]);
    }

    [Theory]
    [InlineData("NATO - the alliance - held talks.")]
    [InlineData("On May 3, 2020, Uzbek guards detained four men.")]
    [InlineData("CSTO troops began drills near the border.")]
    [InlineData("The UN said on Monday that 40 people crossed.")]
    public void Ordinary_openings_are_no_datelines(string paragraph) => LeadDatelines.Match(paragraph).ShouldBeNull();

    [Fact]
    public void The_segmenter_makes_the_dateline_a_sentence_of_its_own()
    {
        const string text = "Frontier News\n\nTERMEZ, May 3, 2020 - Uzbek guards detained four men. They were released.";
        var sentences = TextSegmenter.Sentences(text);
        sentences.Select(s => s.Text).ShouldBe(["Frontier News", "TERMEZ, May 3, 2020 -", "Uzbek guards detained four men.", "They were released."]);
        sentences.Select(s => s.IsDateline).ShouldBe([false, true, false, false]);
        sentences[1].Paragraph.ShouldBe(sentences[2].Paragraph);
    }

    [Fact]
    public void The_dateline_is_the_reference_and_a_weekday_resolves_against_it()
    {
        // 3 May 2020 was a Sunday: "on Friday" is 1 May.
        var incident = Detect.One("TERMEZ, May 3, 2020 - Afghan smugglers tried to cross the Amu Darya on Friday, the border service said.");
        incident.Date.ShouldBe(PartialDate.OfDay(2020, 5, 1));
        incident.Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void The_excerpt_leaves_the_dateline_out()
    {
        const string text = "TERMEZ, May 3, 2020 - Afghan smugglers tried to cross the Amu Darya on Friday, the border service said.";
        var incident = Detect.One(text);
        text[incident.ExcerptStart..incident.ExcerptEnd].ShouldStartWith("Afghan smugglers");
    }

    [Fact]
    public void A_dateline_without_a_year_takes_the_header_year()
    {
        const string text = "Wire\n\n11 MAR 2019, 09:15\n\nKHOROG, March 11 (Reuters) - Tajik guards detained four men on Saturday, officials said.";
        var sentences = TextSegmenter.Sentences(text);
        var context = DateRules.Default.Resolver.ContextFor(text, sentences, PartialDate.Unknown);
        context.Reference.ShouldBe(PartialDate.OfDay(2019, 3, 11));
        context.Source.ShouldBe(PublishedDateSource.StatedInText);
        // 11 March 2019 was a Monday: Saturday is 9 March.
        Detect.One(text).Date.ShouldBe(PartialDate.OfDay(2019, 3, 9));
    }

    [Fact]
    public void An_undated_story_is_not_dated_by_a_dateline_without_a_date()
    {
        const string text = "BISHKEK (AP) — Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash, officials said.";
        Detect.One(text).Date.ShouldBe(PartialDate.Unknown);
    }
}
