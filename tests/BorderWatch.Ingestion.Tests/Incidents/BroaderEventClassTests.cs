using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The WordNet roots added in December 2026 for meaning-based typing (event-class-roots.json: rehearse/simulate for
/// exercises, welcome (a party) and convene for meetings, wade/stray for crossings, inspect/examine/search for checks, win back for
/// control) and the scope of an exercise predicate, each on sentences
/// written for this test (in no corpus).
/// </summary>
public class BroaderEventClassTests
{
    [Theory]
    [InlineData("Kazakh and Kyrgyz sappers rehearsed clearing a minefield near Korday on Thursday.", "exercise")]
    [InlineData("Tajik reservists practised the evacuation of a frontier village in Darvaz on Saturday.", "exercise")]
    [InlineData("Uzbek air-defence crews simulated the interception of a hostile drone near Termez last week.", "exercise")]
    [InlineData("The Kyrgyz president welcomed Kassym-Jomart Tokayev to Bishkek on Tuesday.", "diplomatic-meeting")]
    [InlineData("Border commissioners from Tajikistan and Kyrgyzstan convened in Isfara on Monday.", "diplomatic-meeting")]
    [InlineData("A group of Afghan shepherds waded across the Panj into Tajikistan on Sunday night.", "cross-border-movement")]
    [InlineData("An Iranian fishing boat strayed into Turkmen waters near Esenguly on Friday.", "cross-border-movement")]
    [InlineData("Kazakh customs officers will inspect every lorry at the Korday crossing from next week.", "patrol-surveillance")]
    [InlineData("Uzbek guards searched a bus from Khujand at the Oybek post on Wednesday.", "patrol-surveillance")]
    [InlineData("Afghan government troops won back the district of Darqad from the Taliban on Thursday.", "territorial-control")]
    public void New_class_members_type_their_events(string text, string type) =>
        Detect.One(text, "2024-05-06").Type.ToCode().ShouldBe(type);

    [Theory]
    [InlineData("Turkmen and Uzbek border units practised repelling an incursion near Dashoguz on Friday.")]
    [InlineData("Kyrgyz special forces rehearsed the recapture of a border post near Batken in June.")]
    public void What_an_exercise_rehearses_is_its_scenario_not_an_event(string text) =>
        Detect.One(text, "2024-05-06").Type.ShouldBe(IncidentType.Exercise);

    [Fact]
    public void Welcoming_a_thing_is_no_meeting() =>
        Detect.All("The Kazakh Foreign Ministry welcomed the decision of the joint border commission on Tuesday.", "2024-05-06")
            .ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting);
}
