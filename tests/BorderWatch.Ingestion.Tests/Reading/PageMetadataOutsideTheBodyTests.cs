using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// A page's date and byline often sit in a header above the article body (outside the extracted main content):
/// they are still the page's own, while dates in related lists, sidebars and comments belong to other articles.
/// </summary>
public class PageMetadataOutsideTheBodyTests
{
    private static SourceDocumentView Read(string body) =>
        new(DocumentReader.Default.Read("page.html", Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"))[0]);

    private sealed record SourceDocumentView(BorderWatch.Ingestion.Pipeline.SourceDocument Doc)
    {
        public PartialDate Published => Doc.Metadata.Published;
        public string? Author => Doc.Metadata.Author;
        public string? Note => Doc.Metadata.PublishedNote;
    }

    private const string Story = """
        <p>Uzbek border guards detained three men who tried to swim across the Amu Darya near Termez on Tuesday night.</p>
        <p>The men were handed over to police, the State Security Service said in a statement on its website.</p>
        """;

    [Fact]
    public void A_time_in_the_header_above_the_article_dates_the_page()
    {
        var page = Read($"""
            <div class="story-head"><h1>Swimmers detained</h1><span class="writer">Dilnoza Yusupova</span>
              <time datetime="2019-08-15T10:00:00+05:00">15.08.2019</time></div>
            <article>{Story}</article>
            """);
        page.Published.ShouldBe(PartialDate.OfDay(2019, 8, 15));
        page.Note.ShouldBe("time datetime outside the article body");
        page.Author.ShouldBe("Dilnoza Yusupova");
    }

    [Fact]
    public void A_date_written_as_text_in_the_post_header_dates_the_page()
    {
        var page = Read($"""
            <div class="headline-box"><h1>Swimmers detained</h1><p class="entry-meta">By Dilnoza Yusupova &middot; August 15, 2019</p></div>
            <div class="story-text">{Story}</div>
            """);
        page.Published.ShouldBe(PartialDate.OfDay(2019, 8, 15));
        page.Author.ShouldBe("Dilnoza Yusupova");
    }

    [Fact]
    public void Dates_of_related_articles_and_updates_are_not_the_page_date()
    {
        var page = Read($"""
            <div class="related-stories"><ul><li><a href="/a">Older story</a> <time datetime="2018-01-02">2 Jan 2018</time></li></ul></div>
            <div class="story-head"><h1>Swimmers detained</h1>
              <time class="updated" datetime="2019-09-01">1 Sep 2019</time>
              <time class="published" datetime="2019-08-15">15 Aug 2019</time></div>
            <article>{Story}</article>
            <aside><time datetime="2017-05-05">5 May 2017</time></aside>
            """);
        page.Published.ShouldBe(PartialDate.OfDay(2019, 8, 15));
    }

    [Fact]
    public void A_page_with_no_date_anywhere_stays_undated()
    {
        var page = Read($"<article>{Story}</article><div class=\"comments\"><p class=\"date\">March 3, 2020</p></div>");
        page.Published.ShouldBe(PartialDate.Unknown);
    }
}
