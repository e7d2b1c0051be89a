using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the fifteenth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests15
{
    [Theory]
    [InlineData("Moscow sold four transport helicopters to the Kyrgyz border service in March, the ministry said on Monday.", IncidentType.ArmsTransfer)]
    [InlineData("The Tajik border troops received six reconnaissance drones from China on Thursday, the agency said.", IncidentType.ArmsTransfer)]
    [InlineData("Despite the shooting overnight, Kyrgyz and Tajik delegations met in Batken on Tuesday to discuss water sharing.", IncidentType.DiplomaticMeeting)]
    [InlineData("On Friday the Kyrgyz foreign ministry sent Dushanbe a note blaming Tajik guards for the shooting near Kok-Tash.", IncidentType.Statement)]
    public void The_entry_types_its_incident(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
        found.ShouldAllBe(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_promise_is_planned()
    {
        const string sentence = "Tashkent promises to open two new border posts on the Termez section of the Afghan frontier next year, the ministry said on Monday.";
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
        found.ShouldAllBe(i => i.Status == IncidentStatus.Planned, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_source_who_does_not_want_to_be_named_is_unconfirmed()
    {
        const string sentence = "A Tajik officer who did not want to be named said Afghan fighters had crossed the Panj near Shuro on Friday.";
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
        found.ShouldAllBe(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(sentence, found));
    }
}
