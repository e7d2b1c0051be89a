using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Borders beside a third state (ThirdStatePair, the CHN-KAZ segment, border places) and acts of force on a
/// topic away from borders (BorderTopics.SecurityAct).</summary>
public class ThirdStateBorderTests
{
    private const string Published = "2026-06-12";

    [Fact]
    public void China_and_Kazakhstan_share_a_tracked_border() =>
        Detect.Quoting("China and Kazakhstan will hold their first joint border exercise near the Alakol lake next summer, Kazakh officials said.",
            "joint border exercise", Published).BorderCode.ShouldBe("CHN-KAZ");

    [Fact]
    public void A_third_state_in_an_article_about_a_border_of_the_hub_is_on_the_articles_neighbour()
    {
        const string text = "Tajik border guards exchanged fire with Taliban fighters across the Panj river near Khorog on Monday. " +
                            "The Tajik-Afghan border has been tense since the summer, the commander of the Khorog detachment told us. " +
                            "In May our men and a Chinese border unit trained together for a week in the high valleys, he said.";
        Detect.Quoting(text, "Chinese border unit", Published).BorderCode.ShouldBe("CHN-TJK");
    }

    [Fact]
    public void A_third_state_with_the_hub_named_stays_on_the_hubs_border()
    {
        const string text = "Tajik border guards exchanged fire with Taliban fighters across the Panj river near Khorog on Monday. " +
                            "Chinese border guards sent extra patrols to the Afghan border in the Wakhan in May.";
        Detect.Quoting(text, "Chinese border guards", Published).BorderCode.ShouldBe("AFG-CHN");
    }

    [Theory]
    [InlineData("Kazakh border guards stepped up checks on lorries at Khorgos on Monday.", "CHN-KAZ")]
    public void A_crossing_point_gives_its_border(string text, string border) =>
        Detect.One(text, Published).BorderCode.ShouldBe(border);

    [Fact]
    public void A_drill_guarding_a_pipeline_at_a_border_town_keeps_the_border() =>
        Detect.Quoting("Turkmen troops held a live-fire exercise near Serhetabat on Saturday, practising the defence of the gas pipeline against an armed raid.",
            "live-fire exercise", Published).BorderCode.ShouldBe("AFG-TKM");

    [Fact]
    public void Talks_on_a_pipeline_stay_away_from_borders()
    {
        var found = Detect.All("Turkmen and Afghan officials met in Mary on Tuesday to discuss the gas pipeline and its financing.", Published);
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting);
        found.ShouldAllBe(i => i.BorderCode == null);
    }
}
