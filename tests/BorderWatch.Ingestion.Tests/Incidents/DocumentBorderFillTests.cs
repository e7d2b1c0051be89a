using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using static BorderWatch.Ingestion.Tests.Incidents.DocumentBorderFillCases;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// strict26 (<c>PairBorderVote.FillFromDocument</c>, issue 8 point 5): an incident the border rules left without a
/// border takes the page's main border (that of more than half of its incidents with one) when every state among its
/// parties is on that border; not the hub's own fighting told with the hub alone, not a state off that border, not a
/// topic away from borders, and not when no border holds a majority. Incidents built by hand over texts of our own.
/// </summary>
public class DocumentBorderFillTests
{
    private const string Page =
        "Uzbek guards held two Kazakh herders near the canal. Kazakh and Uzbek officers met at the post to settle the case. " +
        "The regional governor told deputies that smuggling of diesel had doubled over the winter. " +
        "Tajik officials said an extra company had been sent to Isfara.";

    [Fact]
    public void An_incident_whose_states_are_on_the_page_border_takes_it()
    {
        var found = Fill(Page,
            Incident(Page, "Uzbek guards held two Kazakh herders near the canal.", IncidentType.CrossBorderMovement, "KAZ-UZB", "KAZ", "UZB"),
            Incident(Page, "Kazakh and Uzbek officers met at the post to settle the case.", IncidentType.DiplomaticMeeting, "KAZ-UZB", "KAZ", "UZB"),
            Incident(Page, "The regional governor told deputies that smuggling of diesel had doubled over the winter.", IncidentType.Statement, null, "KAZ"),
            Incident(Page, "Tajik officials said an extra company had been sent to Isfara.", IncidentType.Deployment, null, "TJK"));
        found[2].BorderCode.ShouldBe("KAZ-UZB");
        found[3].BorderCode.ShouldBeNull();
    }

    [Fact]
    public void Without_a_majority_border_nothing_is_filled()
    {
        var found = Fill(Page,
            Incident(Page, "Uzbek guards held two Kazakh herders near the canal.", IncidentType.CrossBorderMovement, "KAZ-UZB", "KAZ", "UZB"),
            Incident(Page, "Kazakh and Uzbek officers met at the post to settle the case.", IncidentType.DiplomaticMeeting, "KAZ-KGZ", "KAZ", "KGZ"),
            Incident(Page, "The regional governor told deputies that smuggling of diesel had doubled over the winter.", IncidentType.Statement, null, "KAZ"));
        found[2].BorderCode.ShouldBeNull();
    }

    [Fact]
    public void The_hubs_own_fighting_told_with_the_hub_alone_stays_without_a_border()
    {
        const string text = "Uzbek guards fired on a boat from the Afghan bank near Termez. Afghan and Uzbek officials met at the bridge. " +
                            "The Taliban overran three districts in the west of the country. A Taliban spokesman said the boat had carried smugglers.";
        var found = Fill(text,
            Incident(text, "Uzbek guards fired on a boat from the Afghan bank near Termez.", IncidentType.ArmedClash, "AFG-UZB", "AFG", "UZB"),
            Incident(text, "Afghan and Uzbek officials met at the bridge.", IncidentType.DiplomaticMeeting, "AFG-UZB", "AFG", "UZB"),
            Incident(text, "The Taliban overran three districts in the west of the country.", IncidentType.TerritorialControl, null, "AFG"),
            Incident(text, "A Taliban spokesman said the boat had carried smugglers.", IncidentType.Statement, null, "AFG"));
        found[2].BorderCode.ShouldBeNull();
        found[3].BorderCode.ShouldBe("AFG-UZB");
    }
}
