using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>dates45: a magazine or journal page dated only by its Highwire "citation_publication_date" tag ("2031/04/01").</summary>
public class CitationDateTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string Page(string meta) => $"""
        <html><head><title>Life at the Kyzyl-Art outpost | Frontier Review, April 2031</title>{meta}</head>
        <body><article><p>Guards at the outpost patrol the pass twice a day in spring.</p>
        <p>In March the outpost received two new snow vehicles.</p></article></body></html>
        """;

    [Theory]
    [InlineData("<meta name=\"citation_publication_date\" content=\"2031/04/01\">", "citation_publication_date")]
    [InlineData("<meta name=\"citation_date\" content=\"2031-04-01\">", "citation_date")]
    public void A_citation_date_tag_dates_the_page(string meta, string name)
    {
        var doc = DocumentReader.Default.Read("review.html", Utf8(Page(meta))).Single();
        doc.Metadata.Published.ShouldBe(PartialDate.OfDay(2031, 4, 1));
        doc.Metadata.PublishedNote.ShouldBe("meta " + name);
    }

    [Fact]
    public void An_article_date_tag_goes_before_a_citation_date_tag()
    {
        var doc = DocumentReader.Default.Read("review.html", Utf8(Page(
            "<meta property=\"article:published_time\" content=\"2031-04-03\"><meta name=\"citation_publication_date\" content=\"2031/04/01\">"))).Single();
        doc.Metadata.Published.ShouldBe(PartialDate.OfDay(2031, 4, 3));
    }

    [Fact]
    public void A_citation_tag_without_a_date_leaves_the_page_undated()
    {
        var doc = DocumentReader.Default.Read("review.html", Utf8(Page("<meta name=\"citation_title\" content=\"Life at the outpost\">"))).Single();
        doc.Metadata.Published.IsKnown.ShouldBeFalse();
    }
}
