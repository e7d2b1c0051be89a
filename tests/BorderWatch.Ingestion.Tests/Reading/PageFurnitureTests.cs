using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;
using Shouldly;
using Xunit;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// Text extracted from a PDF loses its page furniture (running headers and footers, page numbers, form feeds) before
/// its wrapped lines are joined, and a word broken at a line end is one word again. Texts written for these tests;
/// no corpus sentence.
/// </summary>
public class PageFurnitureTests
{
    private static string Body(string text) =>
        ArticleCleaner.Clean(DocumentReader.Default.Read("extracted.txt", Encoding.UTF8.GetBytes(text)).Single().BodyText);

    private const string TwoPageRelease =
        "Regional Customs Bureau, Field Office North                    NEWS RELEASE\n\n" +
        "Customs officers seize forty kilograms of hashish at the Kordai post\n\n" +
        "BISHKEK, 4 February 2027 - Officers of the Regional Customs Bureau on\n" +
        "Wednesday found forty kilograms of hashish hidden in a refrigerated\n" +
        "lorry that was waiting to leave the country at the Kordai crossing, the\n" +
        "bureau said, adding that the driver, a citizen of a neighbouring state,\n" +
        "had been detained and that the search of the trailer took four hours.\n" +
        "The bureau said the seizure was the largest at the post this winter and\n" +
        "that dogs trained in the spring had found the hidden compart-\n" +
        "ment under the floor of the cab within a few minutes of the\n\n" +
        "                                                        Page 1 of 2\n" +
        "\f\n" +
        "Regional Customs Bureau,   Field Office North                  NEWS RELEASE\n\n" +
        "search, which began shortly after the lorry arrived at the post from\n" +
        "the south and its papers were found to be forged in several places.\n" +
        "Officers of the bureau also held a joint drill with the Kyrgyz-\n" +
        "Kazakh liaison group at the same post on Thursday and agreed on\n" +
        "new rules for the exchange of information on suspicious loads.\n\n" +
        "                                                        Page 2 of 2\n";

    [Fact]
    public void Running_headers_page_numbers_and_form_feeds_are_dropped_and_the_paragraphs_joined()
    {
        var body = Body(TwoPageRelease);
        body.ShouldNotContain("NEWS RELEASE");
        body.ShouldNotContain("Page 1 of 2");
        body.ShouldNotContain("\f");
        body.ShouldContain("Officers of the Regional Customs Bureau on Wednesday found forty kilograms of hashish hidden in a refrigerated lorry that was waiting to leave the country at the Kordai crossing, the bureau said,");
        // The sentence runs on over the page break.
        body.ShouldContain("within a few minutes of the search, which began shortly after the lorry arrived");
    }

    [Fact]
    public void A_word_broken_at_a_line_end_is_one_word_again_but_a_hyphen_before_a_capital_stays()
    {
        var body = Body(TwoPageRelease);
        body.ShouldContain("the hidden compartment under the floor");
        body.ShouldContain("with the Kyrgyz-Kazakh liaison group");
    }

    [Fact]
    public void A_compound_the_text_writes_with_its_hyphen_keeps_it_when_broken_at_the_hyphen()
    {
        const string text =
            "Patrols on the eastern stretch of the river reported less cross-border\n" +
            "smuggling this month than last, the district office said in a note sent\n" +
            "to reporters, adding that the fall in cross-\n" +
            "border smuggling followed the closure of two markets near the bank and\n" +
            "that more patrols would be sent out once the ice on the river breaks up\n" +
            "and the boats of the smugglers can cross it again in the spring.\n";
        var body = Body(text);
        body.ShouldContain("the fall in cross-border smuggling followed the closure");
        body.ShouldNotContain("crossborder");
    }

    [Fact]
    public void A_label_repeated_in_an_article_without_page_breaks_stays()
    {
        const string text =
            "Flooding closes two border posts in the valley\n\n" +
            "UPDATE:\n" +
            "The Sary-Tash post reopened at noon after the water fell.\n\n" +
            "UPDATE:\n" +
            "The second post is still closed and lorries wait on the road.\n";
        // Read only: the cleaner later drops a short line repeated as a headline, which is its own rule.
        var body = DocumentReader.Default.Read("extracted.txt", Encoding.UTF8.GetBytes(text)).Single().BodyText;
        body.Split('\n').Count(l => l.Trim() == "UPDATE:").ShouldBe(2);
        body.ShouldContain("The Sary-Tash post reopened at noon after the water fell.");
    }

    [Fact]
    public void A_label_repeated_inside_the_pages_of_an_extracted_text_stays()
    {
        const string text =
            "Valley Bulletin\n\nUPDATE:\nThe upper post reopened at dawn.\nLorries crossed again by noon.\n- 1 -\n\f" +
            "Valley Bulletin\nThe river fell overnight.\nUPDATE:\nThe lower post reopened too.\nThe queue cleared by evening.\n- 2 -\n";
        // Read only: the cleaner later drops a short line repeated as a headline, which is its own rule.
        var body = DocumentReader.Default.Read("extracted.txt", Encoding.UTF8.GetBytes(text)).Single().BodyText;
        body.Split('\n').Count(l => l.Trim() == "UPDATE:").ShouldBe(2);
        body.ShouldNotContain("Valley Bulletin");
        body.ShouldNotContain("- 2 -");
    }

    [Fact]
    public void A_text_that_is_not_wrapped_is_unchanged()
    {
        const string text =
            "Border guards open a new post\n\n" +
            "Border guards opened a new post in the hills on Friday, the ministry said in a statement sent to reporters in the capital, adding that twenty men would serve there.\n\n" +
            "The post is the third this year on a stretch where smugglers used to cross on foot-\n" +
            "paths.\n";
        var read = DocumentReader.Default.Read("plain.txt", Encoding.UTF8.GetBytes(text)).Single();
        read.BodyText.ShouldBe(text);
    }
}
