using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records missed (recall39): a control regime told as a requirement put on entry to a border zone from a start ("need a
/// permit", "will require a permit", "must register"): patrol-surveillance dated from its start. Texts of our own, in no
/// corpus.
/// </summary>
public class Recall39Tests
{
    private const string Published = "2026-12-03";

    [Theory]
    [InlineData("Since September 2026, herders taking sheep up to the summer grazing near the Tajik border need a permit from the Border Service.", "2026-09")]
    [InlineData("Since 12 November, all foreign tourists in the Sary-Tash area must register in person at the Kyrgyz border post on the Kyzyl-Suu road.", "2026-11-12")]
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
        const string text = "From 15 February 2027 travel into the frontier strip along the Uzbek border in Aravan district will require a written permit from the border detachment.";
        var found = Detect.All(text, Published);
        var regime = found.FirstOrDefault(i => i.Type == IncidentType.PatrolSurveillance);
        regime.ShouldNotBeNull(Detect.Describe(text, found));
        regime.Status.ShouldBe(IncidentStatus.Planned, Detect.Describe(text, found));
        regime.Date.ToString().ShouldBe("2027-02-15", Detect.Describe(text, found));
    }

    [Theory]
    // No start: how things stand, a visitor's advice.
    [InlineData("Visitors need a permit to enter the frontier strip along the Tajik border.")]
    // A start, but no permit: nothing is required of anyone.
    [InlineData("Since Monday, drivers at the Kazakh border crossing near Zhibek Zholy have needed a lot of patience.")]
    // An obligation with no start: the writer's advice (a recommendation), no regime.
    [InlineData("All foreign tourists must register in person at the Kyrgyz border post on arrival.")]
    // Not needed.
    [InlineData("Since 1 October, residents of the villages near the Kazakh border no longer need a pass to reach their fields.")]
    public void No_permit_required_from_a_start_is_no_regime(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(text, found));
    }
}
