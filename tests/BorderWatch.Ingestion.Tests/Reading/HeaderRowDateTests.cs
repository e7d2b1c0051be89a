using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// date27: an e-mail newsletter saved as HTML dates itself on a header row of several fields ("View in browser |
/// Monday, 9 March 2026"); a date inside a sentence, a one-field line or a chronology table after the prose does not.
/// Pages of their own, in no corpus.
/// </summary>
public class HeaderRowDateTests
{
    private static PartialDate PublishedOf(string body) =>
        DocumentReader.Default.Read("letter.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>The Pamir Post #31</title></head><body>" + body + "</body></html>"))[0].Metadata.Published;

    private const string Prose =
        "<p>Good evening from Khorog. The road over the pass was closed again on Tuesday after a rock slide near the checkpoint.</p>" +
        "<p>Drivers waited in the village below for most of the day while the crews cleared the stones with two loaders.</p>";

    [Fact]
    public void A_newsletter_row_with_a_browser_link_and_a_weekday_date_dates_the_letter()
    {
        var published = PublishedOf(
            "<table role=\"presentation\"><tr><td><a href=\"https://x.example/view/31\">Read this e-mail online</a> | Monday, 9 March 2026</td></tr>" +
            "<tr><td><h1>The Pamir Post</h1>" + Prose + "</td></tr></table>");
        published.ShouldBe(PartialDate.OfDay(2026, 3, 9));
    }

    [Fact]
    public void A_row_of_issue_number_date_and_reading_time_dates_the_letter()
    {
        var published = PublishedOf("<div class=\"masthead\">Issue 47 &middot; 14 April 2025 &middot; 6 min read</div>" + Prose);
        published.ShouldBe(PartialDate.OfDay(2025, 4, 14));
    }

    [Fact]
    public void A_row_with_a_date_and_a_clock_dates_the_letter()
    {
        var published = PublishedOf("<table><tr><td>Weekly brief | July 3, 2024 08:30 GMT | Unsubscribe</td></tr><tr><td>" + Prose + "</td></tr></table>");
        published.ShouldBe(PartialDate.OfDay(2024, 7, 3));
    }

    [Fact]
    public void A_date_inside_a_sentence_of_a_row_does_not_date_the_letter()
    {
        var published = PublishedOf("<table><tr><td>Read online | Talks resumed on 2 June 2023 in Osh</td></tr><tr><td>" + Prose + "</td></tr></table>");
        published.IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void An_updated_field_does_not_date_the_letter()
    {
        var published = PublishedOf("<div>Read online | Updated 5 May 2022</div>" + Prose);
        published.IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void A_chronology_table_after_the_prose_does_not_date_the_page()
    {
        var published = PublishedOf(Prose +
            "<table><tr><td>12 March 2019 | Shots at the river post</td></tr><tr><td>4 May 2019 | Talks in Batken</td></tr></table>");
        published.IsKnown.ShouldBeFalse();
    }

    // date29: the prose starts at its first block of prose, whatever the tag: a bare div, a list item or a cell.
    private const string ProseInDivs =
        "<div>Snow closed the Anzob tunnel road twice this week, and the lorries queued for hours on both sides of the mountain.</div>" +
        "<div>Two villages above the river asked the district for a second grader before the next storm comes.</div>";

    [Theory]
    [InlineData("<div>{0}</div><table><tr><td>9 January 2028 | Road closed at the tunnel</td></tr><tr><td>16 January 2028 | Grader sent</td></tr></table>")]
    [InlineData("<ul><li>Snow closed the Anzob tunnel road twice this week, and the lorries queued for hours on both sides.</li></ul><div>Archive | 3 February 2027</div>")]
    [InlineData("<table><tr><td>Snow closed the Anzob tunnel road twice this week, and the lorries queued for hours.</td></tr><tr><td>Archive | 3 February 2027</td></tr></table>")]
    public void A_row_after_a_block_of_prose_of_any_tag_does_not_date_the_page(string layout)
    {
        var published = PublishedOf(string.Format(layout, ProseInDivs));
        published.IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void A_row_above_prose_in_bare_divs_still_dates_the_letter()
    {
        var published = PublishedOf("<div class=\"wrap\"><div>Read this e-mail online | Sunday, 7 May 2028</div>" + ProseInDivs + "</div>");
        published.ShouldBe(PartialDate.OfDay(2028, 5, 7));
    }

    [Fact]
    public void A_short_line_above_the_row_is_no_prose()
    {
        var published = PublishedOf("<div>The Anzob Letter.</div><div>Issue 12 &middot; 2 April 2029 &middot; 4 min read</div>" + ProseInDivs);
        published.ShouldBe(PartialDate.OfDay(2029, 4, 2));
    }

    [Theory]
    [InlineData("<div class=\"lede\">A frozen ford, two lost herds and a new gate at the pass. Plus: who pays for the road.</div>")]
    [InlineData("<div style=\"display: none\">A frozen ford, two lost herds and a new gate at the pass. Plus: who pays for the road.</div>")]
    [InlineData("<span hidden><div>A frozen ford, two lost herds and a new gate at the pass. Plus: who pays for the road.</div></span>")]
    public void A_hidden_preview_line_above_the_row_is_no_prose(string preview)
    {
        var published = DocumentReader.Default.Read("letter.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>The Alay Letter #8</title><style>.lede{display:none;max-height:0}</style></head><body>" +
            preview + Letter))[0].Metadata.Published;
        published.ShouldBe(PartialDate.OfDay(2028, 6, 6));
    }

    private const string Letter =
        "<table role=\"presentation\"><tr><td><a href=\"https://x.example/view/8\">Read this e-mail online</a> | Tuesday, 6 June 2028</td></tr>" +
        "<tr><td><h1>The Alay Letter</h1>" + Prose + "</td></tr></table></body></html>";

    [Fact]
    public void A_visible_preview_line_above_the_row_is_prose()
    {
        var published = DocumentReader.Default.Read("letter.html", Encoding.UTF8.GetBytes(
            "<!DOCTYPE html><html><head><title>The Alay Letter #8</title><style>.lede{color:#888}</style></head><body>" +
            "<div class=\"lede\">A frozen ford, two lost herds and a new gate at the pass. Plus: who pays for the road.</div>" + Letter))[0].Metadata.Published;
        published.IsKnown.ShouldBeFalse();
    }
}
