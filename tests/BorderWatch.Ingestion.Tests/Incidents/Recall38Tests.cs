using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records missed (recall38, rewritten by mend37): a quotes column's quotes, each a paragraph in quotation marks with its
/// source on a line of its own that names a speaker and tells no act ("— press service of the border police, on
/// Thursday"), are statements of that source on that day when they have a border in view. A dash line that tells an act
/// ("— Turkmen guards held ...") is a sentence of its own. Plain-text columns written for these tests, in no corpus.
/// </summary>
public class Recall38Tests
{
    private const string Column = """
        Amu Darya Ledger
        Voices from the river border
        Thursday 3 June 2027

        Our weekly column of what officials, traders and others told us about the southern frontier.

        “Uzbek and Tajik traders will never again wait more than an hour at the Shurob gate.”

        — Deputy head of the Tajik customs service, on Monday

        “There is no fence going up along the Afghan border. Those photographs show a wall built years ago.”

        — Press service of the Turkmen border guard, on Wednesday

        “Our patrols along the Afghan border turned back two boats.”

        — Commander of the Uzbek river brigade, on Tuesday

        “The melons this year are the sweetest anyone can remember.”

        — A fruit seller in a market, on Monday
        """;

    private const string Digest = """
        Frontier digest
        Thursday 3 June 2027

        “The border will stay closed until spring.”

        — Uzbek guards detained 12 Afghans near Termez on Monday.

        “Why did the shooting start?”

        — Because the patrol crossed the line, the colonel said.
        """;

    private static (string Text, IReadOnlyList<ExtractedIncident> Found) Page(string plain)
    {
        var text = ArticleCleaner.Clean(DocumentReader.Default.Read("voices.txt", Encoding.UTF8.GetBytes(plain))[0].BodyText);
        return (text, Detect.All(text, "2027-06-03"));
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
        var (text, found) = Page(Column);
        var pledge = One(text, found, "will never again wait");
        pledge.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, found));
        pledge.Date.ShouldBe(PartialDate.OfDay(2027, 5, 31));
        pledge.Attribution.ShouldBe("Deputy head of the Tajik customs service");
        pledge.AttributionBasis.ShouldBe(AttributionBasis.SourceLine);
        var denial = One(text, found, "There is no fence");
        denial.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, found));
        denial.Date.ShouldBe(PartialDate.OfDay(2027, 6, 2));
    }

    [Fact]
    public void A_quote_that_tells_an_act_keeps_its_record_with_the_source_s_day_and_name()
    {
        var (text, found) = Page(Column);
        var told = One(text, found, "Our patrols along the Afghan border");
        told.Type.ShouldNotBe(IncidentType.Statement, Detect.Describe(text, found));
        told.Date.ShouldBe(PartialDate.OfDay(2027, 6, 1), Detect.Describe(text, found));
        told.Attribution.ShouldBe("Commander of the Uzbek river brigade");
    }

    [Fact]
    public void A_quote_with_no_border_in_view_gives_nothing_and_its_source_line_is_no_record()
    {
        var (text, found) = Page(Column);
        Detect.Quoting(text, found, "melons").ShouldBeEmpty(Detect.Describe(text, found));
        found.Select(i => text[i.ExcerptStart..i.ExcerptEnd]).ShouldNotContain(e => e.Contains("fruit seller"), Detect.Describe(text, found));
    }

    [Fact]
    public void A_dash_line_that_tells_an_act_is_a_sentence_of_its_own_not_the_quote_s_source()
    {
        var (text, found) = Page(Digest);
        var held = One(text, found, "detained 12 Afghans");
        held.Type.ShouldNotBe(IncidentType.Statement, Detect.Describe(text, found));
        found.ShouldNotContain(i => i.AttributionBasis == AttributionBasis.SourceLine, Detect.Describe(text, found));
        found.ShouldNotContain(i => i.Attribution != null && i.Attribution.StartsWith("Because"), Detect.Describe(text, found));
    }
}
