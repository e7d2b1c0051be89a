using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using static BorderWatch.Ingestion.Tests.Incidents.DocumentBorderFillCases;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// attrib43 (<c>PairBorderVote.Stateless</c>, issue 8 point 5): on a page whose incidents settle on one border, an
/// incident naming no state takes that border when its words say border; a delivery from a state on no tracked border
/// takes the receiver's. Negative: no border word, a state off the page's border, a supplier that is itself a side of
/// another border, no majority. Incidents built by hand over texts of our own.
/// </summary>
public class StatelessBorderFillTests
{
    private const string Page =
        "Kyrgyz and Kazakh officers met at the Chaldybar post on Monday. Kazakh guards stopped two Kyrgyz lorries carrying cigarettes. " +
        "The Border Service told farmers to keep tractors a kilometre back from the frontier during the ploughing season. " +
        "The service also said its canteen would serve hot meals to drivers waiting in the queue. " +
        "The detachment took delivery of six snowmobiles donated by Turkey for the winter border patrols. " +
        "Officers received three pick-ups from Tajikistan for the patrols along the border.";

    private static ExtractedIncident[] Bordered() =>
    [
        Incident(Page, "Kyrgyz and Kazakh officers met at the Chaldybar post on Monday.", IncidentType.DiplomaticMeeting, "KAZ-KGZ", "KAZ", "KGZ"),
        Incident(Page, "Kazakh guards stopped two Kyrgyz lorries carrying cigarettes.", IncidentType.CrossBorderMovement, "KAZ-KGZ", "KAZ", "KGZ"),
    ];

    [Fact]
    public void An_incident_naming_no_state_takes_the_page_border_when_it_says_border()
    {
        var found = Fill(Page, [.. Bordered(),
            Incident(Page, "The Border Service told farmers to keep tractors a kilometre back from the frontier during the ploughing season.", IncidentType.Statement, null)]);
        found[2].BorderCode.ShouldBe("KAZ-KGZ");
    }

    [Fact]
    public void An_incident_naming_no_state_and_no_border_stays_without_one()
    {
        var found = Fill(Page, [.. Bordered(),
            Incident(Page, "The service also said its canteen would serve hot meals to drivers waiting in the queue.", IncidentType.Statement, null)]);
        found[2].BorderCode.ShouldBeNull();
    }

    [Fact]
    public void A_delivery_from_a_state_on_no_tracked_border_takes_the_receivers_border()
    {
        var found = Fill(Page, [.. Bordered(),
            Incident(Page, "The detachment took delivery of six snowmobiles donated by Turkey for the winter border patrols.", IncidentType.ArmsTransfer, null, "TUR")]);
        found[2].BorderCode.ShouldBe("KAZ-KGZ");
    }

    [Fact]
    public void A_supplier_on_another_tracked_border_keeps_the_delivery_off_the_page_border()
    {
        var found = Fill(Page, [.. Bordered(),
            Incident(Page, "Officers received three pick-ups from Tajikistan for the patrols along the border.", IncidentType.ArmsTransfer, null, "TJK")]);
        found[2].BorderCode.ShouldBeNull();
    }

    [Fact]
    public void A_state_off_any_tracked_border_still_blocks_other_types()
    {
        var found = Fill(Page, [.. Bordered(),
            Incident(Page, "The detachment took delivery of six snowmobiles donated by Turkey for the winter border patrols.", IncidentType.Statement, null, "TUR")]);
        found[2].BorderCode.ShouldBeNull();
    }

    [Fact]
    public void Without_a_majority_border_a_stateless_incident_stays_without_one()
    {
        var found = Fill(Page,
            Incident(Page, "Kyrgyz and Kazakh officers met at the Chaldybar post on Monday.", IncidentType.DiplomaticMeeting, "KAZ-KGZ", "KAZ", "KGZ"),
            Incident(Page, "Kazakh guards stopped two Kyrgyz lorries carrying cigarettes.", IncidentType.CrossBorderMovement, "KAZ-UZB", "KAZ", "UZB"),
            Incident(Page, "The Border Service told farmers to keep tractors a kilometre back from the frontier during the ploughing season.", IncidentType.Statement, null));
        found[2].BorderCode.ShouldBeNull();
    }
}
