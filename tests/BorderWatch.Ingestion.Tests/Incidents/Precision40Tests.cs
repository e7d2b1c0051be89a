using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// precision40: extras of pages about other matters, on sentences written for these tests (issue 8): a visit to people in
/// a private capacity is no meeting between parties; a page's instruction to its reader is no party's request; a search
/// by volunteers and rescuers is no patrol.
/// </summary>
public class Precision40Tests
{
    private static List<IncidentType> Types(string text) => Detect.All(text, "2026-03-10").Select(i => i.Type).ToList();

    private static string Described(string text) => Detect.Describe(text, Detect.All(text, "2026-03-10"));

    [Theory]
    [InlineData("The Kazakh consul in Tashkent visited the detained man in a Chirchiq jail on Tuesday and found him in good health, the foreign ministry said.")]
    [InlineData("The Tajik ambassador met the families of the missing fishermen in Khorog on Sunday.")]
    public void A_visit_to_private_people_is_no_meeting(string text) =>
        Types(text).ShouldNotContain(IncidentType.DiplomaticMeeting, Described(text));

    [Theory]
    [InlineData("The Kazakh consul in Tashkent met Uzbek border officials on Tuesday to discuss the case of the detained man.")]
    [InlineData("Taliban commanders met Tajik border officers at the Panj bridge on Monday.")]
    public void A_meeting_with_officials_or_forces_stays_a_meeting(string text) =>
        Types(text).ShouldContain(IncidentType.DiplomaticMeeting, Described(text));

    [Theory]
    [InlineData("Request a price list from our Osh office before you send any cargo towards the Torugart pass.")]
    [InlineData("Please do not block the road to the Dostuk post while the border guards check lorries.")]
    [InlineData("Call the hotline of the Border Service if you see armed men near the Chu river.")]
    public void An_instruction_to_the_reader_is_no_statement(string text) =>
        Types(text).ShouldNotContain(IncidentType.Statement, Described(text));

    [Theory]
    [InlineData("Stay away from the river bank near Kelif, the Uzbek border troops warned residents on Friday.")]
    [InlineData("The Tajik foreign ministry urged Kabul on Monday to rein in the gunmen who fired on the post near Shuroobod.")]
    public void A_party_telling_people_what_to_do_stays_a_statement(string text) =>
        Types(text).ShouldContain(IncidentType.Statement, Described(text));

    [Theory]
    [InlineData("Volunteers from the village and rescuers of the emergencies ministry are combing the gorge above Kara-Suu for the missing hunter.")]
    [InlineData("Relatives of the missing boy searched the river bank near Isfara on Monday.")]
    public void A_search_by_civilians_is_no_patrol(string text) =>
        Types(text).ShouldNotContain(IncidentType.PatrolSurveillance, Described(text));

    [Theory]
    [InlineData("Villagers and Kyrgyz border guards searched the gorge above Kara-Suu for the missing hunter on Sunday.")]
    [InlineData("Residents said Uzbek helicopters had flown patrols along the canal for two days.")]
    [InlineData("Villagers of Kara-Suu told our reporter that all through May Kyrgyz guards kept the pasture road closed to them.")]
    [InlineData("Residents of Andarak say a Tajik drone has flown over their orchards twice since Sunday.")]
    public void A_search_with_a_force_stays_a_patrol(string text) =>
        Types(text).ShouldContain(IncidentType.PatrolSurveillance, Described(text));
}
