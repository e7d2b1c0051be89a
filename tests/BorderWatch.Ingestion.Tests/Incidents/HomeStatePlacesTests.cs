using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// attrib46: real border places of Iran's North Khorasan and Kyrgyzstan's Issyk-Kul east (gazetteer places.json) give
/// a page written from there its home state, so a single neighbour named beside a border word is on the home state's
/// border with it, not on the hub's (the tracker's default); a page about the hub's border that names one of them in
/// passing keeps the hub's pair. Texts of our own, in no corpus; the places are real.
/// </summary>
public class HomeStatePlacesTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Default;

    [Theory]
    [InlineData("north-khorasan", "IRN", "IRN-TKM")]
    [InlineData("raz-jargalan", "IRN", "IRN-TKM")]
    [InlineData("sary-jaz", "KGZ", "CHN-KGZ")]
    public void The_places_lie_in_their_state_on_its_border(string key, string state, string border)
    {
        var place = Gazetteer.FindPlace(key);
        place.ShouldNotBeNull();
        place.Country.ShouldBe(state);
        place.BorderCodes.ShouldBe([border]);
    }

    [Fact]
    public void A_North_Khorasan_page_that_never_names_the_hub_puts_a_Turkmen_crossing_on_the_Iranian_Turkmen_border()
    {
        const string text = """
            The border guards of Jargalan county opened a new watchtower on the ridge road on Sunday, the county governor said.

            Shepherds say two Turkmen soldiers crossed the border on foot on Saturday night and went back before dawn.
            """;
        Detect.Quoting(text, "two Turkmen soldiers crossed", "2027-03-09").BorderCode.ShouldBe("IRN-TKM");
    }

    [Fact]
    public void A_Sary_Jaz_page_puts_the_Chinese_border_on_the_Chinese_Kyrgyz_pair()
    {
        const string text = """
            The frontier outpost in the Sary-Jaz valley got a new radio mast and a diesel generator on Monday.

            Two Chinese herders crossed the border near the outpost on Tuesday and were sent back, the outpost's commander said.
            """;
        Detect.Quoting(text, "Two Chinese herders crossed", "2027-03-09").BorderCode.ShouldBe("CHN-KGZ");
    }

    [Fact]
    public void A_story_about_the_Afghan_Turkmen_border_that_names_North_Khorasan_in_passing_keeps_its_pair()
    {
        const string text = """
            Taliban fighters and Turkmen border guards exchanged fire near Serhetabat on Monday night, Afghan border police said.

            Lorry drivers from North Khorasan who use the road further west said they had heard nothing.
            """;
        Detect.Quoting(text, "exchanged fire", "2027-03-09").BorderCode.ShouldBe("AFG-TKM");
    }
}
