using System.Security.Cryptography;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

public class FeedReadingTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Steppe Wire</title>
            <link>https://steppewire.example.org/</link>
            <language>en-us</language>
            <item>
              <title>Uzbek guards detain smugglers</title>
              <link>https://steppewire.example.org/news/1</link>
              <guid isPermaLink="false">sw-1</guid>
              <pubDate>Tue, 06 Jul 2021 21:15:00 +0500</pubDate>
              <dc:creator>A. Usmanov</dc:creator>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<div class="share">Share</div><p>Uzbek border guards detained two smugglers near Termez.</p><p>They carried <b>12 kg</b> of opium.</p>]]></content:encoded>
            </item>
            <item>
              <title>Turkmen exercise on Afghan border</title>
              <link>https://steppewire.example.org/news/2</link>
              <pubDate>Wed, 07 Jul 2021 08:00:00 GMT</pubDate>
              <author>desk@steppewire.example.org (News Desk)</author>
              <description>Turkmenistan held a military exercise near Serhetabat.</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>Border Monitor</title>
          <link href="https://monitor.example.net/"/>
          <entry>
            <title>Kyrgyz-Tajik talks resume</title>
            <link rel="alternate" href="https://monitor.example.net/e/1"/>
            <id>urn:uuid:1</id>
            <published>2022-09-20T10:00:00Z</published>
            <author><name>K. Osmonova</name></author>
            <content type="html">&lt;p&gt;Delegations met in Batken.&lt;/p&gt;&lt;p&gt;They agreed a ceasefire.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Crossing reopened</title>
            <link href="https://monitor.example.net/e/2"/>
            <id>urn:uuid:2</id>
            <updated>2022-09-21</updated>
            <summary>The Karamyk crossing reopened on Wednesday.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_documents()
    {
        var docs = DocumentReader.Default.Read("wire.rss", Encoding.UTF8.GetBytes(Rss));
        docs.Count.ShouldBe(2);
        var first = docs[0];
        first.SourceName.ShouldBe("wire.rss#1");
        first.Format.ShouldBe(SourceFormat.Rss);
        first.FeedItemKey.ShouldBe("sw-1");
        first.BodyText.ShouldBe("Uzbek border guards detained two smugglers near Termez.\n\nThey carried 12 kg of opium.");
        first.Metadata.Title.ShouldBe("Uzbek guards detain smugglers");
        first.Metadata.Url.ShouldBe("https://steppewire.example.org/news/1");
        first.Metadata.OutletName.ShouldBe("Steppe Wire");
        first.Metadata.OutletDomain.ShouldBe("steppewire.example.org");
        first.Metadata.Author.ShouldBe("A. Usmanov");
        first.Metadata.Language.ShouldBe("en");
        first.Metadata.Published.ShouldBe(PartialDate.OfDay(2021, 7, 6));
        first.Metadata.PublishedNote.ShouldBe("RSS pubDate");
        first.RawText.ShouldStartWith("<item");
        first.RawText.ShouldContain("sw-1");
        first.ContentHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(first.RawText))));

        var second = docs[1];
        second.SourceName.ShouldBe("wire.rss#2");
        second.FeedItemKey.ShouldBe("https://steppewire.example.org/news/2");
        second.BodyText.ShouldBe("Turkmenistan held a military exercise near Serhetabat.");
        second.Metadata.Author.ShouldBe("News Desk");
        second.ContentHash.ShouldNotBe(first.ContentHash);
    }

    [Fact]
    public void Atom_entries_become_documents()
    {
        var docs = DocumentReader.Default.Read("monitor.atom", Encoding.UTF8.GetBytes(Atom));
        docs.Count.ShouldBe(2);
        docs[0].Format.ShouldBe(SourceFormat.Atom);
        docs[0].FeedItemKey.ShouldBe("urn:uuid:1");
        docs[0].BodyText.ShouldBe("Delegations met in Batken.\n\nThey agreed a ceasefire.");
        docs[0].Metadata.Title.ShouldBe("Kyrgyz-Tajik talks resume");
        docs[0].Metadata.Author.ShouldBe("K. Osmonova");
        docs[0].Metadata.Published.ShouldBe(PartialDate.OfDay(2022, 9, 20));
        docs[0].Metadata.PublishedNote.ShouldBe("Atom published");
        docs[0].Metadata.Language.ShouldBe("en");
        docs[0].Metadata.OutletName.ShouldBe("Border Monitor");
        docs[1].Metadata.Url.ShouldBe("https://monitor.example.net/e/2");
        docs[1].Metadata.Published.ShouldBe(PartialDate.OfDay(2022, 9, 21));
        docs[1].Metadata.PublishedNote.ShouldBe("Atom updated");
        docs[1].BodyText.ShouldBe("The Karamyk crossing reopened on Wednesday.");
    }

    [Fact]
    public void Xml_extension_detects_the_feed_kind_from_the_root()
    {
        DocumentReader.Default.Read("a.xml", Encoding.UTF8.GetBytes(Atom))[0].Format.ShouldBe(SourceFormat.Atom);
        DocumentReader.Default.Read("r.xml", Encoding.UTF8.GetBytes(Rss))[0].Format.ShouldBe(SourceFormat.Rss);
    }

    [Fact]
    public void Declared_legacy_encoding_in_xml_declaration_is_used()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string rss = """<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Азаттык</title><item><title>Граница</title><description>Пограничники усилили охрану.</description></item></channel></rss>""";
        var doc = DocumentReader.Default.Read("ru.rss", Encoding.GetEncoding(1251).GetBytes(rss)).Single();
        doc.Encoding.ShouldBe("windows-1251");
        doc.BodyText.ShouldBe("Пограничники усилили охрану.");
        doc.Metadata.OutletName.ShouldBe("Азаттык");
    }

    [Fact]
    public void Atom_xhtml_content_and_rss_1_0_items_are_read()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
              <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Post <b>one</b></div></title><id>e1</id>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First block of text.</p><p>Second block.</p></div></content></entry>
            </feed>
            """;
        var entry = DocumentReader.Default.Read("x.atom", Encoding.UTF8.GetBytes(atom)).Single();
        entry.BodyText.ShouldBe("First block of text.\n\nSecond block.");
        entry.Metadata.Title.ShouldBe("Post one");

        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://old.example.com/"><title>Old Wire</title><link>https://old.example.com/</link></channel>
              <item rdf:about="https://old.example.com/1"><title>Item</title><link>https://old.example.com/1</link>
                <description>Guards patrolled the border.</description><dc:date>2019-05-04</dc:date></item>
            </rdf:RDF>
            """;
        var item = DocumentReader.Default.Read("old.rss", Encoding.UTF8.GetBytes(rdf)).Single();
        item.Format.ShouldBe(SourceFormat.Rss);
        item.FeedItemKey.ShouldBe("https://old.example.com/1");
        item.Metadata.OutletName.ShouldBe("Old Wire");
        item.Metadata.Published.ShouldBe(PartialDate.OfDay(2019, 5, 4));
        item.Metadata.PublishedNote.ShouldBe("dc:date");
        item.BodyText.ShouldBe("Guards patrolled the border.");
    }

    [Fact]
    public void An_rss_1_0_feed_saved_with_the_rdf_extension_is_read_item_by_item()
    {
        // RSS 1.0 is RDF: feed readers and browsers save it as .rdf (application/rdf+xml).
        const string rdf = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://steppe-ledger.example/"><title>Steppe Ledger</title><link>https://steppe-ledger.example/</link></channel>
              <item rdf:about="https://steppe-ledger.example/a"><title>Post reopened</title><link>https://steppe-ledger.example/a</link>
                <description>Kyrgyz customs reopened the Kyzyl-Kiya post to lorries.</description><dc:date>2024-03-12</dc:date></item>
              <item rdf:about="https://steppe-ledger.example/b"><title>Talks</title><link>https://steppe-ledger.example/b</link>
                <description>Border delegations met in Osh.</description><dc:date>2024-03-14</dc:date></item>
            </rdf:RDF>
            """;
        DocumentReader.IsSupported("steppe.rdf").ShouldBeTrue();
        var items = DocumentReader.Default.Read("steppe.rdf", Encoding.UTF8.GetBytes(rdf));
        items.Count.ShouldBe(2);
        items.ShouldAllBe(i => i.Format == SourceFormat.Rss);
        items[0].Metadata.OutletName.ShouldBe("Steppe Ledger");
        items[1].Metadata.Published.ShouldBe(PartialDate.OfDay(2024, 3, 14));
        items[1].BodyText.ShouldBe("Border delegations met in Osh.");
    }
}
