using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8, one incident per event (prec22): an event told again far from its first report, of the same type and day,
/// at the same gazetteer place or with no agent at all ("there was shooting") on the same border, is that event
/// (<see cref="SameEvent.SamePlaceAndDay"/>). Texts written for these tests, in no corpus.
/// </summary>
public class SameDayRetellingTests
{
    private const string Story = "Tajik servicemen fired on a Kyrgyz frontier post near Ak-Sai at dawn on Monday, the Kyrgyz Border Service said. " +
                                 "A shepherd said he had heard mortar rounds. Schools in the village stayed shut. Shops closed early. Buses were cancelled. ";

    [Fact]
    public void The_same_clash_told_again_without_an_agent_paragraphs_later_is_one_incident()
    {
        var text = Story + "On Monday there was shooting on the Kyrgyz-Tajik border near Ak-Sai.";
        var found = Detect.All(text, "2026-11-24");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmedClash);
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldStartWith("Tajik servicemen fired");
    }

    [Fact]
    public void Shooting_on_another_day_is_an_incident_of_its_own()
    {
        var text = Story + "On Sunday there was shooting on the Kyrgyz-Tajik border near Ak-Sai.";
        var found = Detect.All(text, "2026-11-24");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }

    [Fact]
    public void A_clash_on_the_same_day_on_another_border_is_an_incident_of_its_own()
    {
        var text = Story + "On Monday there was shooting on the Afghan-Tajik border near Ishkashim.";
        var found = Detect.All(text, "2026-11-24");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }

    [Fact]
    public void What_a_drill_s_troops_practised_a_paragraph_later_is_the_drill()
    {
        var text = "On 2 November 2026 Kyrgyz border units held a tactical exercise near Karamyk on repelling raiders from the mountains.\n\n" +
                   "About 800 servicemen and 40 vehicles took part. The troops practised mountain reconnaissance, the closing of passes and the evacuation of casualties.";
        var found = Detect.All(text, "2026-11-04");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.Exercise);
    }

    [Fact]
    public void What_the_parties_agreed_after_a_protocol_the_same_day_is_an_agreement_of_its_own()
    {
        var text = "On 12 November the heads of the Kyrgyz and Kazakh border services signed a protocol on the Karkyra section in Almaty. " +
                   "The Parties agreed that from 1 March 2027 their guards will check lorries jointly at the Karkyra crossing.";
        var found = Detect.All(text, "2026-11-14");
        found.Count(i => i.Type == IncidentType.Agreement).ShouldBe(2, Detect.Describe(text, found));
    }
}
