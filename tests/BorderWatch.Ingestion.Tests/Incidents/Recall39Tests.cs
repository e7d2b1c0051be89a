using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records missed (recall39, narrowed by mend38 after review38): a control regime told as a permit required for the
/// border zone from a dated start ("need a permit since ...", "from 3 October onwards ... have needed a permit", "will need a
/// border pass from ..."): patrol-surveillance dated from its start. Texts of our own, in no corpus, each of a shape no
/// corpus sentence has.
/// </summary>
public class Recall39Tests
{
    private const string Published = "2026-12-03";

    [Theory]
    [InlineData("Since September 2026, herders taking sheep up to the summer grazing near the Tajik border need a permit from the Border Service.", "2026-09")]
    [InlineData("From 3 October onwards, hunters heading into the frontier hills along the Chinese border have needed a written permit.", "2026-10-03")]
    public void A_requirement_in_force_from_a_start_is_a_control_regime(string text, string date)
    {
        var found = Detect.All(text, Published);
        var regime = found.FirstOrDefault(i => i.Type == IncidentType.PatrolSurveillance);
        regime.ShouldNotBeNull(Detect.Describe(text, found));
        regime.Date.ToString().ShouldBe(date, Detect.Describe(text, found));
        regime.Status.ShouldNotBe(IncidentStatus.Planned, Detect.Describe(text, found));
    }

    [Fact]
    public void A_requirement_from_a_day_to_come_is_a_planned_regime()
    {
        const string text = "Fishermen working the lakeshore along the Kazakh frontier will need a border pass from 1 March 2027.";
        var found = Detect.All(text, Published);
        var regime = found.FirstOrDefault(i => i.Type == IncidentType.PatrolSurveillance);
        regime.ShouldNotBeNull(Detect.Describe(text, found));
        regime.Status.ShouldBe(IncidentStatus.Planned, Detect.Describe(text, found));
        regime.Date.ToString().ShouldBe("2027-03-01", Detect.Describe(text, found));
    }

    [Theory]
    // No start: how things stand, a visitor's advice.
    [InlineData("Visitors need a permit to enter the frontier strip along the Tajik border.")]
    // A start, but no permit: nothing is required of anyone.
    [InlineData("Since Monday, drivers at the Kazakh border crossing near Zhibek Zholy have needed a lot of patience.")]
    // Not needed.
    [InlineData("Since 1 October, residents of the villages near the Kazakh border no longer need a pass to reach their fields.")]
    // review38's counter-examples: a causal "since" (a clause, no date).
    [InlineData("Since the pass lies inside the Tajik frontier zone, climbers need a permit.")]
    // "from" the issuer, no start.
    [InlineData("Visitors need a permit from the district border office to enter the zone along the Tajik border.")]
    // Civic rules with a nationality word and no border zone.
    [InlineData("Since January, Kyrgyz citizens must register their SIM cards with the operator.")]
    [InlineData("From next year, Uzbek voters must register online before the election.")]
    [InlineData("Since March, Kazakh exporters need clearance from the veterinary service.")]
    // The only border word names the issuer.
    [InlineData("Since 1 March, livestock traders need clearance from the Border Service.")]
    // A mountain pass, and a start with no date.
    [InlineData("Since the landslide, drivers stranded near the Kyrgyz border have needed the pass to reopen.")]
    // "From" a place: no start at all.
    [InlineData("From Osh, foreign visitors need a permit to travel on to the Tajik border.")]
    public void No_permit_required_from_a_start_is_no_regime(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(text, found));
    }
}
