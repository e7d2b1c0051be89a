using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall22: a delivery from a state outside the tracked borders is about the receiving side's border, and a place on
/// several borders named alone casts no vote for the article's border. Sentences and evidence of their own, in no corpus.
/// </summary>
public class ReceiverBorderTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Default;
    private static readonly BorderAssigner Assigner = new(Gazetteer);

    private const string KyrgyzUzbek =
        "Uzbek and Kyrgyz border guards exchanged warning shots across the Kyrgyz-Uzbek border near a disputed orchard on 2 March 2030.\n\n";

    [Fact]
    public void A_delivery_from_outside_the_region_to_an_unnamed_receiver_takes_the_articles_border()
    {
        var text = KyrgyzUzbek + "On 5 March 2030 the regional border detachment took delivery of eight armoured jeeps from Belarus, the service said.";
        Detect.Quoting(text, "armoured jeeps", "2030-03-06").BorderCode.ShouldBe("KGZ-UZB");
    }

    [Fact]
    public void A_delivery_to_a_state_off_the_articles_border_does_not_take_it()
    {
        var text = KyrgyzUzbek + "On 5 March 2030 Turkey handed eight armoured jeeps to the Kazakh border service, the service said.";
        Detect.Quoting(text, "armoured jeeps", "2030-03-06").BorderCode.ShouldNotBe("KGZ-UZB");
    }

    [Fact]
    public void On_a_border_of_the_hub_the_named_receiver_must_be_the_hubs_neighbour()
    {
        var toNeighbour = new BorderEvidence(["TJK", "USA"], false, null, IncidentType.ArmsTransfer, false);
        Assigner.Assign(toNeighbour, "AFG-TJK").ShouldBe("AFG-TJK");
        var unnamed = new BorderEvidence(["TUR"], false, null, IncidentType.ArmsTransfer, false);
        Assigner.Assign(unnamed, "AFG-TJK").ShouldBe("AFG-TJK");
        var toHub = new BorderEvidence(["AFG", "TUR"], false, null, IncidentType.ArmsTransfer, false);
        Assigner.Assign(toHub, "AFG-TJK").ShouldBeNull();
    }

    [Fact]
    public void A_supplier_inside_the_region_is_a_state_like_any_other()
    {
        // China has borders here: a delivery naming it in an article about the Kyrgyz-Uzbek border is not about that border.
        var fromChina = new BorderEvidence(["UZB", "CHN"], false, null, IncidentType.ArmsTransfer, false);
        Assigner.Assign(fromChina, "KGZ-UZB").ShouldBeNull();
    }

    [Fact]
    public void A_place_on_two_borders_named_alone_votes_for_neither()
    {
        var murghab = Gazetteer.FindPlace("murghab");
        var kulma = Gazetteer.FindPlace("kulma");
        murghab.ShouldNotBeNull();
        kulma.ShouldNotBeNull();
        // Three sentences in Murghab with no other state, two at the Kulma pass: the pass's border, not the hub's.
        var alone = new BorderEvidence(["TJK"], false, murghab, IncidentType.Statement, false);
        var atPass = new BorderEvidence([], false, kulma, IncidentType.Statement, false);
        ArticleBorders.Vote([alone, alone, alone, atPass, atPass], Gazetteer, "AFG").ShouldBe("CHN-TJK");
        // Named with the other side's state, the place does vote for their border.
        var withAfghans = new BorderEvidence(["TJK", "AFG"], false, murghab, IncidentType.Statement, false);
        ArticleBorders.Vote([withAfghans, withAfghans, withAfghans, atPass], Gazetteer, "AFG").ShouldBe("AFG-TJK");
    }
}
