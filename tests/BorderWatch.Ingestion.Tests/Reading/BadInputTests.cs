using System.Text;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

public class BadInputTests
{
    private static InvalidDocumentException Refused(string name, byte[] bytes)
    {
        var ex = Should.Throw<InvalidDocumentException>(() => DocumentReader.Default.Read(name, bytes));
        ex.Message.ShouldStartWith(name + ": ");
        ex.Message.ShouldNotContain('\n');
        ex.DocumentName.ShouldBe(name);
        return ex;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Empty_file() => Refused("a.txt", []).Reason.ShouldBe("file is empty");

    [Fact]
    public void Whitespace_only() => Refused("a.txt", Utf8(" \r\n\t \n")).Reason.ShouldBe("file contains only whitespace");

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "GIF")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG")]
    public void Known_binary_formats_are_named(byte[] bytes, string format) =>
        Refused("article.txt", bytes).Reason.ShouldBe($"binary file ({format})");

    [Fact]
    public void Nul_bytes_mean_binary() =>
        Refused("a.html", [0x3C, 0x70, 0x3E, 0x00, 0x41]).Reason.ShouldBe("binary file (contains NUL bytes)");

    [Fact]
    public void Many_control_characters_mean_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41)).ToArray();
        Refused("a.txt", bytes).Reason.ShouldStartWith("binary file (");
    }

    [Fact]
    public void Invalid_utf8_reports_the_byte_offset()
    {
        var bytes = Utf8("Border news ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Utf8(" more")).ToArray();
        Refused("a.txt", bytes).Reason.ShouldBe("invalid UTF-8 at byte offset 12 (no other encoding declared)");
    }

    [Fact]
    public void Malformed_xml_reports_line_and_position()
    {
        var ex = Refused("bad.rss", Utf8("<rss version=\"2.0\">\n<channel>\n<item><title>x</title></channel>\n</rss>"));
        ex.Reason.ShouldStartWith("malformed XML at line 3, position ");
    }

    [Fact]
    public void Feed_with_a_dtd_is_refused()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>""";
        Refused("bomb.xml", Utf8(xml)).Reason.ShouldBe("feeds with a DTD are refused (XML entity expansion risk)");
    }

    [Fact]
    public void Feed_without_items() =>
        Refused("empty.rss", Utf8("<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>")).Reason.ShouldBe("feed has no items");

    [Fact]
    public void Xml_that_is_not_a_feed() =>
        Refused("data.xml", Utf8("<catalog><book/></catalog>")).Reason.ShouldContain("<catalog> is neither an RSS nor an Atom feed");

    [Fact]
    public void Html_without_article_text() =>
        Refused("nav.html", Utf8("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>"))
            .Reason.ShouldBe("no article text found in the HTML");

    [Fact]
    public void Unknown_extension_lists_the_supported_ones()
    {
        var reason = Refused("report.pdf", Utf8("x")).Reason;
        reason.ShouldStartWith("unsupported file type '.pdf'");
        foreach (var ext in new[] { ".txt", ".html", ".htm", ".xml", ".rss", ".rdf", ".atom" }) reason.ShouldContain(ext);
    }

    [Fact]
    public void Too_large_file_is_refused_before_reading()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bw-{Guid.NewGuid():N}.txt");
        try
        {
            using (var fs = File.Create(path)) fs.SetLength(50L * 1024 * 1024);  // sparse: nothing is written
            var ex = Should.Throw<InvalidDocumentException>(() => DocumentReader.Default.ReadFile(path));
            ex.Message.ShouldBe($"{Path.GetFileName(path)}: file is 50.0 MB, larger than the 10 MB limit");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Missing_file_is_refused_with_its_name() =>
        Should.Throw<InvalidDocumentException>(() => DocumentReader.Default.ReadFile("/nonexistent/dir/gone.txt"))
            .Message.ShouldBe("gone.txt: file not found");
}
