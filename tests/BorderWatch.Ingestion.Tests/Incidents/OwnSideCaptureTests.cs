using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// SCHEMA's countries are the states acting in or directly affected. A capture on the hub's own side by its own armed
/// groups, with the neighbour named only as what the place lies across from, is the hub's alone; a neighbour's forces
/// named as actors, or a place on the neighbour's side, keep both. Sentences of our own, in no corpus.
/// </summary>
public class OwnSideCaptureTests
{
    [Fact]
    public void A_capture_on_the_hubs_side_across_from_a_neighbour_is_the_hubs_alone()
    {
        var capture = Detect.Quoting("Taliban fighters retook the district centre of Darqad from a rival commander on Sunday, across the Panj from Tajikistan.",
            "retook the district centre", "2027-03-10");
        capture.BorderCode.ShouldBe("AFG-TJK");
        capture.Countries().ShouldBe(["AFG"]);
    }

    [Fact]
    public void A_capture_of_a_crossing_on_the_hubs_side_is_the_hubs()
    {
        var capture = Detect.Quoting("Taliban fighters seized the customs yard at Aqina on the Turkmen border on Friday, after a night of shooting.", "seized the customs yard", "2027-03-10");
        capture.Countries().ShouldBe(["AFG"]);
    }

    [Fact]
    public void A_neighbours_forces_acting_keep_both_sides()
    {
        var capture = Detect.Quoting("Uzbek troops drove the Taliban out of a hilltop post near Hairatan on Monday, Afghan officials said.", "drove the Taliban out", "2027-03-10");
        capture.Countries().ShouldContain("UZB");
        capture.Countries().ShouldContain("AFG");
    }

    [Theory]
    [InlineData("Taliban fighters seized two Tajik border posts.", "TJK")]
    [InlineData("Taliban fighters seized two posts of the Tajik border guards on Thursday.", "TJK")]
    [InlineData("Taliban fighters seized two Turkmen border posts near Aqina on Friday.", "TKM")]
    public void What_is_taken_from_the_neighbour_keeps_the_neighbour(string text, string neighbour)
    {
        // (review26: the neighbour named after the verb by its adjective owns what is taken.)
        var capture = Detect.One(text, "2027-03-10");
        capture.Type.ShouldBe(IncidentType.TerritorialControl, Detect.Describe(text, [capture]));
        capture.Countries().ShouldBe(new[] { "AFG", neighbour }.Order(StringComparer.Ordinal).ToList(), Detect.Describe(text, [capture]));
    }
}
