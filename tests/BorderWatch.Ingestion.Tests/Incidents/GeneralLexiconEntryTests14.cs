using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the fourteenth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests14
{
    [Theory]
    [InlineData("A Kyrgyz border officer, who was not authorised to speak to reporters, said Tajik guards had fired on a patrol near Kok-Tash on Monday.")]
    [InlineData("An Uzbek customs officer who is not authorised to speak publicly said Kyrgyz troops had moved two armoured vehicles to the Sokh road on Friday.")]
    public void A_source_not_authorised_to_speak_is_unconfirmed(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
        found.ShouldAllBe(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Residents of Vorukh said Kyrgyz guards had shot at a Tajik tractor on Sunday. The Kyrgyz border service denied these reports on Monday.")]
    [InlineData("Villagers near Sokh said Uzbek troops had crossed into Kyrgyzstan on Tuesday. Tashkent rejected these reports on Wednesday.")]
    public void Denying_these_reports_denies_the_claim_before(string text)
    {
        var found = Detect.All(text, "2025-05-01");
        found.ShouldNotContain(i => i.Type != IncidentType.Statement && i.Status == IncidentStatus.Reported, Detect.Describe(text, found));
        found.ShouldContain(i => i.Status == IncidentStatus.Denied || i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }
}
