using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// A photo gallery tells its story in its captions (<c>HtmlText.IsGallery</c>): three figcaptions or more holding more
/// text than the page's paragraphs are its main text; on an article with photos the captions stay chrome. Pages of our
/// own, in no corpus.
/// </summary>
public class GalleryCaptionTests
{
    private static readonly string[] Captions =
    [
        "Customs officers of Kyrgyzstan weigh sacks of walnuts at the Dostuk crossing before the trucks leave for Uzbekistan.",
        "A dog handler of the border service checks a lorry from Andijan in the inspection bay at the Kara-Suu post.",
        "Kyrgyz and Uzbek border officers met at the Dostuk crossing on 9 September 2025 to agree on longer opening hours for the harvest.",
        "Drivers queue through the night on the road to the crossing as the harvest traffic grows.",
    ];

    private static string Figures(IEnumerable<string> captions) =>
        string.Concat(captions.Select((c, n) => $"<figure><img src=\"/g/{n}.jpg\" alt=\"\"><figcaption>{c}</figcaption></figure>\n"));

    private static string Page(string main) => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head>
        <body><header><a href="/">Valley Frames</a></header><main>{main}</main><footer>Valley Frames</footer></body></html>
        """;

    private static string Gallery => Page("<h1>Harvest at the crossing: four frames</h1>\n<p>A week with the walnut trade at the Dostuk crossing.</p>\n" + Figures(Captions));

    private static string Cleaned(string html) => ArticleCleaner.Clean(DocumentReader.Default.Read("page.html", Encoding.UTF8.GetBytes(html))[0].BodyText);

    [Fact]
    public void A_galleries_captions_are_its_text()
    {
        var cleaned = Cleaned(Gallery);
        foreach (var caption in Captions) cleaned.ShouldContain(caption);
    }

    [Fact]
    public void A_dated_caption_of_a_gallery_gives_its_incident()
    {
        var analysis = ArticleAnalysis.Analyze(DocumentReader.Default.Read("gallery.html", Encoding.UTF8.GetBytes(Gallery))[0]);
        var text = analysis.CleanedText;
        analysis.Incidents.Select(i => text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart)).ShouldContain(e => e.Contains("met at the Dostuk crossing"));
    }

    [Fact]
    public void An_articles_photo_captions_stay_chrome()
    {
        var story = string.Concat(Enumerable.Range(0, 3).Select(n =>
            $"<p>Paragraph {n + 1} of the report: the border service said the queue at the crossing grew through the week as the harvest went north, and the ministry promised more officers for the night shift.</p>\n"));
        var cleaned = Cleaned(Page("<h1>Queues grow at the crossing</h1>\n" + story + Figures(Captions.Take(3))));
        foreach (var caption in Captions) cleaned.ShouldNotContain(caption);
        cleaned.ShouldContain("Paragraph 3 of the report");
    }

    [Fact]
    public void Two_captions_are_no_gallery()
    {
        var cleaned = Cleaned(Page("<h1>Two frames</h1>\n<p>Seen at the crossing.</p>\n" + Figures(Captions.Take(2))));
        foreach (var caption in Captions) cleaned.ShouldNotContain(caption);
    }
}
