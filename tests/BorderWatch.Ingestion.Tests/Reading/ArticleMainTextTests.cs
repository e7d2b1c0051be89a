using System.Text;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// Main text of a news page: the headline, standfirst and byline/date line are kept wherever the page puts them;
/// captions, tickers, cookie banners, share bars and link lists are not. Each rule on a small page of its own.
/// </summary>
public class ArticleMainTextTests
{
    private static string Body(string html) =>
        DocumentReader.Default.Read("p.html", Encoding.UTF8.GetBytes(html)).Single().BodyText;

    private static string Story(int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"<p>Paragraph {i}: a convoy of lorries waited at the Dostuk crossing for most of the day before customs reopened.</p>"));

    [Fact]
    public void Headline_standfirst_and_date_line_above_the_body_open_the_text()
    {
        var html = "<html><head><title>Crossing reopens after repairs - Valley Daily</title></head><body>" +
                   "<div class='menu-strip'><a href='/'>Home</a></div>" +
                   "<div class='head'><h1>Crossing reopens after repairs</h1><div class='info'>05.04.2025, 10:20</div>" +
                   "<div class='lead'>Lorries queue again on both sides of the river.</div></div>" +
                   $"<div class='text'>{Story(3)}</div><div class='other'><p>Elsewhere: a festival of felt makers opens in Naryn this week.</p></div></body></html>";
        Body(html).Split("\n\n")[..4].ShouldBe([
            "Crossing reopens after repairs", "05.04.2025, 10:20", "Lorries queue again on both sides of the river.",
            "Paragraph 1: a convoy of lorries waited at the Dostuk crossing for most of the day before customs reopened.",
        ]);
    }

    [Fact]
    public void A_long_stretch_between_headline_and_body_is_not_a_header_only_the_headline_is_kept()
    {
        var filler = string.Concat(Enumerable.Range(1, 8).Select(i => $"<div class='box'>Box {i} of a long promotional block that sits between the title and the story text.</div>"));
        var html = $"<html><body><div><h1>Crossing reopens</h1>{filler}<div class='text'>{Story(3)}</div></div></body></html>";
        var body = Body(html);
        body.ShouldStartWith("Crossing reopens\n\nParagraph 1:");
        body.ShouldNotContain("Box 1");
    }

    [Fact]
    public void Headline_without_h1_is_the_element_the_page_title_repeats()
    {
        var html = "<html><head><title>Customs seize cigarettes at Tortkul - Amu News</title></head><body><div class='wrap'>" +
                   "<span class='articleTitle'>Customs seize cigarettes at Tortkul</span>" +
                   $"<div class='articleBody'>{Story(3)}</div></div></body></html>";
        Body(html).ShouldStartWith("Customs seize cigarettes at Tortkul\n\nParagraph 1:");
    }

    [Fact]
    public void Byline_and_date_line_in_a_div_above_the_first_paragraph_are_kept()
    {
        var html = "<html><body><article><h1>Guards reinforced</h1><div class='entry-meta'><span class='byline'>by Jane Roe</span> " +
                   $"<span class='posted-on'>May 3, 2025</span></div>{Story(2)}</article></body></html>";
        Body(html).Split("\n\n")[..2].ShouldBe(["Guards reinforced", "by Jane Roe May 3, 2025"]);
    }

    [Fact]
    public void Marked_byline_after_a_standfirst_paragraph_is_kept_unmarked_div_text_there_is_not()
    {
        var html = "<html><body><main><h1>Guards reinforced</h1><p class='deck'>Ashgabat says it needs no help.</p>" +
                   "<address>By Jane Roe</address><div class='story-meta'><span>Published 3 May 2025</span></div>" +
                   $"<p>Paragraph 0: the ministry repeated its statement.</p><div class='c2'>Loose words between paragraphs</div>{Story(2)}</main></body></html>";
        var body = Body(html);
        body.ShouldContain("By Jane Roe\n\nPublished 3 May 2025");
        body.ShouldNotContain("Loose words");
    }

    [Fact]
    public void Captions_are_not_main_text_whether_figcaption_or_a_caption_class()
    {
        var html = "<html><body><article><h1>Bridge closed</h1><figure><img src='a.jpg'><figcaption>The bridge at dawn. Photo: agency</figcaption></figure>" +
                   $"{Story(2)}<div class='photo'><img src='b.jpg'><div class='photo-caption'>Lorries at the bridge</div></div>" +
                   "<div class='pic'><img src='c.jpg'><span class='imageCaption'>Guards at the gate</span></div>" + Story(1) + "</article></body></html>";
        var body = Body(html);
        body.ShouldNotContain("Photo: agency");
        body.ShouldNotContain("Lorries at the bridge");
        body.ShouldNotContain("Guards at the gate");
        body.ShouldContain("Paragraph 2:");
    }

    [Fact]
    public void Tickers_and_marquees_are_chrome()
    {
        var html = "<html><body><div class='news-ticker'><p>Breaking: parliament approves the border budget for the year.</p></div>" +
                   "<marquee>Dollar rate 87.45 and weather in Osh plus three degrees today</marquee>" +
                   $"<div data-testid='markets-ticker'><p>USD/KZT 512.4 and Brent 71.20 in today's trading session.</p></div><article>{Story(3)}</article></body></html>";
        var body = Body(html);
        body.ShouldNotContain("parliament");
        body.ShouldNotContain("Dollar rate");
        body.ShouldNotContain("Brent");
    }

    [Fact]
    public void Camel_case_and_test_id_markers_mark_chrome_like_kebab_case_ones()
    {
        var html = $"<html><body><article>{Story(2)}<div class='articleShare'><p>Send this story to a friend by mail today.</p></div>" +
                   "<div data-testid='share-tools'><p>Copy the link to this story and post it anywhere.</p></div></article></body></html>";
        var body = Body(html);
        body.ShouldNotContain("friend");
        body.ShouldNotContain("Copy the link");
    }

    [Fact]
    public void Heading_over_a_list_of_links_goes_with_the_links_a_heading_over_prose_stays()
    {
        var links = "<ul><li><a href='/1'>Rail link to Mazar: what we know</a></li><li><a href='/2'>Cargo centre doubles capacity</a></li></ul>";
        var html = $"<html><body><main>{Story(2)}<h2>What happens next</h2>{Story(1)}<h2>More on this story</h2>{links}</main></body></html>";
        var body = Body(html);
        body.ShouldContain("What happens next");
        body.ShouldNotContain("More on this story");
    }

    [Fact]
    public void Text_written_between_line_breaks_is_found_as_the_article()
    {
        var loose = string.Concat(Enumerable.Range(1, 4).Select(i => $"Line {i}: border guards in the region stopped a lorry carrying undeclared fuel near the crossing.<br><br>"));
        var html = "<html><body><div class='menu'><a href='/'>Home</a> | <a href='/news'>News</a></div><div class='rates'>USD 512.40 EUR 538.10</div>" +
                   $"<h1>Fuel seized</h1><div class='news-detail'>{loose}</div><div class='views'>Views: 1 284</div></body></html>";
        var body = Body(html);
        body.ShouldStartWith("Fuel seized\n\nLine 1:");
        body.ShouldContain("Line 4:");
        body.ShouldNotContain("USD");
        body.ShouldNotContain("Views");
    }
}

