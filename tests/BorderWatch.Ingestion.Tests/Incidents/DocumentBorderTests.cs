namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Rule 5 of issue 8: an incident with no border of its own takes the article's main border when its actors fit it.
/// Sentences of their own, in no corpus.
/// </summary>
public class DocumentBorderTests
{
    private const string Article =
        "Tension rose on the Kyrgyz-Uzbek border this spring.\n\n" +
        "Kyrgyz and Uzbek border guards argued over a fence on the Kyrgyz-Uzbek border on 4 April 2022.\n\n";

    [Fact]
    public void An_incident_naming_one_state_of_the_main_border_takes_it()
    {
        var text = Article + "Kyrgyzstan deployed an extra battalion of troops to the south on 9 April 2022.";
        Detect.Quoting(text, "extra battalion", "2022-05-01").BorderCode.ShouldBe("KGZ-UZB");
    }

    [Fact]
    public void An_incident_naming_a_state_off_the_main_border_does_not()
    {
        var text = Article + "Russia deployed an extra battalion of troops to Tajikistan on 9 April 2022.";
        Detect.Quoting(text, "extra battalion", "2022-05-01").BorderCode.ShouldNotBe("KGZ-UZB");
    }
}
