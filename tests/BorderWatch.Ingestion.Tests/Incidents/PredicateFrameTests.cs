using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Event predicates read by the WordNet classes of their arguments (PredicateFrames, frames.json), on sentences written
/// for these tests and found in no corpus.
/// </summary>
public class PredicateFrameTests
{
    private static IncidentType? FirstType(string text) =>
        Detect.All(text).OrderBy(i => i.ExcerptStart).Select(i => (IncidentType?)i.Type).FirstOrDefault();

    [Theory]
    [InlineData("Kyrgyz and Tajik patrols exchanged shots near the Kayragach post on Sunday.")]
    [InlineData("Uzbek and Kyrgyz guards traded bursts of rifle fire over the canal for twenty minutes.")]
    [InlineData("The Uzbek and Kyrgyz garrisons swapped mortar rounds across the gorge overnight.")]
    public void A_reciprocal_verb_with_a_projectile_is_a_clash(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.ArmedClash);

    [Fact]
    public void A_reciprocal_verb_with_anything_else_is_no_clash()
    {
        FirstType("Tajik and Kyrgyz herders exchanged sheep at the Kulundu market on Sunday.").ShouldNotBe(IncidentType.ArmedClash);
        var classes = Lexicon.Default.Classes;
        classes.IsVerbFormOf("traded", "trade").ShouldBeTrue();
        classes.IsVerbFormOf("swapping", "swap").ShouldBeTrue();
        classes.IsVerbFormOf("tradition", "trade").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Turkmenistan and Iran initialled a memorandum on joint river patrols at Sarakhs on Tuesday.")]
    [InlineData("A memorandum on sharing flood warnings was ratified by Kyrgyzstan and Kazakhstan on Monday.")]
    [InlineData("Kabul and Tashkent exchanged the instruments of ratification for the transit accord on Friday.")]
    public void A_document_signed_or_exchanged_is_an_agreement(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.Agreement);

    [Theory]
    [InlineData("By Friday the Darqad district was firmly in Taliban hands, villagers said.")]
    [InlineData("The Shir Khan crossing came under the control of the militants on Tuesday.")]
    [InlineData("This week the Taliban have been running the Kalafgan district.")]
    [InlineData("The customs post at Torghundi is now controlled by the Taliban.")]
    public void A_place_under_an_owner_is_held(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.TerritorialControl);

    [Fact]
    public void Control_without_a_place_or_an_owner_holds_nothing()
    {
        FirstType("Officials said the situation in the district was under control by Friday.").ShouldNotBe(IncidentType.TerritorialControl);
        FirstType("The Tajik ministry controls the issuing of visas to foreign reporters.").ShouldNotBe(IncidentType.TerritorialControl);
        // Nothing changed hands.
        FirstType("Kyrgyz officials insisted the pasture still remains under Kyrgyz control.").ShouldNotBe(IncidentType.TerritorialControl);
    }

    [Theory]
    [InlineData("Eleven men crept from Afghanistan into Tajikistan's Shahrituz district on Friday night.")]
    [InlineData("A column of refugees trudged into Uzbekistan near Termez at dawn.")]
    public void A_motion_into_another_state_is_a_crossing(string sentence) =>
        FirstType(sentence).ShouldBe(IncidentType.CrossBorderMovement);

    [Fact]
    public void A_motion_inside_one_state_is_no_crossing()
    {
        FirstType("The Tajik minister travelled from Dushanbe to Khorog on Monday.").ShouldNotBe(IncidentType.CrossBorderMovement);
        // A possessive goal that is no place is no crossing.
        FirstType("Critics say Kyrgyzstan is drifting into Russia’s sphere after the Batken clashes.").ShouldNotBe(IncidentType.CrossBorderMovement);
        FirstType("Critics say Kyrgyzstan is drifting into Russia's sphere after the Batken clashes.").ShouldNotBe(IncidentType.CrossBorderMovement);
    }

    [Theory]
    [InlineData("Gunmen sent mortar shells from Afghanistan into Uzbekistan's Surkhandarya region overnight.")]
    [InlineData("Insurgents launched two rockets from Afghan soil into Tajikistan on Thursday.")]
    public void Fire_sent_into_another_state_is_no_crossing(string sentence) =>
        Detect.All(sentence).Select(i => i.Type).ShouldNotContain(IncidentType.CrossBorderMovement);
}
