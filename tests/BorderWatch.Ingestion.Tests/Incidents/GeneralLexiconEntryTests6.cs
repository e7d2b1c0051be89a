using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the sixth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// word, shown here on a sentence of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests6
{
    [Theory]
    [InlineData("Two herders were detained on Sunday after crossing into Uzbekistan near Andijan without papers.", IncidentType.CrossBorderMovement)]
    [InlineData("Five men illegally entered Kazakhstan from Kyrgyzstan near Karasu on Monday, the border service said.", IncidentType.CrossBorderMovement)]
    [InlineData("A Tajik border post near Vanj was taken over by armed men on Saturday.", IncidentType.TerritorialControl)]
    [InlineData("Uzbekistan withdrew from the border cooperation pact with Kyrgyzstan on Monday.", IncidentType.Agreement)]
    [InlineData("Residents reported a troop build-up on the Kyrgyz side of the Isfara valley on Wednesday.", IncidentType.Deployment)]
    [InlineData("Additional forces were sent to the Tajik-Afghan border near Khorog on Friday.", IncidentType.Deployment)]
    [InlineData("Two army units were moved to the Uzbek frontier near Termez on Friday.", IncidentType.Deployment)]
    [InlineData("A gunfight between Tajik guards and smugglers near Panj left one guard wounded on Tuesday.", IncidentType.ArmedClash)]
    [InlineData("The Kyrgyz ombudsman appealed to both governments on Monday to reopen the crossing at Dostuk.", IncidentType.Statement)]
    public void A_general_phrase_types_a_sentence_of_its_own(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Fact]
    public void Discusses_in_the_present_makes_a_meeting_of_two_parties()
    {
        const string text = "The Kazakh foreign minister discusses border security with his Kyrgyz counterpart in Bishkek on Monday.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(text, found));
    }

    [Fact]
    public void Unverified_reports_leave_the_event_unconfirmed()
    {
        const string text = "Unverified reports say Taliban fighters fired on Tajik guards near Ishkashim on Sunday.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(text, found));
    }
}
