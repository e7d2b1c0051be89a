using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the twenty-third fresh batch left matching exactly one corpus sentence once it was unsealed (the
/// guard in <see cref="LexiconCoverageTests"/>): triggers.json's territorial-control "retaken". It is a general word
/// (the passive of "retake": a place back under the control of the side that lost it), shown here on sentences of our
/// own that are in no corpus.
/// </summary>
public class GeneralLexiconEntryTests23
{
    [Theory]
    [InlineData("The hilltop post was retaken by Tajik border troops on Thursday after a two-hour firefight.")]
    [InlineData("A Kyrgyz border outpost lost to raiders last week has been retaken, the border service said on Monday.")]
    public void A_place_retaken_is_territorial_control(string text)
    {
        var found = Detect.All(text, "2026-10-14");
        found.ShouldContain(i => i.Type == IncidentType.TerritorialControl, Detect.Describe(text, found));
    }
}
