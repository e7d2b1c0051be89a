using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;
using Shouldly;
using Xunit;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// A PDF converted to text without form feeds or "Page N of M" lines still has pages: a running header or footer that
/// repeats with its page number. It is dropped, the pages break there, and the hard-wrapped lines around it are joined
/// into paragraphs. Short-line tables and verse are left alone. Texts written for these tests; no corpus sentence.
/// </summary>
public class RunningHeaderTests
{
    private static string Body(string text) =>
        ArticleCleaner.Clean(DocumentReader.Default.Read("paper.txt", Encoding.UTF8.GetBytes(text)).Single().BodyText);

    private const string Paper =
        "Steppe Policy Forum               Notes on the Eastern Frontier               1\n\n" +
        "NOTES ON THE EASTERN FRONTIER\n" +
        "Working Paper 7, March 2027\n\n" +
        "Overview\n" +
        "The eastern frontier stayed quiet for most of the winter, although\n" +
        "the number of recorded crossings rose in the last weeks of Febru-\n" +
        "ary. On 12 February customs officers stopped a convoy of four\n" +
        "lorries carrying undeclared fuel near the ford; the drivers were re-\n" +
        "leased on bail. The district court has not yet set a date for them.\n" +
        "In January a company of engineers was sent to repair the bridge at\n" +
        "the old ferry, according to a regional newspaper and local people.\n\n" +
        "Steppe Policy Forum               Notes on the Eastern Frontier               2\n\n" +
        "The two governments agreed on 2 March to open a second lane at the\n" +
        "northern crossing for empty lorries returning home and to share\n" +
        "the cost of the new scales and of the inspection shed that goes\n" +
        "with them, the transport ministry of the northern side announced.\n\n" +
        "Steppe Policy Forum               Notes on the Eastern Frontier               3\n\n" +
        "A list of sources is kept by the authors.\n";

    [Fact]
    public void A_numbered_running_header_is_dropped_and_the_wrapped_lines_are_paragraphs_again()
    {
        var body = Body(Paper);
        body.ShouldNotContain("Steppe Policy Forum");
        body.ShouldContain("in the last weeks of February. On 12 February customs officers stopped a convoy of four lorries carrying undeclared fuel near the ford; the drivers were released on bail.");
        body.ShouldContain("In January a company of engineers was sent to repair the bridge at the old ferry, according to a regional newspaper and local people.");
        // The page ended a sentence: the next page opens a paragraph of its own.
        body.ShouldContain("according to a regional newspaper and local people.\n\nThe two governments agreed on 2 March to open a second lane at the northern crossing");
        body.ShouldContain("the new scales and of the inspection shed that goes with them, the transport ministry");
    }

    [Fact]
    public void A_short_line_table_with_a_repeated_label_and_numbers_stays_line_by_line()
    {
        const string text =
            "Crossings counted at the northern post\n\n" +
            "Lorries entering the country     12\n" +
            "Lorries leaving the country      9\n" +
            "Cars entering the country        40\n" +
            "Cars leaving the country         38\n" +
            "Buses entering the country       3\n" +
            "Buses leaving the country        2\n" +
            "Lorries entering the country     13\n" +
            "Pedestrians                      55\n";
        var body = DocumentReader.Default.Read("table.txt", Encoding.UTF8.GetBytes(text)).Single().BodyText;
        body.ShouldBe(text);
    }

    [Fact]
    public void Verse_with_short_lines_is_not_joined()
    {
        const string text =
            "Song of the Ferryman\n\n" +
            "The river runs between two lands,\n" +
            "the ferry rope is in my hands,\n" +
            "and every evening, as before,\n" +
            "I row the guards from shore to shore.\n\n" +
            "The river runs between two lands,\n" +
            "the salt is cracking on my hands.\n";
        var body = DocumentReader.Default.Read("song.txt", Encoding.UTF8.GetBytes(text)).Single().BodyText;
        body.ShouldBe(text);
    }
}
