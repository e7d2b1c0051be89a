using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the eighth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// word, shown here on a sentence of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests8
{
    [Theory]
    [InlineData("Kyrgyzstan will send two more reconnaissance drones to the Batken border next week.", IncidentType.Deployment)]
    [InlineData("Kazakhstan closed its border with Kyrgyzstan at Korday on Friday after the outbreak.", IncidentType.PatrolSurveillance)]
    [InlineData("The Uzbek foreign ministry said it was deeply concerned about Afghan troop movements near Termez.", IncidentType.Statement)]
    [InlineData("The Tajik foreign ministry issued a statement on Monday accusing Kyrgyz guards of moving a border marker near Vorukh.", IncidentType.Statement)]
    public void A_general_phrase_types_a_sentence_of_its_own(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_meeting_that_will_take_place_is_planned()
    {
        const string text = "A meeting of the Kazakh and Kyrgyz border commissioners will take place in Korday in April.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Planned, Detect.Describe(text, found));
    }

    [Fact]
    public void Spokesmen_of_a_service_put_a_report_on_the_record()
    {
        const string text = "Two Kyrgyz soldiers were wounded in a shoot-out with Tajik guards near Kok-Tash on Monday, border service spokesmen said.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.Status == IncidentStatus.Reported, Detect.Describe(text, found));
    }

    [Fact]
    public void A_speaker_who_replied_is_the_source()
    {
        const string text = "Asked about the shooting, the Tajik border troops' spokesman replied that Kyrgyz guards had fired first near Vorukh on Sunday.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Attribution != null && i.Attribution.Contains("spokesman"), Detect.Describe(text, found));
    }

    [Fact]
    public void The_two_states_are_the_states_named_before()
    {
        const string text = "Kyrgyzstan and Tajikistan sent delegations to Batken on Monday, and on Tuesday the two states signed a protocol on the Vorukh road.";
        var found = Detect.All(text, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.Agreement && i.Countries().Contains("KGZ") && i.Countries().Contains("TJK"), Detect.Describe(text, found));
    }
}
