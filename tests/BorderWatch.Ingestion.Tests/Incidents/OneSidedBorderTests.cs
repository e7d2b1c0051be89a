using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A place whose name is the tail of a longer, unknown name; an article's border shown by a place and both its states
/// without the word "border"; one-sided sentences that then take it. Sentences invented; places real.
/// </summary>
public class OneSidedBorderTests
{
    private static IReadOnlyList<string> PlaceKeys(string text) =>
        EntityRecognizer.Default.Recognize(text).Where(m => m.Entry.Kind == Ingestion.Gazetteer.EntryKind.Place).Select(m => m.Entry.Key).ToList();

    [Fact]
    public void A_known_name_at_the_end_of_a_longer_unknown_name_is_not_that_place()
    {
        // There is no "Upper Batken" in the gazetteer: it is some other place, not Batken Region.
        PlaceKeys("Farmers from Upper Batken said the canal was dry.").ShouldBeEmpty();
        PlaceKeys("Farmers from Batken said the canal was dry.").ShouldBe(["batken"]);
        // A headline in title case keeps its places, and so does a place after a state's adjective.
        PlaceKeys("Water Talks Stall Near Batken").ShouldBe(["batken"]);
        PlaceKeys("Farmers in Kyrgyz Batken said the canal was dry.").ShouldBe(["batken"]);
    }

    [Fact]
    public void Bala_Murghab_is_the_Afghan_district_on_the_Turkmen_line_not_the_Pamir_one()
    {
        PlaceKeys("Elders in Bala Murghab said the river had flooded.").ShouldBe(["bala-murghab"]);
        Detect.One("Afghan and Turkmen guards fired at each other on Sunday, officials in Bala Murghab said.", "2025-03-12")
            .BorderCode.ShouldBe("AFG-TKM");
    }

    [Fact]
    public void A_place_with_both_states_named_makes_the_article_border_for_a_one_sided_sentence()
    {
        const string text = "Uzbek troops pushed Kyrgyz herders off a pasture near Kara-Suu on Monday, officials said. " +
                            "Kyrgyzstan has moved three hundred troops to Jalal-Abad since then, its defence ministry said.";
        Detect.Quoting(text, "moved three hundred", "2025-03-12").BorderCode.ShouldBe("KGZ-UZB");
        // A region on two borders with one side named gives none on its own.
        Detect.One("Kyrgyzstan has moved three hundred troops to Batken, its defence ministry said.", "2025-03-12").BorderCode.ShouldBeNull();
    }

    [Theory]
    [InlineData("Uzbek troops held an exercise on the Amu Darya near Termez on Monday, facing the Afghan bank.", "UZB")]
    [InlineData("Iranian border guards reinforced their positions opposite Islam Qala on Sunday.", "IRN")]
    [InlineData("Kyrgyz guards stepped up patrols on Tuesday along the section that faces the Tajik village of Vorukh.", "KGZ")]
    // Both sides named before the act: a joint one.
    [InlineData("Kazakh and Kyrgyz border units held a joint exercise near Korday on Friday.", "KAZ,KGZ")]
    public void A_one_sided_act_does_not_make_the_far_side_a_party(string sentence, string countries) =>
        string.Join(",", Detect.One(sentence, "2025-03-12").Countries()).ShouldBe(countries);

    [Fact]
    public void In_a_report_on_several_borders_a_one_sided_follow_up_takes_the_border_of_the_sentence_before()
    {
        const string text = "Kyrgyz and Tajik border guards exchanged fire near Ak-Sai on Monday. The Tajik side said its guards had been fired on first. " +
                            "Uzbek and Turkmen border guards exchanged fire near Khorezm on Tuesday. The Uzbek side said the Turkmen guards had fired first.";
        Detect.Quoting(text, "fired on first", "2025-03-12").BorderCode.ShouldBe("KGZ-TJK");
        Detect.Quoting(text, "had fired first", "2025-03-12").BorderCode.ShouldBe("TKM-UZB");
        // A state of neither side is no follow-up.
        Detect.Quoting("Kyrgyz and Tajik border guards exchanged fire near Ak-Sai on Monday. Kazakhstan said it was ready to mediate. " +
                       "Uzbek and Turkmen border guards exchanged fire near Khorezm on Tuesday.", "ready to mediate", "2025-03-12").BorderCode.ShouldBeNull();
    }
}