public class ArticleMainTextEdgeTests
{
    private static string Body(string html) =>
        DocumentReader.Default.Read("p.html", Encoding.UTF8.GetBytes(html)).Single().BodyText;

    private static string Story(int n) => string.Concat(Enumerable.Range(1, n).Select(i =>
        $"<div>Line {i}: the queue at the crossing took eleven hours because the scanners had broken down.</div>"));

    [Fact]
    public void A_widget_wrapping_the_marked_blog_post_is_not_chrome()
    {
        var html = "<html><head><title>Road Diary: Eleven hours at the border</title></head><body><div class='widget Header'><h1>Road Diary</h1></div>" +
                   "<div class='widget Blog'><div class='post' itemprop='blogPost'><h3 class='post-title'>Eleven hours at the border</h3>" +
                   $"<div class='post-header'>Posted by Erlan</div><div class='post-body' itemprop='description articleBody'>{Story(3)}</div></div></div>" +
                   "<div class='widget Profile'><div>Driver from Shymkent, twenty tonnes and one road.</div></div></body></html>";
        var body = Body(html);
        body.ShouldStartWith("Eleven hours at the border\n\nPosted by Erlan\n\nLine 1:");
        body.ShouldNotContain("Road Diary");
        body.ShouldNotContain("Shymkent");
    }

