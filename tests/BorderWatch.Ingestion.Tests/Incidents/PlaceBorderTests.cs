using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Places on several borders (a province, a river, a district reaching two neighbours) and the states a record
/// involves. The sentences are invented; the places are real.
/// </summary>
public class PlaceBorderTests
{
    private static readonly GazetteerIndex Places = GazetteerIndex.Default;

    [Theory]
    [InlineData("torugart", "CHN-KGZ")]
    [InlineData("irkeshtam", "CHN-KGZ")]
    [InlineData("kulma", "CHN-TJK")]
    [InlineData("wakhjir", "AFG-CHN")]
    [InlineData("sokh", "KGZ-UZB")]
    [InlineData("kempir-abad", "KGZ-UZB")]
    [InlineData("ak-sai", "KGZ-TJK")]
    [InlineData("sarakhs", "IRN-TKM")]
    [InlineData("korday", "KAZ-KGZ")]
    [InlineData("oybek", "TJK-UZB")]
    [InlineData("khorezm", "TKM-UZB")]
    [InlineData("naryn-region", "CHN-KGZ")]
    [InlineData("murghab-river", "AFG-TKM")]
    [InlineData("tejen", "IRN-TKM")]
    [InlineData("bedel", "CHN-KGZ")]
    [InlineData("kalat", "IRN-TKM")]
    [InlineData("dargaz", "IRN-TKM")]
    [InlineData("chong-alai", "KGZ-TJK")]
    [InlineData("leilek", "KGZ-TJK")]
    [InlineData("isfana", "KGZ-TJK")]
    [InlineData("kosonsoy", "KGZ-UZB")]
    [InlineData("khodjeyli", "TKM-UZB")]
    [InlineData("keles-river", "KAZ-UZB")]
    [InlineData("nura-alay", "CHN-KGZ")]
    [InlineData("momirak", "AFG-TJK")]
    // Russia's base in Tajikistan exists for the Afghan frontier.
    [InlineData("base-201", "AFG-TJK")]
    public void A_place_on_one_border_gives_it(string place, string border) =>
        Places.BorderOfPlace(Places.FindPlace(place), ["KGZ"], null, "AFG").ShouldBe(border);

    [Fact]
    public void A_place_on_several_borders_takes_the_one_whose_other_state_is_named()
    {
        var batken = Places.FindPlace("batken");
        Places.BorderOfPlace(batken, ["KGZ", "UZB"], null, "AFG").ShouldBe("KGZ-UZB");
        Places.BorderOfPlace(batken, ["TJK", "KGZ"], null, "AFG").ShouldBe("KGZ-TJK");
        Places.BorderOfPlace(Places.FindPlace("murghab"), ["CHN", "TJK"], "AFG-TJK", "AFG").ShouldBe("CHN-TJK");
    }

    [Fact]
    public void Talks_between_two_neighbours_are_about_their_border()
    {
        Detect.One("The Kazakh and Turkmen foreign ministers met in Ashgabat on Monday.", "2025-05-14").BorderCode.ShouldBe("KAZ-TKM");
        Detect.One("Kazakhstan and Uzbekistan signed a protocol on the last disputed sections in Tashkent on Monday.", "2025-05-14")
            .BorderCode.ShouldBe("KAZ-UZB");
        // With an alliance at the table it is not the two neighbours' business alone.
        Detect.One("Kazakhstan and Uzbekistan signed a CSTO protocol on air defence in Tashkent on Monday.", "2025-05-14").BorderCode.ShouldBeNull();
    }

    [Fact]
    public void With_no_neighbour_named_the_article_border_then_the_only_border_with_the_hub_decides()
    {
        var batken = Places.FindPlace("batken");
        Places.BorderOfPlace(batken, ["KGZ"], "KGZ-UZB", "AFG").ShouldBe("KGZ-UZB");
        // Batken reaches Tajikistan and Uzbekistan, neither the hub's neighbour here: no border.
        Places.BorderOfPlace(batken, ["KGZ"], "CHN-TJK", "AFG").ShouldBeNull();
        Places.BorderOfPlace(Places.FindPlace("gbao"), ["TJK"], null, "AFG").ShouldBe("AFG-TJK");
        Places.BorderOfPlace(Places.FindPlace("murghab"), ["TJK"], "CHN-TJK", "AFG").ShouldBe("CHN-TJK");
    }

