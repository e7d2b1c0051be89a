using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the thirteenth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests13
{
    [Theory]
    [InlineData("Dushanbe blames Kyrgyz border guards for the shooting near Vorukh on Monday.")]
    [InlineData("The Turkmen foreign ministry blames Afghan smugglers for the gunfire near Serhetabat on Friday.")]
    public void Blaming_is_a_statement(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash && i.Status == IncidentStatus.Reported, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The Kyrgyz border service refused to say on Tuesday whether troops had been sent to Batken.")]
    [InlineData("Uzbek officials refused to comment on Sunday on the dispute over the Sokh road.")]
    public void Refusing_to_speak_is_no_statement(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The Tajik border troops said on Wednesday that reports of a clash near Kulma were not true.")]
    [InlineData("Kyrgyzstan's border service said on Monday that the shelling of Kok-Tash did not happen.")]
    [InlineData("The Uzbek defence ministry called the account false on Thursday, after residents of Sokh spoke of a gunfight.")]
    [InlineData("Such reports are groundless, a Tajik border spokesman said on Monday of claims that Kyrgyz troops had crossed at Vorukh.")]
    public void A_claim_called_untrue_is_denied(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldNotContain(i => i.Status == IncidentStatus.Reported && i.Type != IncidentType.Statement, Detect.Describe(sentence, found));
        found.ShouldContain(i => i.Status == IncidentStatus.Denied || i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }
}
