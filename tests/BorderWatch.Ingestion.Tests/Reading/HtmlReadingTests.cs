using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

public class HtmlReadingTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Tajik guards repel incursion | Example Times</title>
          <link rel="canonical" href="https://www.example-times.com/asia/tajik-guards-repel-incursion">
          <meta property="og:site_name" content="Example Times">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Example Times"},
            {"@type":"NewsArticle","headline":"Tajik guards repel incursion on Afghan border &amp; river",
             "datePublished":"2021-07-09T18:30:00+05:00",
             "author":[{"@type":"Person","name":"Aziz Karimov"},{"@type":"Person","name":"Jane Roe"}],
             "publisher":{"@type":"Organization","name":"Example Times Media"}}]}
          </script>
          <script>var tracking = "Do not extract me";</script>
          <style>.x { color: red }</style>
        </head>
        <body>
          <a class="skip-link" href="#main">Skip to content</a>
          <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/asia">Asia</a></li></ul></nav></header>
          <div id="cookie-banner" class="cookie-consent"><p>We use cookies to give you the best experience on our site.</p><button>Accept</button></div>
          <main>
            <article>
              <h1>Tajik guards repel incursion on Afghan border</h1>
              <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a><p>Share this article with your friends and family now</p></div>
              <p>Tajik border guards   repelled an armed group that tried to cross the Panj river on
                 Thursday, the State Committee for National Security said.</p>
              <p>The group, armed with <a href="/tags/rifles">automatic rifles</a>, retreated to Afghan territory after a
                 two-hour exchange of fire, according to the committee’s “official” statement.</p>
              <figure><img src="a.jpg"><figcaption>Border post on the Panj. Photo: Reuters</figcaption></figure>
              <blockquote><p>No Tajik soldier was hurt, the statement added.</p></blockquote>
              <time datetime="2021-07-08">8 July</time>
              <div class="newsletter-box"><h3>Get our newsletter</h3><p>Sign up for the best of our Central Asia coverage every morning.</p><form><input type="email"></form></div>
              <section class="related-articles"><h2>Related</h2><ul><li><a href="/a">Kyrgyz border talks stall again</a></li><li><a href="/b">Uzbek bridge reopens</a></li></ul></section>
              <div class="comments"><p>Great article, thanks for writing it up for us!</p></div>
            </article>
          </main>
          <aside><p>Most read stories of the week in a sidebar box here.</p></aside>
          <footer><p>© 2021 Example Times. All rights reserved. Terms and privacy apply.</p></footer>
        </body></html>
        """;

    [Fact]
    public void News_page_body_holds_only_the_article_paragraphs()
    {
        var doc = DocumentReader.Default.Read("page.html", Utf8(NewsPage)).Single();
        doc.Format.ShouldBe(SourceFormat.Html);
        doc.BodyText.Split("\n\n").ShouldBe([
            "Tajik guards repel incursion on Afghan border",
            "Tajik border guards repelled an armed group that tried to cross the Panj river on Thursday, the State Committee for National Security said.",
            "The group, armed with automatic rifles, retreated to Afghan territory after a two-hour exchange of fire, according to the committee’s “official” statement.",
            "No Tajik soldier was hurt, the statement added.",
        ]);
    }

    [Fact]
    public void News_page_metadata_comes_from_json_ld_and_links()
    {
        var doc = DocumentReader.Default.Read("page.html", Utf8(NewsPage)).Single();
        var m = doc.Metadata;
        m.Title.ShouldBe("Tajik guards repel incursion on Afghan border & river");
        m.Author.ShouldBe("Aziz Karimov, Jane Roe");
        m.OutletName.ShouldBe("Example Times");
        m.Url.ShouldBe("https://www.example-times.com/asia/tajik-guards-repel-incursion");
        m.OutletDomain.ShouldBe("example-times.com");
        m.Language.ShouldBe("en");
        m.Published.ShouldBe(PartialDate.OfDay(2021, 7, 9));
        m.PublishedNote.ShouldBe("JSON-LD datePublished");
        doc.Encoding.ShouldBe("utf-8");
        doc.RawText.ShouldBe(NewsPage);
        doc.ContentHash.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Utf8(NewsPage))));
    }

    [Fact]
    public void Open_graph_only_page()
    {
        const string html = """
            <html><head>
            <meta property="og:title" content="Kyrgyz and Tajik leaders agree border swap">
            <meta property="og:site_name" content="Steppe Wire">
            <meta property="og:url" content="https://steppewire.example.org/news/123">
            <meta property="article:published_time" content="2022-03">
            <meta name="author" content="B. Bekov">
            <title>Some other title - Steppe Wire</title></head>
            <body><div class="content"><p>The presidents of Kyrgyzstan and Tajikistan agreed on Friday to exchange land along their disputed border.</p>
            <p>Officials said demarcation teams would begin work within a month.</p></div></body></html>
            """;
        var doc = DocumentReader.Default.Read("og.htm", Utf8(html)).Single();
        doc.Metadata.Title.ShouldBe("Kyrgyz and Tajik leaders agree border swap");
        doc.Metadata.OutletName.ShouldBe("Steppe Wire");
        doc.Metadata.Url.ShouldBe("https://steppewire.example.org/news/123");
        doc.Metadata.OutletDomain.ShouldBe("steppewire.example.org");
        doc.Metadata.Author.ShouldBe("B. Bekov");
        doc.Metadata.Published.ShouldBe(PartialDate.OfMonth(2022, 3));
        doc.Metadata.PublishedNote.ShouldBe("meta article:published_time");
        doc.Metadata.Language.ShouldBe("en");  // guessed from the text
        doc.BodyText.ShouldBe("The presidents of Kyrgyzstan and Tajikistan agreed on Friday to exchange land along their disputed border.\n\nOfficials said demarcation teams would begin work within a month.");
    }

    [Fact]
    public void Title_tag_loses_the_outlet_suffix_and_time_element_dates_the_article()
    {
        const string html = """
            <html><head><title>Border closed at Torugart – Steppe Wire</title><meta property="og:site_name" content="Steppe Wire"></head>
            <body><article><p class="meta">Posted <time datetime="2020-11-03T08:00:00Z">3 Nov</time></p>
            <p>China closed the Torugart crossing to freight traffic on Tuesday, Kyrgyz customs officials said.</p></article></body></html>
            """;
        var doc = DocumentReader.Default.Read("t.html", Utf8(html)).Single();
        doc.Metadata.Title.ShouldBe("Border closed at Torugart");
        doc.Metadata.Published.ShouldBe(PartialDate.OfDay(2020, 11, 3));
        doc.Metadata.PublishedNote.ShouldBe("time datetime");
    }

    [Fact]
    public void Windows_1251_page_with_meta_charset_is_decoded()
    {
        const string html = """
            <html><head><meta charset="windows-1251"><title>Граница</title></head>
            <body><article><p>Пограничники Таджикистана задержали трёх нарушителей на границе с Афганистаном.</p></article></body></html>
            """;
        var bytes = CodePage(1251).GetBytes(html);
        var doc = DocumentReader.Default.Read("ru.html", bytes).Single();
        doc.Encoding.ShouldBe("windows-1251");
        doc.BodyText.ShouldBe("Пограничники Таджикистана задержали трёх нарушителей на границе с Афганистаном.");
        doc.Metadata.Title.ShouldBe("Граница");
        doc.Metadata.Language.ShouldBeNull();
    }

    [Fact]
    public void Http_equiv_koi8_r_is_honoured()
    {
        const string html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>Застава на реке Пяндж усилена.</p></body></html>""";
        var doc = DocumentReader.Default.Read("k.html", CodePage(20866).GetBytes(html)).Single();
        doc.Encoding.ShouldBe("koi8-r");
        doc.BodyText.ShouldBe("Застава на реке Пяндж усилена.");
    }

    [Theory]
    [InlineData("cp1251")]
    [InlineData("win-1251")]
    [InlineData("WINDOWS-1251")]
    public void Common_charset_spellings_are_understood(string label)
    {
        var html = $"<html><head><meta charset='{label}'></head><body><p>Пограничный пост</p></body></html>";
        var doc = DocumentReader.Default.Read("w.html", CodePage(1251).GetBytes(html)).Single();
        doc.BodyText.ShouldBe("Пограничный пост");
        doc.Encoding.ShouldBe("windows-1251");
    }

    [Fact]
    public void Declared_utf8_with_bad_bytes_is_refused_with_offset()
    {
        var bytes = Utf8("<html><head><meta charset=\"utf-8\"></head><body><p>ab").Concat(new byte[] { 0xFF }).ToArray();
        var ex = Should.Throw<InvalidDocumentException>(() => DocumentReader.Default.Read("u.html", bytes));
        ex.Message.ShouldBe($"u.html: invalid UTF-8 at byte offset {bytes.Length - 1} (as announced by the declared charset utf-8)");
    }

    [Fact]
    public void Captions_outside_the_article_are_not_read()
    {
        const string html = "<html><body><figure><img src='x.jpg'><figcaption>Banner picture of the week outside the story</figcaption></figure>" +
                            "<article><p>Guards on the Panj river detained a group of smugglers on Sunday night, officials said.</p></article></body></html>";
        DocumentReader.Default.Read("c.html", Utf8(html)).Single().BodyText.ShouldBe("Guards on the Panj river detained a group of smugglers on Sunday night, officials said.");
    }

    [Fact]
    public void Unclosed_tags_still_give_text()
    {
        const string html = "<html><body><div><p>First paragraph about the border crossing at Termez<p>Second paragraph, still open<div>";
        var doc = DocumentReader.Default.Read("broken.html", Utf8(html)).Single();
        doc.BodyText.ShouldBe("First paragraph about the border crossing at Termez\n\nSecond paragraph, still open");
    }

    [Fact]
    public void Adjacent_blocks_are_not_glued_and_no_break_spaces_survive()
    {
        const string html = "<html><body><div><h2>Heading</h2><p>One&nbsp;sentence here.</p><ul><li>Item one</li><li>Item two</li></ul></div></body></html>";
        var doc = DocumentReader.Default.Read("glue.html", Utf8(html)).Single();
        doc.BodyText.ShouldBe("Heading\n\nOne\u00A0sentence here.\n\nItem one\n\nItem two");
    }

    [Fact]
    public void Teaser_article_card_does_not_beat_the_real_text()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Paragraph {i} of the long report about the Tajik-Afghan border situation this week.</p>"));
        var html = $"<html><body><article class='card'><p>Short teaser.</p></article><div id='story'>{paragraphs}</div></body></html>";
        var doc = DocumentReader.Default.Read("teaser.html", Utf8(html)).Single();
        doc.BodyText.ShouldContain("Paragraph 5 of the long report");
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}

