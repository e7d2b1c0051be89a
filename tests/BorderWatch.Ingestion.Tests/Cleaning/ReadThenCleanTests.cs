using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Cleaning;

public class ReadThenCleanTests
{
    [Fact]
    public void Html_body_after_cleaning_is_article_text_whose_paragraphs_quote_the_page_exactly()
    {
        const string html = """
            <html lang="en"><head><title>Patrols stepped up</title></head><body>
            <article>
              <h1>Patrols stepped up</h1>
              <p>Advertisement</p>
              <p>Uzbek border troops stepped up patrols along the Amu Darya on Monday, the defence ministry said.</p>
              <p>Uzbek border troops stepped up patrols along the Amu Darya on Monday, the defence ministry said.</p>
              <p>“The situation is under control,” a spokesman told reporters in Termez.</p>
              <p>Reporting by Jane Roe; editing by John Doe</p>
            </article></body></html>
            """;
        var doc = DocumentReader.Default.Read("p.html", Encoding.UTF8.GetBytes(html)).Single();
        var cleaned = ArticleCleaner.Clean(doc.BodyText);
        cleaned.ShouldBe("Patrols stepped up\n\n" +
                         "Uzbek border troops stepped up patrols along the Amu Darya on Monday, the defence ministry said.\n\n" +
                         "“The situation is under control,” a spokesman told reporters in Termez.");
    }
}
