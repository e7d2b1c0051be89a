using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Reading;
using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// News pages (news18): an agreement told after the meeting that reached it takes the meeting's date; a newspaper's
/// top bar dates a page nothing else dates; notices written as loose text in divs of one class are article text.
/// Texts of their own, in no corpus.
/// </summary>
public class NewsPageDateAndEntryTests
{
    private const string Published = "2026-09-12";

    [Fact]
    public void An_agreement_told_after_its_meeting_takes_the_meeting_s_date()
    {
        const string text = "On 8 September, the Tajik and Kyrgyz border commanders met at the Kayragach bridge.\n\n" +
                            "The sides discussed grazing and water.\n\n" +
                            "The sides agreed that from 1 October the Kayragach checkpoint will operate around the clock.";
        var agreement = Detect.Quoting(text, "The sides agreed that", Published);
        agreement.Type.ShouldBe(IncidentType.Agreement);
        agreement.Date.ShouldBe(D("2026-09-08"));
    }

    [Fact]
    public void A_newspaper_top_bar_dates_a_page_nothing_else_dates()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Letters</title></head><body>
            <div class="strip">Friday, 16 October 2026 &middot; Osh +8&deg;C &middot; EUR 101.20</div>
            <article><h1>Letters</h1>
            <p>Dear editors, on the night of 12 October someone cut the wire fence behind our orchard near the canal.</p>
            <p>We ask the district to mend it before the herds come down from the pastures.</p></article>
            <ul class="related"><li>14 October 2026: Prices at the bazaar</li></ul>
            </body></html>
            """;
        var doc = DocumentReader.Default.Read("letters.html", Encoding.UTF8.GetBytes(html))[0];
        doc.Metadata.Published.ShouldBe(PartialDate.OfDay(2026, 10, 16));
    }

    [Fact]
    public void A_date_inside_a_line_above_the_article_is_no_top_bar()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>Letters</title></head><body>
            <div class="strip">Weather for Osh on 16 October 2026: +8&deg;C</div>
            <article><h1>Letters</h1>
            <p>Dear editors, on the night of 12 October someone cut the wire fence behind our orchard near the canal.</p>
            <p>We ask the district to mend it before the herds come down from the pastures.</p></article>
            </body></html>
            """;
        var doc = DocumentReader.Default.Read("letters.html", Encoding.UTF8.GetBytes(html))[0];
        (doc.Metadata.PublishedNote ?? "").ShouldNotStartWith("top bar");
    }

    private const string NoticePage = """
        <!DOCTYPE html><html><head><title>Queues</title></head><body><main>
        <h1>Dostuk crossing: queues and notices</h1>
        <p class="stamp">Last updated: 14.09.2026 07:10. Figures from drivers and the customs service.</p>
        <section class="feed">
          <div class="entry"><span class="ts">[14.09.2026 06:40]</span> <b>Dostuk:</b> Uzbek guards have stopped all lorries at the bridge since 05:00 and are opening every trailer, the customs service said.</div>
          <div class="entry"><span class="ts">[13.09.2026 18:05]</span> <b>Dostuk:</b> Waiting times are back to normal for cars.</div>
          <div class="banner">Download our app to report queues from the road and get alerts about every crossing.</div>
        </section>
        <ul><li>Keep your papers ready.</li></ul>
        </main></body></html>
        """;

    [Fact]
    public void Notices_written_as_loose_text_in_divs_of_one_class_are_article_text()
    {
        var doc = DocumentReader.Default.Read("queues.html", Encoding.UTF8.GetBytes(NoticePage))[0];
        doc.BodyText.ShouldContain("are opening every trailer");
    }

    [Fact]
    public void A_single_div_or_a_short_notice_stays_layout()
    {
        var doc = DocumentReader.Default.Read("queues.html", Encoding.UTF8.GetBytes(NoticePage))[0];
        doc.BodyText.ShouldNotContain("Download our app");
        doc.BodyText.ShouldNotContain("back to normal");
    }
}
