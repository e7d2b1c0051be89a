using System.Text;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// A page cut off inside markup is refused with the file name, the construct and its line; the everyday
/// sloppiness browsers accept is still read.
/// </summary>
public class MalformedHtmlTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    // Lines 1-6: a complete article up to its last paragraph; each test cuts it off differently after line 6.
    private const string Head = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Uzbek guards detain smugglers</title></head>
        <body>
        <article>
        <p>Uzbek border guards detained three smugglers near Termez on Tuesday, the State Security Service said.</p>
        <p>The men tried to cross the Amu Darya from Afghanistan at night, according to the service.</p>

        """;

    private static string Reason(string html)
    {
        var ex = Should.Throw<InvalidDocumentException>(() => DocumentReader.Default.Read("cut.html", Utf8(html)));
        ex.Message.ShouldStartWith("cut.html: malformed HTML (");
        ex.Message.ShouldNotContain('\n');
        return ex.Reason;
    }

    [Theory]
    [InlineData("<div class=\"share-bar", "malformed HTML (ends inside an attribute value at line 7)")]
    [InlineData("<a href='/news/asia", "malformed HTML (ends inside an attribute value at line 7)")]
    [InlineData("<img src=/photo.jpg alt=Termez", "malformed HTML (ends inside a tag at line 7)")]
    [InlineData("<p class=\"lead\"\n   data-x=\"1\"", "malformed HTML (ends inside a tag at line 7)")]
    [InlineData("<p>A third paragraph ends</p></artic", "malformed HTML (ends inside a tag at line 7)")]
    [InlineData("</", "malformed HTML (ends inside a tag at line 7)")]
    [InlineData("<!-- related stories\n<p>Not part of the article</p>", "malformed HTML (ends inside a comment at line 7)")]
    [InlineData("<script>window.analytics = {id: 1,", "malformed HTML (ends inside a <script> element at line 7)")]
    [InlineData("<style>.article { color: black }", "malformed HTML (ends inside a <style> element at line 7)")]
    [InlineData("<textarea>Leave a comment", "malformed HTML (ends inside a <textarea> element at line 7)")]
    [InlineData("<!DOCTYPE html", "malformed HTML (ends inside a declaration at line 7)")]
    public void A_page_cut_off_inside_markup_is_refused_naming_the_construct_and_line(string tail, string reason) =>
        Reason(Head + tail).ShouldBe(reason);

    [Fact]
    public void The_line_is_where_the_unterminated_construct_opens_even_with_crlf_line_ends()
    {
        var html = (Head + "<p>Fourth.</p>\n<p>Fifth.</p>\n<div class=\"related\n\n\n").Replace("\n", "\r\n");
        Reason(html).ShouldBe("malformed HTML (ends inside an attribute value at line 9)");
    }

    [Fact]
    public void A_comment_left_open_early_swallows_the_article_and_is_refused() =>
        Reason("<html><body><!-- header\n<article><p>Tajik guards closed the crossing at Panj.</p></article></body></html>")
            .ShouldBe("malformed HTML (ends inside a comment at line 1)");

    [Fact]
    public void A_page_cut_off_is_refused_through_the_ingestion_batch_too()
    {
        var ex = Should.Throw<InvalidDocumentException>(() => DocumentReader.Default.Read("page.htm", Utf8(Head + "<div id=\"footer")));
        ex.Message.ShouldBe("page.htm: malformed HTML (ends inside an attribute value at line 7)");
    }

    [Fact]
    public void Everyday_sloppiness_is_still_read()
    {
        // No doctype, unclosed <p> and <li>, a stray </div>, mis-nested inline tags, bare '&' and '<' in text,
        // unquoted and duplicate attributes, upper-case tags, and no </body></html> at the end.
        const string html = """
            <HTML><HEAD><TITLE>Turkmen troops on the border</TITLE></HEAD>
            <BODY>
            <article class=main id=main id=other>
            <p>Turkmen troops were sent to the Afghan border near Serhetabat, officials said.
            <p>Residents said <b>dozens of <i>armoured</b> vehicles</i> passed through Mary & Tagtabazar.</div>
            <p>One resident said the convoy was 2 < 3 km long.
            <ul><li>first item<li>second item</ul>
            </article>
            """;
        var doc = DocumentReader.Default.Read("sloppy.html", Utf8(html)).ShouldHaveSingleItem();
        doc.BodyText.ShouldContain("Turkmen troops were sent to the Afghan border near Serhetabat, officials said.");
        doc.BodyText.ShouldContain("Mary & Tagtabazar");
        doc.BodyText.ShouldContain("2 < 3 km long");
    }

    [Fact]
    public void A_trailing_lone_angle_bracket_is_text_not_truncation()
    {
        var doc = DocumentReader.Default.Read("lt.html", Utf8(Head + "<p>Casualties: fewer than 5 <")).ShouldHaveSingleItem();
        doc.BodyText.ShouldContain("detained three smugglers near Termez");
    }

    [Theory]
    [InlineData("<p title=\"a > b\">Guards patrol the river.</p><script>if (a < b) {}</script><p>Night fell", null)]
    [InlineData("<!-- ok --><p class='x'>Guards patrol the river.</p><!--", "ends inside a comment at line 1")]
    [InlineData("<p>Guards patrol the river.</p>\n<SCRIPT>x", "ends inside a <script> element at line 2")]
    [InlineData("<p>Guards patrol the river.</p>\n\r<div", "ends inside a tag at line 3")]
    public void Quoted_brackets_and_closed_scripts_are_not_mistaken_for_truncation(string html, string? expected)
    {
        if (expected is null) DocumentReader.Default.Read("ok.html", Utf8(html)).ShouldHaveSingleItem().BodyText.ShouldContain("Guards patrol the river.");
        else Reason(html).ShouldBe($"malformed HTML ({expected})");
    }
}
