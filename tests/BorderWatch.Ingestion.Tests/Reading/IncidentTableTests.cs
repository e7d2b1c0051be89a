using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// A table of incidents (<c>IncidentTable</c>): when its header row names a date and an event column
/// (<c>Lexicon/table-columns.json</c>), an event cell without closing punctuation gets a full stop and gives its incident,
/// dated by the row's date cell; layout tables (navigation, a key/value box) are read cell by cell as before.
/// Pages of our own, in no corpus.
/// </summary>
public class IncidentTableTests
{
    private static string Page(string main, string published = "2025-04-08") => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Monitor</title>
        <meta property="article:published_time" content="{published}"></head>
        <body><main><h1>Frontier log: March</h1>
        <p>Our volunteers log events on the frontier each month; every entry names where we heard of it.</p>
        {main}</main></body></html>
        """;

    private const string Monitor = """
        <table class="log">
        <thead><tr><th>Date</th><th>Location</th><th>Incident</th><th>Source</th></tr></thead>
        <tbody>
        <tr><td>27 Mar</td><td>Kara-Suu, Osh</td><td>Kyrgyz border guards detained six Uzbek traders who forded the river with rolls of carpet</td><td>Border service</td></tr>
        <tr><td>29 Mar</td><td>Isfana, Batken</td><td>A Tajik patrol and Kyrgyz guards exchanged shots near a shared well for about ten minutes</td><td>Village elder</td></tr>
        </tbody></table>
        """;

    private static string Cleaned(string html) => ArticleCleaner.Clean(DocumentReader.Default.Read("page.html", Encoding.UTF8.GetBytes(html))[0].BodyText);

    [Fact]
    public void An_event_cell_is_closed_as_a_sentence_and_written_after_its_date_and_place()
    {
        var cleaned = Cleaned(Page(Monitor));
        cleaned.ShouldContain("27 Mar\n\nKara-Suu, Osh\n\nKyrgyz border guards detained six Uzbek traders who forded the river with rolls of carpet.\n\nBorder service");
        cleaned.ShouldContain("Kyrgyz guards exchanged shots near a shared well for about ten minutes.");
        cleaned.ShouldNotContain("Border service.");   // only the event column is closed
    }

    [Fact]
    public void A_rows_incident_is_dated_by_its_date_cell_in_the_pages_year()
    {
        var analysis = ArticleAnalysis.Analyze(DocumentReader.Default.Read("log.html", Encoding.UTF8.GetBytes(Page(Monitor)))[0]);
        string Excerpt(BorderWatch.Ingestion.Pipeline.ExtractedIncident i) => analysis.CleanedText[i.ExcerptStart..i.ExcerptEnd];
        var shots = analysis.Incidents.Single(i => Excerpt(i).Contains("exchanged shots near a shared well"));
        shots.Date.ShouldBe(PartialDate.OfDay(2025, 3, 29));
        var detention = analysis.Incidents.Single(i => Excerpt(i).Contains("detained six Uzbek traders"));
        detention.Date.ShouldBe(PartialDate.OfDay(2025, 3, 27));
    }

    [Fact]
    public void Header_cells_in_the_first_row_without_a_thead_and_a_closed_event_cell_keeps_its_punctuation()
    {
        var table = """
            <table><tr><th>When</th><th>What happened</th></tr>
            <tr><td>2 Feb 2025</td><td>Guards of both sides met at the bridge to agree on winter hours.</td></tr></table>
            """;
        var cleaned = Cleaned(Page(table));
        cleaned.ShouldContain("Guards of both sides met at the bridge to agree on winter hours.");
        cleaned.ShouldNotContain("winter hours..");
    }

    [Fact]
    public void A_key_value_box_is_read_cell_by_cell()
    {
        var box = """
            <table class="facts"><tr><th>Date</th><td>4 March 2025</td></tr>
            <tr><th>Place</th><td>Kyzyl-Kiya</td></tr></table>
            <p>The checkpoint at the edge of town reopened after the thaw, the district office said on Tuesday.</p>
            """;
        var cleaned = Cleaned(Page(box));
        cleaned.ShouldNotContain("4 March 2025.");
        cleaned.ShouldNotContain("Kyzyl-Kiya.");
    }

    [Fact]
    public void A_navigation_or_layout_table_gives_nothing_new()
    {
        var layout = """
            <table><tr><td>Home</td><td>Archive</td><td>About us</td></tr></table>
            <table><tr><th>Region</th><th>Posts</th></tr><tr><td>Batken</td><td>12</td></tr></table>
            <p>The checkpoint at the edge of town reopened after the thaw, the district office said on Tuesday.</p>
            """;
        const string Story = "<p>The checkpoint at the edge of town reopened after the thaw, the district office said on Tuesday.</p>";
        var cleaned = Cleaned(Page(layout));
        cleaned.ShouldNotContain("Home.");
        cleaned.ShouldNotContain("Batken.");
        cleaned.ShouldContain("reopened after the thaw");
        var analysis = ArticleAnalysis.Analyze(DocumentReader.Default.Read("nav.html", Encoding.UTF8.GetBytes(Page(layout)))[0]);
        var baseline = ArticleAnalysis.Analyze(DocumentReader.Default.Read("plain.html", Encoding.UTF8.GetBytes(Page(Story)))[0]);
        analysis.Incidents.Count.ShouldBe(baseline.Incidents.Count);
    }
}
