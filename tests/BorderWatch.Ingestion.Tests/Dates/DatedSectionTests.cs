using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// Documents built of dated entries (live blogs, channel exports, day pages): each entry is read against its own
/// heading's day. Texts of their own, in no corpus.
/// </summary>
public class DatedSectionTests
{
    private static ResolvedDate At(IReadOnlyList<Sentence> sentences, DateContext context, string phrase) => SentenceAt(sentences, context, phrase);

    private static ExtractedIncident IncidentAt(AnalyzedArticle article, string phrase) =>
        article.Incidents.Single(i => article.CleanedText[i.ExcerptStart..i.ExcerptEnd].Contains(phrase, StringComparison.Ordinal));

    private const string ChannelExport = """
        Channel export: Southern Detachment press service

        [12.06.2022 07:15] 👁 3.4K ↪ 12

        Yesterday evening a patrol detained four Afghan citizens who had crossed the river near Kalai Khumb.

        [14.06.2022 21:40] 👁 5.1K ↪ 30

        This morning the detachment held a live-fire drill at the Shagon outpost.

        Kyrgyz and Tajik border commanders met at the Guliston crossing and signed a protocol on joint patrols.

        [15.06.2022 10:05] 👁 1.2K ↪ 4

        No shots were fired on the Tajik-Kyrgyz line on 13 June, contrary to reports.
        """;

    [Fact]
    public void A_post_stamp_is_the_reference_of_its_own_post()
    {
        var (sentences, context) = Read(ChannelExport);
        context.Sections.DayOf(IndexOf(sentences, "Yesterday evening")).ShouldBe(PartialDate.OfDay(2022, 6, 12));
        At(sentences, context, "Yesterday evening").Date.ShouldBe(PartialDate.OfDay(2022, 6, 11));
        At(sentences, context, "This morning").Date.ShouldBe(PartialDate.OfDay(2022, 6, 14));
        // A year-less day is read against its own post, not the first stamp (which would put it a year back).
        At(sentences, context, "on 13 June").Date.ShouldBe(PartialDate.OfDay(2022, 6, 13));
    }

    [Fact]
    public void An_undated_event_in_a_post_takes_the_post_day()
    {
        var article = ArticleAnalysis.AnalyzeCleaned(ChannelExport, PartialDate.Unknown);
        var meeting = IncidentAt(article, "signed a protocol");
        meeting.Date.ShouldBe(PartialDate.OfDay(2022, 6, 14));
        meeting.DateNote!.ShouldContain("section");
    }

    [Fact]
    public void Time_headings_of_a_live_page_date_its_updates_to_the_page_day()
    {
        const string text = """
            Live: tension on the Isfara river

            10:20

            Tajik border guards have closed the Vorukh road after shots were heard near the canal, the district office said.

            12:45

            Kyrgyz officials say two companies of border troops have been moved to Kok-Tash.
            """;
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.OfDay(2021, 4, 28));
        IncidentAt(article, "have been moved").Date.ShouldBe(PartialDate.OfDay(2021, 4, 28));
    }

    [Fact]
    public void Day_headings_without_a_year_take_the_document_year()
    {
        const string text = """
            Border diary

            Tuesday 8 March

            Uzbek guards detained three smugglers who had crossed from Turkmenistan near Dashoguz.

            Update, March 9 — 11:30

            Turkmen and Uzbek commanders met at the Shavat crossing.
            """;
        var (sentences, context) = Read(text, PartialDate.OfDay(2016, 3, 10));
        context.Sections.DayOf(IndexOf(sentences, "detained three")).ShouldBe(PartialDate.OfDay(2016, 3, 8));
        context.Sections.DayOf(IndexOf(sentences, "commanders met")).ShouldBe(PartialDate.OfDay(2016, 3, 9));
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.OfDay(2016, 3, 10));
        IncidentAt(article, "commanders met").Date.ShouldBe(PartialDate.OfDay(2016, 3, 9));
    }

    [Fact]
    public void A_day_page_named_by_its_title_dates_its_items()
    {
        const string text = """
            Daily digest/2019 October 3

            October 3, 2019 (Thursday) edit · history

            Kazakh and Kyrgyz border guards begin a joint exercise near Korday.

            Chinese and Tajik officers inspect the new posts on the Kulma pass.
            """;
        var (sentences, context) = Read(text);
        context.Sections.DayOf(IndexOf(sentences, "joint exercise")).ShouldBe(PartialDate.OfDay(2019, 10, 3));
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.Unknown);
        IncidentAt(article, "joint exercise").Date.ShouldBe(PartialDate.OfDay(2019, 10, 3));
    }

    [Fact]
    public void A_lone_date_line_under_a_headline_is_no_section()
    {
        const string text = """
            Guards reinforce the Ferghana line

            17 February 2023

            Kyrgyz and Uzbek border guards exchanged fire near Sokh, officials said.
            """;
        var (sentences, context) = Read(text);
        context.Sections.DayOf(IndexOf(sentences, "exchanged fire")).ShouldBe(PartialDate.Unknown);
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.Unknown);
        // An undated event in an ordinary article keeps the month of the document's date.
        IncidentAt(article, "exchanged fire").Date.ShouldBe(PartialDate.OfMonth(2023, 2));
    }

    [Fact]
    public void A_sentence_is_no_heading()
    {
        const string text = """
            Notes

            On 4 May 2020 the talks resumed.

            On 9 May 2020 the talks ended without a deal.

            Tajik guards fired warning shots at a boat on the Panj.
            """;
        var (sentences, context) = Read(text);
        context.Sections.DayOf(IndexOf(sentences, "warning shots")).ShouldBe(PartialDate.Unknown);
    }

    [Fact]
    public void A_time_stamp_heading_an_html_update_is_kept_in_the_text()
    {
        const string page = """
            <html><head><title>Live: Panj shooting</title><meta property="article:published_time" content="2021-09-02T08:00:00+05:00"></head>
            <body><article><h1>Live: Panj shooting</h1>
            <div class="entry"><time datetime="2021-09-02T09:30:00+05:00">09:30</time>
            <p>Tajik border guards exchanged fire with armed men on the Afghan bank near Khumrogi, officials said.</p></div>
            <div class="entry"><time datetime="2021-09-02T13:10:00+05:00">13:10</time>
            <p>Afghan officials say fifty fighters have been sent to the riverbank opposite Vanj.</p></div>
            </article></body></html>
            """;
        var doc = DocumentReader.Default.Read("live.html", Encoding.UTF8.GetBytes(page)).Single();
        var lines = doc.BodyText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain("09:30");
        lines.ShouldContain("13:10");
        var article = ArticleAnalysis.Analyze(doc);
        IncidentAt(article, "fifty fighters").Date.ShouldBe(PartialDate.OfDay(2021, 9, 2));
    }
}
