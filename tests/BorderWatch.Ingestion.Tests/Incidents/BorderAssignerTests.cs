using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Stage 8: which border an incident concerns.</summary>
public class BorderAssignerTests
{
    private static readonly BorderAssigner Assigner = new(GazetteerIndex.Default);

    // ---- the assigner alone ----

    [Fact]
    public void A_third_state_in_passing_does_not_change_the_main_border_of_the_article() =>
        Assigner.Assign(new BorderEvidence(["CHN", "TJK", "AFG"], false, null, IncidentType.Deployment, false), "CHN-TJK").ShouldBe("CHN-TJK");

    [Fact]
    public void One_state_of_the_main_border_beside_a_border_word_takes_that_border()
    {
        Assigner.Assign(new BorderEvidence(["UZB"], true, null, IncidentType.Deployment, false), "KGZ-UZB").ShouldBe("KGZ-UZB");
        // Without an article border, the hub's border with that state, as before.
        Assigner.Assign(new BorderEvidence(["UZB"], true, null, IncidentType.Deployment, false), null).ShouldBe("AFG-UZB");
    }

    [Fact]
    public void One_neighbour_and_a_border_word_give_that_border() =>
        Assigner.Assign(new BorderEvidence(["TKM"], true, null, IncidentType.Deployment, false), null).ShouldBe("AFG-TKM");

    [Fact]
    public void A_border_place_gives_its_border() =>
        Assigner.Assign(new BorderEvidence(["UZB"], false, GazetteerIndex.Default.FindPlace("termez"), IncidentType.ArmedClash, false), null).ShouldBe("AFG-UZB");

    [Fact]
    public void A_non_border_topic_gives_none() =>
        Assigner.Assign(new BorderEvidence(["UZB", "AFG"], true, null, IncidentType.Agreement, true), null).ShouldBeNull();

    [Fact]
    public void A_district_deep_inside_Afghanistan_gives_none() =>
        Assigner.Assign(new BorderEvidence(["AFG"], false, GazetteerIndex.Default.FindPlace("darzab"), IncidentType.ArmedClash, false), "AFG-TKM").ShouldBeNull();

    [Fact]
    public void The_two_states_of_a_main_border_away_from_Afghanistan_give_that_border() =>
        Assigner.Assign(new BorderEvidence(["UZB", "KGZ"], false, null, IncidentType.DiplomaticMeeting, false), "KGZ-UZB").ShouldBe("KGZ-UZB");

    [Fact]
    public void Two_states_that_are_not_the_main_border_give_their_own_border() =>
        Assigner.Assign(new BorderEvidence(["UZB", "KGZ"], false, null, IncidentType.DiplomaticMeeting, false), "KGZ-TJK").ShouldBe("KGZ-UZB");

    [Fact]
    public void A_call_between_the_two_presidents_in_a_border_clash_story_is_about_that_border()
    {
        const string text = "Uzbek and Kyrgyz border guards exchanged fire on the Kyrgyz-Uzbek border near Kerben on Monday.\n\n" +
                            "Two Kyrgyz guards were wounded, officials in Bishkek said.\n\n" +
                            "President Shavkat Mirziyoyev and President Sadyr Japarov discussed the incident by telephone on Tuesday.";
        Detect.Quoting(text, "by telephone").BorderCode.ShouldBe("KGZ-UZB");
    }

    // ---- through the detector ----

    [Theory]
    [InlineData("Turkmen troops were put on alert along the Turkmen-Afghan border.", "AFG-TKM")]
    [InlineData("Uzbek troops reinforced the Uzbek–Afghan frontier on Monday.", "AFG-UZB")]
    [InlineData("Tajikistan has reinforced its border with Afghanistan.", "AFG-TJK")]
    [InlineData("Turkmenistan has deployed more troops along its frontier with Afghanistan.", "AFG-TKM")]
    [InlineData("Kyrgyz and Tajik border guards exchanged fire on the Kyrgyz-Tajik border.", "KGZ-TJK")]
    [InlineData("Rockets hit an empty field outside Termez.", "AFG-UZB")]
    [InlineData("Militants attacked a checkpoint in the Shortepa district.", "AFG-UZB")]
    [InlineData("Afghan soldiers fled to Uzbekistan in a helicopter.", "AFG-UZB")]
    [InlineData("Taliban fighters attacked a Tajik border post.", "AFG-TJK")]
    public void Borders_from_mentions_places_and_state_pairs(string text, string border) =>
        Detect.One(text, "2024-03-06").BorderCode.ShouldBe(border);

    [Theory]
    [InlineData("Militants fired rockets into Termez from Afghan territory, Tajik officials said.")]
    [InlineData("Rockets fired from across the border landed in Termez, a Tajik border guard told RFE/RL.")]
    public void A_place_wins_over_the_speakers_nationality(string text) =>
        Detect.One(text, "2024-03-06").BorderCode.ShouldBe("AFG-UZB");

    [Theory]
    [InlineData("Soldiers crossed into Tajikistan and Uzbekistan from Afghanistan.")]
    [InlineData("Uzbekistan and Tajikistan signed a trade agreement in Tashkent.")]
    [InlineData("Taliban fighters clashed with government forces in the Darzab district.")]
    public void No_border_when_several_or_none_are_involved(string text) =>
        Detect.One(text, "2024-03-06").BorderCode.ShouldBeNull();
}
