namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A list item or a labelled heading that names a topic without a verb is no incident; a labelled line with a verb
/// still is. Sentences written for these tests.
/// </summary>
public class VerblessLineTests
{
    [Fact]
    public void A_bullet_item_without_a_verb_is_no_incident()
    {
        var text = "Week ahead for the region.\n\n- Turkmen foreign minister's trip to Dushanbe, dates under discussion.";
        Detect.All(text).ShouldBeEmpty(Detect.Describe(text, Detect.All(text)));
    }

    [Fact]
    public void A_labelled_heading_without_a_verb_is_no_incident()
    {
        var text = "Watch list for January: the Kyrgyzstan-Uzbekistan border near the Sokh enclave.";
        Detect.All(text).ShouldBeEmpty(Detect.Describe(text, Detect.All(text)));
    }

    [Fact]
    public void A_labelled_line_with_a_verb_stays_an_incident()
    {
        var text = "In brief: Kyrgyz and Uzbek border guards exchanged fire near the Sokh enclave on Tuesday.";
        Detect.All(text).ShouldNotBeEmpty();
    }
}