    [Fact]
    public void Adjacent_inline_elements_do_not_glue_words_together()
    {
        var html = "<html><body><article><h1>Fence planned</h1><div class='meta'><span>Bakyt Osmonov</span><time>12 March 2026</time></div>" +
                   "<p>Kyrgyzstan will build a fence along part of its border with China this year, the ministry said.</p></article></body></html>";
        Body(html).ShouldContain("Bakyt Osmonov 12 March 2026");
    }

    [Fact]
    public void Photo_credits_are_not_main_text()
    {
        var html = "<html><body><article><div class='media'><img src='f.jpg'><p class='media-credit'>Illustrative photo: the agency</p></div>" +
                   "<p>Kyrgyzstan will build a fence along part of its border with China this year, the ministry said.</p></article></body></html>";
        Body(html).ShouldNotContain("Illustrative");
    }

    [Fact]
    public void A_kicker_paragraph_above_the_headline_does_not_close_the_header_the_byline_after_the_standfirst_is_kept()
    {
        var html = "<html><body><article><p class='kicker'><a href='/water'>Water</a> <span>Exclusive</span></p><h1>Canal talks stall</h1>" +
                   "<p class='dek'>Farmers on both banks wait for the sluice gates to open before the sowing.</p>" +
                   "<div class='story-byline'>Aziz Karimov, Khujand | 4 April 2025</div>" + "<p>The two districts share one canal, and its gates have stayed shut since the autumn dispute.</p><p>Officials from both sides are due to meet again next week in Isfara.</p>" + "</article></body></html>";
        Body(html).ShouldContain("Aziz Karimov, Khujand | 4 April 2025");
    }

    [Fact]
    public void Embedded_posts_and_view_counters_are_not_main_text()
    {
        var html = "<html><body><article><h1>Snow closes the pass</h1><div class='post-views'>Views: 1 204</div>" + Story(1) +
                   "<blockquote class='twitter-tweet'><p>Road to the pass closed until noon, drivers asked to wait in the village.</p></blockquote>" +
                   "<div class='telegram-embed'><a href='https://t.me/x/1'>Watch the video of the avalanche on our channel</a></div>" + Story(2) + "</article></body></html>";
        var body = Body(html);
        body.ShouldNotContain("Views");
        body.ShouldNotContain("drivers asked to wait");
        body.ShouldNotContain("Watch the video");
        body.ShouldContain("Line 2:");
    }

    [Fact]
    public void Print_page_footer_lines_and_cyrillic_photo_credits_are_cleaned_away()
    {
        var text = "The checkpoint reopened on Monday after the new scanners were installed, officials said.\n\n" +
                   "Фото: пресс-служба таможни\n\nPrinted from: http://example.org/news/1.html\n\nPrinted on: 05.06.2025 10:00";
        var cleaned = BorderWatch.Ingestion.Cleaning.ArticleCleaner.Clean(text);
        cleaned.ShouldStartWith("The checkpoint reopened");
        cleaned.ShouldNotContain("Printed");
        cleaned.ShouldNotContain("Фото");
    }
}
