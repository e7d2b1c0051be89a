using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// Chronologies and timelines: a date that opens an item ("14 August –", "March –", "Autumn –") is that item's event
/// date, in the year of the year heading above it; only a placed or agency dateline dates the story instead. Texts of
/// their own, in no corpus.
/// </summary>
public class ChronologyTests
{
    private const string Timeline = """
        Chronology of the Karakum frontier

        2019

        4 March – Turkmen and Uzbek guards trade fire across the canal near Dashoguz.

        October – The two governments open a second crossing at Farap.

        2020

        Autumn – Turkmenistan sends an engineering battalion to the canal, local officials say.

        2 May – Uzbek guards detain nine men who waded across the canal.
        """;

    [Fact]
    public void A_day_opening_an_item_takes_the_year_of_its_heading()
    {
        var (sentences, context) = Read(Timeline, PartialDate.OfDay(2021, 3, 1));
        SentenceAt(sentences, context, "trade fire").Date.ShouldBe(PartialDate.OfDay(2019, 3, 4));
        // Two paragraphs under its heading, and before the document's month: still the heading's year.
        SentenceAt(sentences, context, "detain nine").Date.ShouldBe(PartialDate.OfDay(2020, 5, 2));
    }

    [Fact]
    public void A_month_or_season_opening_an_item_dates_it_at_its_own_precision()
    {
        var (sentences, context) = Read(Timeline, PartialDate.OfDay(2021, 3, 1));
        SentenceAt(sentences, context, "second crossing").Date.ShouldBe(PartialDate.OfMonth(2019, 10));
        SentenceAt(sentences, context, "engineering battalion").Date.ShouldBe(PartialDate.OfYear(2020));
    }

    [Fact]
    public void A_year_heading_is_a_section_of_its_year()
    {
        var (sentences, context) = Read(Timeline, PartialDate.OfDay(2021, 3, 1));
        context.Sections.DayOf(IndexOf(sentences, "second crossing")).ShouldBe(PartialDate.OfYear(2019));
        context.Sections.DayOf(IndexOf(sentences, "detain nine")).ShouldBe(PartialDate.OfYear(2020));
    }

    [Theory]
    [InlineData("March – the commission met again in Khujand.", 3)]
    [InlineData("• November: guards closed the pass.", 11)]
    [InlineData("- June - the talks resumed.", 6)]
    public void A_month_before_an_items_dash_is_a_date(string line, int month)
    {
        var e = DateRules.Default.Finder.Find(line).ShouldHaveSingleItem();
        e.Kind.ShouldBe(DateExpressionKind.Month);
        e.Month.ShouldBe(month);
    }

    [Theory]
    [InlineData("March on the capital – organisers expect thousands.")]
    [InlineData("The protest they call March – a small crowd – dispersed.")]
    [InlineData("Spring rains flooded the valley.")]
    public void A_month_or_season_word_elsewhere_is_no_date(string line) =>
        DateRules.Default.Finder.Find(line).ShouldBeEmpty();

    [Fact]
    public void A_bare_full_date_before_a_dash_is_no_dateline()
    {
        LeadDatelines.Match("9 June 2022 – Turkmen guards closed the Farap crossing.").ShouldBeNull();
        LeadDatelines.Match("June 9, 2022 - Turkmen guards closed the Farap crossing.").ShouldBeNull();
        LeadDatelines.Match("June 9, 2022 (Eurasianet) - Turkmen guards closed the Farap crossing.").ShouldNotBeNull();
    }

    [Fact]
    public void A_first_item_with_a_full_date_keeps_it_as_the_event_date()
    {
        const string text = "Farap crossing: a chronology\n\n9 June 2022 – Turkmen guards closed the crossing after a shooting.\n\n"
            + "12 June 2022 – The crossing reopened to lorries.";
        var (sentences, context) = Read(text);
        sentences.ShouldAllBe(s => !s.IsDateline);
        SentenceAt(sentences, context, "closed the crossing").Date.ShouldBe(PartialDate.OfDay(2022, 6, 9));
    }

    [Fact]
    public void Wiki_citation_marks_and_the_reference_list_are_not_article_text()
    {
        const string html = """
            <html><head><title>Timeline of the Farap crossing</title></head><body><div id="content">
            <h1>Timeline of the Farap crossing</h1>
            <ul><li><b>9 June</b> – Turkmen guards closed the crossing after a shooting.<sup class="reference">[4]</sup></li>
            <li><b>12 June</b> – The crossing reopened to lorries after talks between the two border services.<sup class="reference">[5]</sup></li></ul>
            <ol class="references"><li>"Farap closed". Turkmen Daily. 9 June 2022.</li></ol>
            </div></body></html>
            """;
        var text = DocumentReader.Default.Read("timeline.html", Encoding.UTF8.GetBytes(html)).Single().BodyText;
        text.ShouldContain("closed the crossing after a shooting.");
        text.ShouldNotContain("[4]");
        text.ShouldNotContain("Farap closed");
    }

    [Fact]
    public void Month_headings_of_a_report_date_the_undated_events_below_them()
    {
        const string text = """
            Pamir Frontier Review, first quarter

            NOVEMBER

            Chinese and Tajik engineers finished the new post at the Kulma pass.

            DECEMBER

            Tajik guards detained four herders who had strayed across the ridge.
            """;
        // Written in January: November and December are those of the year before.
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.OfDay(2019, 1, 20));
        IncidentAt(article, "detained four herders").Date.ShouldBe(PartialDate.OfMonth(2018, 12));
    }

    [Fact]
    public void An_agendas_day_heading_in_capitals_dates_the_plans_under_it()
    {
        const string text = """
            DIARY FOR THE WEEK

            THURSDAY, JUNE 11

            KHUJAND - Tajik and Uzbek border commanders are expected to sign a protocol on joint patrols.

            FRIDAY, JUNE 12

            OSH - Kyrgyz and Uzbek officials are scheduled to meet to discuss the Sokh road.
            """;
        var (sentences, context) = Read(text, PartialDate.OfDay(2020, 6, 8));
        context.Sections.DayOf(IndexOf(sentences, "joint patrols")).ShouldBe(PartialDate.OfDay(2020, 6, 11));
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.OfDay(2020, 6, 8));
        IncidentAt(article, "scheduled to meet").Date.ShouldBe(PartialDate.OfDay(2020, 6, 12));
    }

    [Fact]
    public void Later_in_the_month_is_the_reference_month()
    {
        var e = DateRules.Default.Finder.Find("The radars are due to arrive later in the month.").ShouldHaveSingleItem();
        e.Kind.ShouldBe(DateExpressionKind.Relative);
        RelativeDates.Resolve(e, PartialDate.OfDay(2023, 4, 2), future: true).ShouldBe(PartialDate.OfMonth(2023, 4));
    }

    private static ExtractedIncident IncidentAt(AnalyzedArticle article, string phrase) =>
        article.Incidents.Single(i => article.CleanedText[i.ExcerptStart..i.ExcerptEnd].Contains(phrase, StringComparison.Ordinal));
}
