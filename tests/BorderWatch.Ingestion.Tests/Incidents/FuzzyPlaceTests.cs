using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// border28 (<see cref="FuzzyPlaces"/>): a place matched only by a near spelling is kept only when the page names the far
/// side of its border. "Hairatin" is one letter off Hairatan (Afghan-Uzbek crossing). Sentences of our own, in no corpus.
/// </summary>
public class FuzzyPlaceTests
{
    private static IReadOnlyList<EntityMention> Mentions(string text) =>
        FuzzyPlaces.Corroborated(EntityRecognizer.Default.Recognize(text, new DocumentContext()), GazetteerIndex.Default);

    private static bool HasPlace(string text, string key) => Mentions(text).Any(m => m.Entry.Key == key);

    [Fact]
    public void The_near_spelling_is_a_fuzzy_match_of_the_crossing() =>
        EntityRecognizer.Default.Recognize("Guards at Hairatin checked the lorries.", new DocumentContext())
            .ShouldContain(m => m.Entry.Key == "hairatan" && m.Match == MatchKind.Fuzzy);

    [Theory]
    [InlineData("The Hairatin Courier said Tajik and Kyrgyz officials met in Osh.")]
    [InlineData("A column in the Hairatin Review praised the Kazakh border service.")]
    public void A_near_spelling_on_a_border_the_page_never_names_is_dropped(string text) =>
        HasPlace(text, "hairatan").ShouldBeFalse();

    [Theory]
    // the far side (Uzbekistan) named
    [InlineData("Uzbek customs officers at Hairatin checked the lorries.")]
    [InlineData("Trucks from Uzbekistan queued at Hairatin overnight.")]
    public void A_near_spelling_whose_far_side_the_page_names_stays(string text) =>
        HasPlace(text, "hairatan").ShouldBeTrue();

    [Fact]
    public void An_exact_name_stays_whatever_the_page_names() =>
        HasPlace("Tajik and Kyrgyz officials spoke of the queue at Hairatan.", "hairatan").ShouldBeTrue();

    // "Tezhen" has the skeleton of the Tejen (Tedzhen) river on the Iranian-Turkmen border, which belongs to no one country.
    [Fact]
    public void A_near_spelling_of_a_border_river_needs_one_of_its_two_states_on_the_page()
    {
        HasPlace("Kazakh and Uzbek officials inspected the Tezhen road on Friday.", "tejen").ShouldBeFalse();
        HasPlace("Iranian farmers drew water from the Tezhen in July.", "tejen").ShouldBeTrue();
    }

    // Beineu district (Mangystau) lies on the Kazakh-Uzbek border: a real place, named exactly, gives its border.
    [Fact]
    public void Beineu_is_on_the_Kazakh_Uzbek_border()
    {
        var place = GazetteerIndex.Default.FindPlace("beineu").ShouldNotBeNull();
        place.BorderCodes.ShouldBe(["KAZ-UZB"]);
        const string text = "Kazakh border guards detained three cigarette smugglers near Beyneu on 9 February 2027, the border service said.";
        Detect.Quoting(text, Detect.All(text, "2027-02-11"), "detained").Single().BorderCode.ShouldBe("KAZ-UZB");
    }
}
