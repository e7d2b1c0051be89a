using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// precision39: extras of pages about other matters, on sentences written for these tests (issue 8): a visit of people in
/// a private capacity is no meeting between parties; people admitted to a ward join no organisation.
/// </summary>
public class Precision39Tests
{
    private const string Ward =
        "Khujand, 14 March 2026. Three Tajik border guards were wounded when smugglers fired on their patrol near Isfara on 12 March, the Border Troops said. ";

    [Fact]
    public void A_visit_of_relatives_is_no_meeting()
    {
        var text = Ward + "The brothers of the wounded sergeant flew in from Osh and visited him on Saturday.";
        Detect.Quoting(text, Detect.All(text, "2026-03-14"), "brothers").Where(i => i.Type == IncidentType.DiplomaticMeeting)
            .ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void Parents_meeting_no_party_is_no_meeting()
    {
        var text = Ward + "The parents of the youngest guard met him at the clinic in Khujand on Saturday.";
        Detect.Quoting(text, Detect.All(text, "2026-03-14"), "parents").Where(i => i.Type == IncidentType.DiplomaticMeeting)
            .ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void Relatives_meeting_officials_of_a_state_stay_a_meeting()
    {
        var text = "Relatives of the detained Kyrgyz herders met Uzbek border officials at the Dostuk checkpoint on Tuesday to ask for their release.";
        Detect.All(text, "2026-03-14").Select(i => i.Type).ShouldContain(IncidentType.DiplomaticMeeting, Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void Officials_visit_stays_a_meeting()
    {
        var text = "A Kazakh deputy foreign minister visited Tashkent on Monday and met Uzbek officials to discuss the demarcation of the border.";
        Detect.All(text, "2026-03-14").Select(i => i.Type).ShouldContain(IncidentType.DiplomaticMeeting, Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void Guards_admitted_to_a_ward_make_no_agreement()
    {
        var text = Ward + "Two of the injured were admitted overnight for observation, a nurse told reporters.";
        Detect.All(text, "2026-03-14").Where(i => i.Type == IncidentType.Agreement).ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void A_state_admitted_to_a_union_stays_an_agreement()
    {
        var text = "Turkmenistan was admitted to the customs union as a full member on 2 March, the union's secretariat said.";
        Detect.All(text, "2026-03-14").Select(i => i.Type).ShouldContain(IncidentType.Agreement, Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void A_party_council_meeting_alone_is_no_diplomatic_meeting()
    {
        var text = "The board of the Batken farmers' union met on Sunday evening; its members weighed what the new frontier line with Tajikistan means for irrigation.";
        Detect.All(text, "2026-03-14").Where(i => i.Type == IncidentType.DiplomaticMeeting).ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void A_joint_council_stays_a_meeting()
    {
        var text = "The joint council of the Kyrgyz and Kazakh border services met in Karakol on Thursday to review the winter patrol plan.";
        Detect.All(text, "2026-03-14").Select(i => i.Type).ShouldContain(IncidentType.DiplomaticMeeting, Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    // mend38 (review38 P3/P4): a body of office holders of several states, and relatives meeting an official, stay meetings.
    [Theory]
    [InlineData("The council of defence ministers met in Minsk on Thursday and approved a joint air-defence plan.")]
    [InlineData("In Astana on Friday the council of foreign ministers met to prepare next month's summit on the Caspian border.")]
    public void A_council_of_office_holders_stays_a_meeting(string text)
    {
        Detect.All(text, "2026-03-14").Select(i => i.Type).ShouldContain(IncidentType.DiplomaticMeeting, Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void Relatives_meeting_an_official_stay_a_meeting()
    {
        var text = Ward + "On Monday the families of the three guards met the district governor in Isfara to ask about the patrol.";
        Detect.All(text, "2026-03-14").Select(i => i.Type)
            .ShouldContain(IncidentType.DiplomaticMeeting, Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void Admitted_pronouns_make_no_agreement()
    {
        var text = Ward + "The clinic in Isfara admitted them before dawn on 13 March.";
        Detect.All(text, "2026-03-14").Where(i => i.Type == IncidentType.Agreement).ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }

    [Fact]
    public void A_named_alliance_council_stays_a_meeting()
    {
        var text = "The CSTO Collective Security Council meets in Yerevan on 20 May to discuss the Tajik-Afghan border.";
        Detect.All(text, "2026-03-14").Select(i => i.Type).ShouldContain(IncidentType.DiplomaticMeeting, Detect.Describe(text, Detect.All(text, "2026-03-14")));
    }
}
