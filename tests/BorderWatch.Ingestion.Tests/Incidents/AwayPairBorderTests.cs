using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A page about a border away from the hub that never names the hub and names places of both sides (so it has no home
/// state): a lone state beside a border word ("Tajik border guards") is on the border of the pair the page names with
/// it, not on the hub's; and a span naming two neighbours away from the hub does not fall back to the hub's pair.
/// Texts of our own, in no corpus; the places are real.
/// </summary>
public class AwayPairBorderTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Default;

    private const string Page = """
        Shots across the ditch at Tash-Bulak

        OSH, 3 March 2027 - Farmers from a Kyrgyz hamlet were fired on from the Tajik bank of an irrigation ditch late on Monday, the district administration said on Tuesday.

        The administration of Sughd region said on Tuesday that nobody on its side had fired.

        Tajik border guards moved two armoured vehicles up to the Tajik bank overnight, residents said.

        The Kyrgyz Foreign Ministry sent a note of protest to the Tajik charge d'affaires on Tuesday, demanding an inquiry.
        """;

    [Fact]
    public void A_lone_state_beside_a_border_word_takes_the_pages_own_pair()
    {
        var found = Detect.All(Page, "2027-03-03");
        Detect.Quoting(Page, found, "moved two armoured vehicles").Single().BorderCode.ShouldBe("KGZ-TJK");
        Detect.Quoting(Page, found, "note of protest").Single().BorderCode.ShouldBe("KGZ-TJK");
        Detect.Quoting(Page, found, "nobody on its side had fired").Single().BorderCode.ShouldBe("KGZ-TJK");
    }

    [Fact]
    public void The_vote_counts_the_away_pair_only_on_a_page_that_never_names_the_hub()
    {
        var pair = new BorderEvidence(["KGZ", "TJK"], false, null, IncidentType.Statement, false);
        var tajik = new BorderEvidence(["TJK"], true, null, IncidentType.Statement, false);
        ArticleBorders.Vote([pair, tajik], Gazetteer, "AFG").ShouldBe("KGZ-TJK");
        // The hub named anywhere: a lone Tajik border word is the hub's border again.
        var afghan = new BorderEvidence(["AFG"], false, null, IncidentType.Statement, false);
        ArticleBorders.Vote([pair, tajik, afghan], Gazetteer, "AFG").ShouldBe("AFG-TJK");
        // Two pairs with Tajikistan: no telling which.
        var uzbek = new BorderEvidence(["TJK", "UZB"], false, null, IncidentType.Statement, false);
        ArticleBorders.Vote([pair, uzbek, tajik], Gazetteer, "AFG").ShouldBe("AFG-TJK");
    }

    [Fact]
    public void Two_neighbours_away_from_the_hub_keep_their_own_pair_in_an_article_about_the_hubs_border()
    {
        var assigner = new BorderAssigner(Gazetteer);
        var note = new BorderEvidence(["KGZ", "TJK"], false, null, IncidentType.Statement, false);
        assigner.Assign(note, "AFG-TJK").ShouldBe("KGZ-TJK");
        // One neighbour alone still takes the article's border with the hub.
        var tajik = new BorderEvidence(["TJK"], false, null, IncidentType.Statement, false);
        assigner.Assign(tajik, "AFG-TJK").ShouldBe("AFG-TJK");
    }
}
