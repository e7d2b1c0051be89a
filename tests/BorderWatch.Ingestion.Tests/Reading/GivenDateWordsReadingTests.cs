using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// tidy43: the reading stage reads a page's own date (top bar, date or byline element) with the date rules it is given,
/// and the ingestion reads with the date words registered in DI, as the date stage does (di42): a month spelling only a
/// custom dates.json knows ("Novr") dates the page; the embedded words do not. Pages written for these tests (in no corpus).
/// </summary>
public class GivenDateWordsReadingTests
{
    // A town paper's top bar above the article; no metadata, time element or date element dates the page.
    private const string TopBarPage = """
        <html><body>
        <div class="bar">Saturday, 14 Novr 2026 · Osh +3°C</div>
        <article><h1>Herders wait at the Dostuk post</h1>
        <p>Herders from the valley waited for a second day at the Dostuk post with their flocks, the district office said.</p>
        <p>The crossing is to reopen once the veterinary checks are done, officials told the herders.</p></article>
        </body></html>
        """;

    // A byline element that carries the day.
    private const string BylinePage = """
        <html><body>
        <article><h1>New road opens to the Kyzyl-Bel post</h1>
        <span class="byline">By Aziza Rahimova · 3 Novr 2025</span>
        <p>A gravel road to the Kyzyl-Bel post was opened to traffic after two summers of work, the district office said.</p>
        <p>Lorries carrying coal are expected to use it first, the office added.</p></article>
        </body></html>
        """;

    /// <summary>The embedded dates.json with "Novr", an old written short form of November, added to its month abbreviations.</summary>
    private static DateLexicon WithNovr() => Dates.GivenDateWordsTests.WithAbbreviation("Novr");

    private static PartialDate Published(DocumentReader reader, string page) =>
        reader.Read("page.html", Encoding.UTF8.GetBytes(page)).ShouldHaveSingleItem().Metadata.Published;

    [Fact]
    public void A_top_bar_date_in_the_given_words_dates_the_page()
    {
        Published(new DocumentReader(new DateRules(WithNovr(), Lexicon.Default)), TopBarPage).ShouldBe(PartialDate.OfDay(2026, 11, 14));
        Published(DocumentReader.Default, TopBarPage).IsKnown.ShouldBeFalse();
    }

    [Fact]
    public void A_byline_date_in_the_given_words_dates_the_page()
    {
        Published(new DocumentReader(new DateRules(WithNovr(), Lexicon.Default)), BylinePage).ShouldBe(PartialDate.OfDay(2025, 11, 3));
        Published(DocumentReader.Default, BylinePage).ShouldNotBe(PartialDate.OfDay(2025, 11, 3));
    }

    [Fact]
    public async Task The_ingestion_reads_pages_with_the_date_words_registered_in_DI()
    {
        var services = new ServiceCollection();
        services.AddSingleton(WithNovr());
        services.AddSentenceParser();
        services.AddIncidentDetection(TypeModelOptions.Off);
        await using var provider = services.BuildServiceProvider();

        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance, TempStore.Generous,
            provider.GetRequiredService<IncidentDetector>());
        var report = await service.IngestContentAsync("dostuk.html", Encoding.UTF8.GetBytes(TopBarPage));

        var id = report.Results.ShouldHaveSingleItem().ArticleId.ShouldNotBeNull();
        (await db.Articles.SingleAsync(a => a.Id == id)).Published.ShouldBe(PartialDate.OfDay(2026, 11, 14));
    }
}
