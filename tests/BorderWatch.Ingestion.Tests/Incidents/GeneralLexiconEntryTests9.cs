using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the ninth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests9
{
    [Theory]
    [InlineData("Uzbekistan sent two more border units to the Termez district on Friday.", IncidentType.Deployment, "UZB")]
    [InlineData("Kyrgyzstan sent reserve units of the border service to Batken after the shooting on Sunday.", IncidentType.Deployment, "KGZ")]
    [InlineData("The Kazakh and Kyrgyz border commissioners held a meeting in Korday on Tuesday.", IncidentType.DiplomaticMeeting, "KAZ")]
    [InlineData("Tajik and Afghan district officials held a meeting at the Panji Poyon bridge on Monday.", IncidentType.DiplomaticMeeting, "TJK")]
    public void A_general_phrase_types_a_sentence_of_its_own(string sentence, IncidentType type, string country)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == type && i.Countries().Contains(country), Detect.Describe(sentence, found));
    }
}