public class HtmlContentRootTests
{
    private static string Body(string html) =>
        DocumentReader.Default.Read("p.html", System.Text.Encoding.UTF8.GetBytes(html)).Single().BodyText;

    private static string Story(int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"<p>Paragraph {i}: Kyrgyz and Tajik border officials met again in Batken on Monday to continue the long demarcation talks.</p>"));

    [Fact]
    public void Wrapper_whose_class_mentions_a_sidebar_still_yields_the_story()
    {
        var html = $"<html><body><div id='page' class='layout-with-sidebar'><div class='entry-content'>{Story(4)}</div>" +
                   "<div class='widget'><p>Popular: ten photos of the Pamir highway you must see today.</p></div></div></body></html>";
        var body = Body(html);
        body.ShouldContain("Paragraph 4:");
        body.ShouldNotContain("Pamir highway");
    }

    [Fact]
    public void Density_finds_the_story_among_link_lists_and_comments()
    {
        var links = string.Concat(Enumerable.Range(1, 8).Select(i => $"<li><a href='/{i}'>Another headline number {i} about the region</a></li>"));
        var comments = string.Concat(Enumerable.Range(1, 10).Select(i => $"<p>Comment {i}: I have long thought that the situation on this border is much worse than reported.</p>"));
        var html = $"<html><body><div class='top'><ul>{links}</ul></div><div class='story'>{Story(3)}</div><div id='comments'>{comments}</div></body></html>";
        var body = Body(html);
        body.Split("\n\n").Length.ShouldBe(3);
        body.ShouldStartWith("Paragraph 1:");
    }

    [Fact]
    public void Header_inside_the_article_keeps_headline_and_standfirst_page_header_does_not()
    {
        var html = "<html><body><header><p>Site slogan: all the news from the steppe and beyond.</p></header><article><header><h1>Guards reinforced</h1>" +
                   "<p class='standfirst'>Ashgabat says it does not need help, but the offer stands.</p></header>" + Story(2) + "</article></body></html>";
        Body(html).Split("\n\n")[..2].ShouldBe(["Guards reinforced", "Ashgabat says it does not need help, but the offer stands."]);
        Body(html).ShouldNotContain("Site slogan");
    }

    [Fact]
    public void Asp_net_page_form_wrapping_everything_is_not_chrome()
    {
        var html = $"<html><body><form id='aspnetForm' method='post'><div class='content'>{Story(3)}</div></form></body></html>";
        Body(html).ShouldContain("Paragraph 3:");
    }
}
