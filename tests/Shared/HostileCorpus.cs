using System.IO.Compression;
using System.Text;

namespace BorderWatch.Ingestion.Tests.Hostile;

/// <summary>
/// The bad and hostile files of issue 10, generated at test time into a folder (no binary blob is committed).
/// Each case knows whether it must be refused (and with which words in its reason) or ingested cleanly.
/// </summary>
public static class HostileCorpus
{
    public sealed record Case(string Name, byte[] Bytes, string? RefusedBecause);

    public const string Article =
        "Kyrgyz border guards detained two men near the Tajik border on Monday, officials in Batken said. " +
        "The men were crossing the river at night, according to the State Border Service. ";

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html><head><title>Border</title>{head}</head><body><article><p>{body}</p></article></body></html>";

    public static IReadOnlyList<Case> Small()
    {
        var random = new byte[64 * 1024];
        new Random(10).NextBytes(random);
        var gzip = new MemoryStream();
        using (var z = new GZipStream(gzip, CompressionLevel.Fastest, leaveOpen: true)) z.Write(Utf8(Page("", Article)));
        var nulLate = Utf8(string.Concat(Enumerable.Repeat(Article, 120)) + "\0tail");
        const string Bomb = """<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>""";
        const string External = """<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>""";
        string Rss(string dtd) => $"<?xml version=\"1.0\"?>{dtd}<rss version=\"2.0\"><channel><title>T</title><item><title>&d;&x;</title><description>{Article}</description></item></channel></rss>";
        string Atom(string dtd) => $"<?xml version=\"1.0\"?>{dtd}<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><id>1</id><title>&d;&x;</title><content>{Article}</content></entry></feed>";
        return
        [
            new("empty.txt", [], "empty"),
            new("random-bytes.txt", random, "binary"),
            new("invalid-utf8.txt", [.. Utf8(Article), 0xC3, 0x28, 0xFF, .. Utf8(Article)], "invalid UTF-8"),
            new("utf16-bom.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article + Article)], null),
            new("utf16-no-bom.txt", Encoding.Unicode.GetBytes(Article + Article + "Second paragraph."), null),
            new("utf16be-no-bom.txt", Encoding.BigEndianUnicode.GetBytes(Article + Article + "Third paragraph."), null),
            new("nul-after-8kb.txt", nulLate, "NUL"),
            new("gzip.html", gzip.ToArray(), "GZIP"),
            new("truncated.html", Utf8(Page("", Article)[..^40] + "<a href=\"http://exa"), "malformed HTML"),
            new("bomb-rss.xml", Utf8(Rss(Bomb)), "DTD"),
            new("bomb-atom.atom", Utf8(Atom(Bomb)), "DTD"),
            new("external-rss.rss", Utf8(Rss(External)), "DTD"),
            new("external-atom.xml", Utf8(Atom(External)), "DTD"),
            new("lone-surrogate.html", Utf8(Page("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"\ud800 broken","datePublished":"2024-05-02"}</script>""", Article + " Lone surrogate page.")), null),
            new("utf7.html", Utf8(Page("""<meta charset="utf-7">""", Article + " +ADw-script+AD4-alert(1)+ADw-/script+AD4-")), null),
            new("deep.html", Utf8("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>" + Article + "</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>"), "nested"),
            new("notes.docx", Utf8(Article), null),   // unknown extension inside a folder: skipped
            new("line\nFAILED    forged.txt", Utf8("A third article.\n\n" + Article + " Forged name."), null),
            new("good.txt", Utf8("Border guards detain two\n\n" + Article), null),
        ];
    }

    /// <summary>Set by any script of <see cref="ScriptPage"/> that runs: a browser test reads it back (it must stay undefined).</summary>
    public const string ScriptMarker = "__borderwatchPwned";

    /// <summary>
    /// A page whose title, text and attributes carry scripts: stored as an article, it must show as text and never run
    /// (a script in the title's text, an inline script, event handlers, a javascript: link, an SVG onload, a CSS url).
    /// </summary>
    public static Case ScriptPage() => new("script-page.html", Utf8($$"""
        <!DOCTYPE html><html><head><title><script>window.{{ScriptMarker}}=1</script> Guards detain smugglers</title>
        <script>window.{{ScriptMarker}}=2</script></head>
        <body><article><h1>Guards <img src=x onerror="window.{{ScriptMarker}}=3"> detain smugglers</h1>
        <p>Tajik border guards detained three smugglers near the Afghan border on Friday, the State Committee said. <a href="javascript:window.{{ScriptMarker}}=4">more</a></p>
        <p><svg onload="window.{{ScriptMarker}}=5"></svg>The men &lt;script&gt;window.{{ScriptMarker}}=6&lt;/script&gt; were crossing the Panj river at night, officials said.</p>
        <p style="background:url(javascript:window.{{ScriptMarker}}=7)">Officials in Khorog said the detained men carried weapons.</p>
        </article></body></html>
        """), null);

    /// <summary>Writes the cases into <paramref name="folder"/> and returns them.</summary>
    public static IReadOnlyList<Case> WriteTo(string folder, IEnumerable<Case> cases)
    {
        Directory.CreateDirectory(folder);
        var list = cases.ToList();
        foreach (var c in list) File.WriteAllBytes(Path.Combine(folder, c.Name), c.Bytes);
        return list;
    }

    /// <summary>One line of 10 MB (under the 10 MiB file limit) and files of 50 MB, written without holding them in memory twice.</summary>
    public static void WriteLarge(string folder)
    {
        WriteRepeated(Path.Combine(folder, "one-line-10mb.txt"), "", Article, 10_000_000, "");
        WriteRepeated(Path.Combine(folder, "text-50mb.txt"), "", Article + "\n", 50_000_000, "");
        WriteRepeated(Path.Combine(folder, "page-50mb.html"), "<html><body>", "<p>" + Article + "</p>", 50_000_000, "</body></html>");
    }

    private static void WriteRepeated(string path, string head, string unit, long size, string tail)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write(head);
        for (long n = head.Length; n + unit.Length <= size; n += unit.Length) w.Write(unit);
        w.Write(tail);
    }
}
