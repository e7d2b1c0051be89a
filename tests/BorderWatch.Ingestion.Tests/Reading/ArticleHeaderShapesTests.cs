using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// Header shapes of news pages: a byline and date in a label/value table, an author name that is a link, a print link
/// and a category label in the date line, counters under the headline. Pages written for these tests only.
/// </summary>
public class ArticleHeaderShapesTests
{
    private static string Body(string html) =>
        DocumentReader.Default.Read("p.html", Encoding.UTF8.GetBytes(html)).Single().BodyText;

    private static string MainText(string html) => ArticleCleaner.Clean(Body(html));

    private const string Story =
        "<div class='story'><p>A herd of forty sheep strayed across the line near the lake and was driven back by shepherds at noon.</p>" +
        "<p>Both posts logged the crossing and no one was detained, the district office said in the evening.</p></div>";

    [Fact]
    public void A_label_value_table_under_the_headline_is_one_line_per_pair_and_the_lead_after_it_is_kept()
    {
        var html = "<html><body><table><tr><td class='left'><a href='/'>Home</a></td><td class='mid'>" +
                   "<h1>Sheep stray across the lake border</h1>" +
                   "<table class='meta'><tr><td>Writer:</td><td>Saule Omarova</td><td>Posted:</td><td>03.02.2027 09:15</td></tr>" +
                   "<tr><td>Views:</td><td>8 415</td><td>Hits:</td><td>12</td></tr></table>" +
                   "<p class='lead'><b>Shepherds on both shores brought the herd home without any trouble.</b></p>" +
                   Story + "</td></tr></table></body></html>";
        var lines = MainText(html).Split("\n\n");
        lines[..4].ShouldBe([
            "Sheep stray across the lake border", "Writer: Saule Omarova", "Posted: 03.02.2027 09:15",
            "Shepherds on both shores brought the herd home without any trouble.",
        ]);
        lines.ShouldNotContain(l => l.StartsWith("Views") || l.StartsWith("Hits"));
    }

    [Fact]
    public void A_table_row_of_cells_without_labels_is_one_line()
    {
        var html = "<html><body><div><h1>Sheep stray across the lake border</h1>" +
                   "<table><tr><td>Saule Omarova</td><td>03.02.2027</td></tr></table>" + Story + "</div></body></html>";
        Body(html).Split("\n\n")[1].ShouldBe("Saule Omarova 03.02.2027");
    }

    [Fact]
    public void An_author_name_that_is_a_link_is_the_byline_other_header_links_are_not()
    {
        var html = "<html><body><article><h1>Sheep stray across the lake border</h1>" +
                   "<div class='who'><p><a href='/people/s-omarova' data-testid='writerName' rel='author'>Saule Omarova</a></p>" +
                   "<p><a href='/collections/steppe'>Steppe Stories</a></p><span>Feb 3, 2027</span></div>" + Story + "</article></body></html>";
        var body = Body(html);
        body.ShouldContain("Saule Omarova");
        body.ShouldNotContain("Steppe Stories");
        body.ShouldContain("Feb 3, 2027");
    }

    [Fact]
    public void An_author_link_marked_only_by_a_camel_case_test_id_is_the_byline()
    {
        var html = "<html><body><article><h1>Sheep stray across the lake border</h1>" +
                   "<p><a href='/@omarova' data-testid='authorName'>Saule Omarova</a></p>" + Story + "</article></body></html>";
        Body(html).ShouldContain("Saule Omarova");
    }

    [Fact]
    public void A_print_link_and_a_category_label_in_the_date_line_are_not_main_text()
    {
        var html = "<html><body><article><h1>Sheep stray across the lake border</h1>" +
                   "<div class='info'><span class='date'>03.02.2027</span> <span class='item-category'>Section: Lakes</span> " +
                   "<a class='print' href='?print=1'>Printable page</a></div>" + Story + "</article></body></html>";
        var body = Body(html);
        body.ShouldContain("03.02.2027");
        body.ShouldNotContain("Lakes");
        body.ShouldNotContain("Printable");
    }

    [Fact]
    public void A_section_label_above_the_headline_is_not_main_text_a_date_above_it_is()
    {
        var html = "<html><body><article><div class='top'><a href='/lakes'>Lakes</a> <span class='flag'>Members only</span></div>" +
                   "<div class='stamp'>03.02.2027</div><h1>Sheep stray across the lake border</h1>" + Story + "</article></body></html>";
        var body = Body(html);
        body.ShouldNotContain("Lakes");
        body.ShouldNotContain("Members only");
        body.ShouldStartWith("03.02.2027\n\nSheep stray");
    }

    [Fact]
    public void A_header_that_holds_the_byline_does_not_keep_its_other_links()
    {
        var html = "<html><body><article><header><span class='topic'><a href='/lakes'>Lakes</a></span><h1>Sheep stray across the lake border</h1>" +
                   "<div class='byline'>by <a href='/people/so' rel='author'>Saule Omarova</a></div></header>" + Story + "</article></body></html>";
        var body = Body(html);
        body.ShouldNotContain("Lakes");
        body.ShouldContain("by Saule Omarova");
    }

    [Theory]
    [InlineData("1.2K")]
    [InlineData("15k")]
    [InlineData("Views: 3 410")]
    [InlineData("просмотров: 220")]
    [InlineData("Published in")]
    [InlineData("3 min read")]
    [InlineData("7 мин. чтения")]
    public void Counters_and_publication_labels_are_chrome_lines(string line) => ArticleCleaner.IsChrome(line).ShouldBeTrue();

    [Theory]
    [InlineData("Views differ on who owns the 12 km stretch by the lake.")]
    [InlineData("12 km")]
    [InlineData("The talks took 40 minutes, reading the statement took two.")]
    [InlineData("Published in March, the report counted 40 crossings.")]
    public void Sentences_and_distances_are_not_counters(string line) => ArticleCleaner.IsChrome(line).ShouldBeFalse();
}
