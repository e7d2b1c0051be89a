namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A digest's numbered section heading ("2. PAMIR: TALKS AT THE BRIDGE") is a label, not a report: its list number is no
/// sentence of its own, so the heading is a one-sentence line without closing punctuation. Texts written for these tests.
/// </summary>
public class SectionHeadingTests
{
    [Theory]
    [InlineData("4. ISHKASHIM: TALKS AT THE BRIDGE")]
    [InlineData("4) Ishkashim: talks at the bridge")]
    [InlineData("IV. Ishkashim: talks at the bridge")]
    public void A_numbered_heading_reports_nothing(string heading)
    {
        var text = "WEEKLY NOTES FROM THE PAMIR\n\n" + heading + "\n" +
                   "Tajik border guards detained three Afghan smugglers near Ishkashim on 6 May 2024, the border service said.\n";
        var found = Detect.All(text, "2024-05-08");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldContain("detained three Afghan smugglers");
    }

    [Fact]
    public void A_numbered_item_that_tells_an_event_in_a_sentence_still_counts()
    {
        var text = "KEY DATES\n\n" +
                   "1. Tajik and Afghan district chiefs met on the Ishkashim bridge on 6 May 2024.\n" +
                   "2. Uzbek border guards detained four smugglers near Termez on 9 May 2024.\n";
        var found = Detect.All(text, "2024-05-10");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }
}
