using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the twelfth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests12
{
    [Theory]
    [InlineData("A drone strike hit a Tajik border post near Shamsiddin Shohin on Sunday night, the border troops said.")]
    [InlineData("Two drone strikes damaged a Kyrgyz checkpoint near Batken on Monday, officials said.")]
    public void Drone_strikes_are_armed_clashes(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Taliban fighters moved to take control of the district centre near the Tajik border on Saturday.")]
    [InlineData("In the border district of Khamyab, Taliban commanders took power after the governor fled to Turkmenistan on Tuesday.")]
    public void Taking_control_or_power_is_a_change_of_control(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.TerritorialControl, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kazakhstan and Kyrgyzstan intend to open a joint border post near Karkara next spring.")]
    [InlineData("Uzbek and Tajik border guards intend to hold joint patrols along the Bekobod section in January.")]
    public void Intentions_are_planned(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Planned, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Analysts see a risk of fighting on the Kyrgyz-Tajik border near Batken if the talks fail.")]
    [InlineData("Diplomats spoke of a risk of shelling along the Panj if the Taliban move more troops there.")]
    public void A_risk_of_fighting_is_no_fight(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash && i.Status == IncidentStatus.Reported, Detect.Describe(sentence, found));
    }
}
