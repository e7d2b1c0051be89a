using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records missed (recall38): a quotes page's quotes, each a paragraph in quotation marks with its source on a line of
/// its own ("- the ministry's press office, on Tuesday"), are statements of that source on that day when they have a
/// border in view. Texts of our own, in no corpus.
/// </summary>
public class Recall38Tests
{
    private const string QuotesPage = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Overheard: what was said on the frontier this week</title></head>
        <body><div class="brand">Valley Courier</div><article>
        <h1>Overheard: what was said on the frontier this week</h1>
        <p class="date">Friday 16 April 2027</p>
        <p>Each Friday we gather remarks on the region's frontiers.</p>
        <blockquote><p>"No Uzbek herder will be turned away at the Sokh gate while the snow lasts."</p><footer>- Kyrgyz Border Service deputy chief, on Monday, in Batken</footer></blockquote>
        <blockquote><p>"Nobody is digging under the Kazakh border. The rumours of a tunnel are false."</p><footer>- Kyrgyz Border Service press office, on Wednesday</footer></blockquote>
        <blockquote><p>"Our patrols on the Tajik stretch have found nobody."</p><footer>- Kyrgyz mountain unit commander, on Thursday</footer></blockquote>
        <blockquote><p>"The new bakery has the best bread in town."</p><footer>- A shopkeeper in Osh, on Tuesday</footer></blockquote>
        </article></body></html>
        """;

    private static (string Text, IReadOnlyList<ExtractedIncident> Found) Page(string html)
    {
        var text = ArticleCleaner.Clean(DocumentReader.Read("overheard.html", Encoding.UTF8.GetBytes(html))[0].BodyText);
        return (text, Detect.All(text, "2027-04-16"));
    }

    private static ExtractedIncident One(string text, IReadOnlyList<ExtractedIncident> found, string words)
    {
        var quoted = Detect.Quoting(text, found, words).ToList();
        quoted.Count.ShouldBe(1, Detect.Describe(text, found));
        return quoted[0];
    }

    [Fact]
    public void A_quote_with_its_source_on_a_line_of_its_own_is_that_source_s_statement_on_its_day()
    {
        var (text, found) = Page(QuotesPage);
        var quote = One(text, found, "will be turned away");
        quote.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, found));
        quote.Date.ShouldBe(PartialDate.OfDay(2027, 4, 12));
        quote.Attribution.ShouldBe("Kyrgyz Border Service deputy chief");
        var second = One(text, found, "Nobody is digging");
        second.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, found));
        second.Date.ShouldBe(PartialDate.OfDay(2027, 4, 14));
    }

    [Fact]
    public void A_quote_that_tells_an_act_keeps_its_record_with_the_source_s_day_and_name()
    {
        var (text, found) = Page(QuotesPage);
        var told = One(text, found, "Our patrols on the Tajik");
        told.Type.ShouldNotBe(IncidentType.Statement, Detect.Describe(text, found));
        told.Date.ShouldBe(PartialDate.OfDay(2027, 4, 15), Detect.Describe(text, found));
        told.Attribution.ShouldBe("Kyrgyz mountain unit commander");
    }

    [Fact]
    public void A_quote_with_no_border_in_view_gives_nothing_and_its_source_line_is_no_sentence_of_its_own()
    {
        var (text, found) = Page(QuotesPage);
        Detect.Quoting(text, found, "best bread").ShouldBeEmpty(Detect.Describe(text, found));
        var excerpts = found.Select(i => text[i.ExcerptStart..i.ExcerptEnd]).ToList();
        excerpts.ShouldNotContain(e => e.StartsWith("-") || e.Contains("Osh"), Detect.Describe(text, found));
    }
}
