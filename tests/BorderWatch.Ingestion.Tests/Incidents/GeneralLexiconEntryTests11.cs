using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the eleventh fresh batch met in exactly one sentence once it was unsealed: each is a general
/// phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests11
{
    [Theory]
    [InlineData("China donated twelve armoured vehicles to the Tajik border troops in Dushanbe on Monday.", "TJK")]
    [InlineData("Turkey donated night-vision equipment to Uzbekistan's border service at Termez last week.", "UZB")]
    public void Donated_equipment_is_an_arms_transfer(string sentence, string country)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.ArmsTransfer && i.Countries().Contains(country), Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kyrgyzstan and Tajikistan signed the deal on the last disputed section of their border in Batken on Friday.")]
    [InlineData("Kazakhstan and Uzbekistan initialled the deal on a joint crossing point near Saryagash on Tuesday.")]
    public void The_deal_signed_is_an_agreement(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.Agreement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Tajik officials said on Monday that Dushanbe had sent an appeal to the Taliban over the shelling of villages near Panj.")]
    [InlineData("A Kyrgyz spokesman said on Sunday that Bishkek strongly criticised the detention of two herders by Tajik guards near Batken.")]
    [InlineData("The Uzbek foreign ministry said on Tuesday that it criticizes the closure of the crossing near Bekobod by Tajik guards.")]
    [InlineData("Kazakh officials said the closure of the Korday crossing by Kyrgyz guards drew an appeal from hauliers on Friday.")]
    public void Appeals_and_criticism_are_statements(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kazakh and Kyrgyz border guards plan to hold joint patrols near Korday in March.")]
    [InlineData("Turkmenistan has decided to deploy two more battalions to its border with Afghanistan next month.")]
    public void Plans_and_decisions_are_planned(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Planned, Detect.Describe(sentence, found));
    }
}