    [Theory]
    [InlineData("Kyrgyz border guards detained three smugglers at the Torugart pass on Sunday.", "CHN-KGZ")]
    [InlineData("Iranian border guards detained four smugglers on the Tejen near Sarakhs on Monday.", "IRN-TKM")]
    [InlineData("Chinese and Tajik border units held a joint drill in the Murghab district on Friday.", "CHN-TJK")]
    [InlineData("Kyrgyzstan deployed two armoured companies to the border in Naryn region on Monday.", "CHN-KGZ")]
    [InlineData("The governors of Batken and Ferghana met at a checkpoint on Monday.", "KGZ-UZB")]
    [InlineData("The Border Service sent a company of guards into Chong-Alai district along the frontier on Monday.", "KGZ-TJK")]
    [InlineData("Uzbek guards detained two fishermen on the Keles river near the frontier on Monday.", "KAZ-UZB")]
    [InlineData("Turkmen border guards stopped three men wading a canal near Khodjeyli on Monday.", "TKM-UZB")]
    public void Places_give_borders_beyond_the_Afghan_ones(string text, string border) =>
        Detect.One(text, "2025-05-14").BorderCode.ShouldBe(border);

    [Fact]
    public void A_word_with_the_consonants_of_a_place_is_not_that_place()
    {
        var mentions = EntityRecognizer.Default.Recognize("The Foreign Ministry and the Fergana hokimiyat both said so.");
        mentions.Select(m => m.Entry.Key).ShouldBe(["ferghana-region"]);
    }

    [Fact]
    public void A_deployment_up_to_a_neighbours_border_involves_only_the_state_that_moves() =>
        Detect.One("Kazakhstan deployed a battery of howitzers to the Kyrgyz border on Tuesday.", "2025-05-14").Countries().ShouldBe(["KAZ"]);

    [Fact]
    public void With_no_acting_state_named_the_side_of_the_border_where_it_happens_is_involved() =>
        Detect.One("The CSTO will hold a joint exercise near the Tajik-Afghan border in October, its secretary general said.", "2025-05-14")
            .Countries().ShouldBe(["TJK"]);

    [Fact]
    public void The_Murghab_river_is_not_the_Pamir_district_of_the_same_name() =>
        EntityRecognizer.Default.Recognize("Helicopters patrolled the Murghab river valley near Tagtabazar.")
            .Select(m => m.Entry.Key).ShouldBe(["murghab-river", "tagtabazar"]);

    [Fact]
    public void A_custom_kept_for_generations_at_a_known_place_is_no_incident()
    {
        Detect.All("Shepherds from Ak-Sai have crossed into Tajikistan with their flocks for generations.", "2025-05-14").ShouldBeEmpty();
        Detect.All("Kyrgyz and Tajik guards have been fighting over the Ak-Sai canal for decades.", "2025-05-14").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_clash_on_the_line_involves_both_sides() =>
        Detect.One("Uzbek river guards exchanged fire with gunmen in a motorboat on the Amu Darya near Termez on Friday.", "2025-05-14")
            .Countries().ShouldBe(["AFG", "UZB"]);

    [Fact]
    public void Talks_about_a_border_between_its_two_states_involve_both_but_a_third_states_talks_do_not()
    {
        Detect.One("Kyrgyz officials and their counterparts met at the Korday crossing on Wednesday to shorten the queues.", "2025-05-14")
            .Countries().ShouldBe(["KAZ", "KGZ"]);
        Detect.One("Russian and Tajik generals met in Khorog on Wednesday to discuss the Afghan border.", "2025-05-14")
            .Countries().ShouldBe(["RUS", "TJK"]);
    }
}
