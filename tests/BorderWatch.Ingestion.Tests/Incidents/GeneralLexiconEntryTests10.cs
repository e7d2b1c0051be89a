using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the tenth fresh batch met in exactly one sentence once it was unsealed: each is a general
/// phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests10
{
    [Theory]
    [InlineData("Russia handed military equipment to the Tajik border troops in Khorog on Monday.", "TJK")]
    [InlineData("Turkey delivered military equipment to Uzbekistan's border service at Termez last week.", "UZB")]
    public void Military_equipment_handed_over_is_an_arms_transfer(string sentence, string country)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.ArmsTransfer && i.Countries().Contains(country), Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kyrgyz border guards fired on Tajik herders near Kok-Tash on Sunday, Tajik officials said, but Bishkek said there was no such incident.")]
    [InlineData("Afghan media reported that Uzbek troops crossed near Termez on Friday; Tashkent said no such incident took place.")]
    public void No_such_incident_denies_the_report(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Denied, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Joint exercises of Kazakh and Kyrgyz border units are to be held near Korday in March.")]
    [InlineData("Talks between the Uzbek and Tajik delimitation commissions are to be held in Khujand next week.")]
    public void To_be_held_is_planned(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Planned, Detect.Describe(sentence, found));
    }
}
