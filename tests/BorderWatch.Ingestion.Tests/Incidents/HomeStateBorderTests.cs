using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A page written from a state other than the hub that never names the hub (an Iranian regiment's release, a Kyrgyz
/// paper's interview): a single neighbour named beside a border word is on the home state's border with it, not on the
/// hub's. Texts of our own, in no corpus; the places are real.
/// </summary>
public class HomeStateBorderTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Default;

    private const string Release = """
        MASHHAD, 9 March 2027 - Iranian border guards of the Dargaz regiment fought a gang of opium smugglers near the frontier on 7 March 2027, provincial media said; the gang escaped towards Turkmen territory.

        The next day the regiment's chief held talks with the head of the Turkmen border detachment across the line.

        Both services will hold a joint drill in April 2027, the reports added.
        """;

    [Fact]
    public void A_regiments_release_from_an_Iranian_county_is_about_the_Iranian_Turkmen_border()
    {
        var found = Detect.All(Release, "2027-03-09");
        Detect.Quoting(Release, found, "fought a gang").Single().BorderCode.ShouldBe("IRN-TKM");
        Detect.Quoting(Release, found, "held talks").Single().BorderCode.ShouldBe("IRN-TKM");
        Detect.Quoting(Release, found, "joint drill").Single().BorderCode.ShouldBe("IRN-TKM");
    }

    [Fact]
    public void A_page_that_names_the_hub_keeps_the_hubs_border()
    {
        const string text = """
            Officials in Dargaz county said on Monday that Afghan migrants were crossing in growing numbers.

            On Tuesday the commander of the Turkmen border detachment met Afghan border police at the Serhetabat crossing.
            """;
        Detect.Quoting(text, "Turkmen border detachment", "2027-03-09").BorderCode.ShouldBe("AFG-TKM");
    }

    [Fact]
    public void The_home_state_is_the_one_state_whose_own_places_the_page_names()
    {
        var kalat = Gazetteer.FindPlace("kalat");
        kalat.ShouldNotBeNull();
        kalat.BorderCode.ShouldBe("IRN-TKM");
        var iranian = new BorderEvidence(["IRN"], true, kalat, IncidentType.Statement, false);
        var turkmen = new BorderEvidence(["TKM"], true, null, IncidentType.Statement, false);
        HomeState.Of([iranian, turkmen], Gazetteer, "AFG").ShouldBe("IRN");
        // Places of two states, or the hub named anywhere: no home state.
        var tajik = new BorderEvidence(["TJK"], false, Gazetteer.FindPlace("isfara"), IncidentType.Statement, false);
        HomeState.Of([iranian, tajik], Gazetteer, "AFG").ShouldBeNull();
        HomeState.Of([iranian, turkmen, new BorderEvidence(["AFG"], false, null, IncidentType.Statement, false)], Gazetteer, "AFG").ShouldBeNull();
        // A single neighbour beside a border word votes for its border with the home state.
        ArticleBorders.Vote([turkmen, turkmen], Gazetteer, "AFG", "IRN").ShouldBe("IRN-TKM");
        ArticleBorders.Vote([turkmen, turkmen], Gazetteer, "AFG").ShouldBe("AFG-TKM");
    }
}

/// <summary>
/// A page that names a pass on one border beside two other frontiers of its state: the pass says which border the
/// page is about. Text of our own; the places are real.
/// </summary>
public class PassBorderTests
{
    private const string Interview = """
        Major Bakyt Osmonov's detachment guards the Chinese frontier from the Bedel pass eastwards and the Kazakh frontier further north.

        Osmonov: In October we turned back six Chinese hunters who had crossed the Bedel pass without papers.

        Osmonov: Last week I met my counterpart from the Chinese border detachment at the Bedel pass, and we agreed to share weather warnings.
        """;

    [Fact]
    public void The_pass_decides_the_pages_border_not_the_two_frontiers_named_together()
    {
        var found = Detect.All(Interview, "2027-03-09");
        Detect.Quoting(Interview, found, "I met my counterpart").Single().BorderCode.ShouldBe("CHN-KGZ");
    }
}
