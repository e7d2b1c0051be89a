using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the eighteenth fresh batch left matching exactly one corpus sentence once it was unsealed: each
/// is a general phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>). The other entry it flagged, statements.json's present "urges", was removed: on
/// sentences of our own ("The Uzbek border command urges shepherds ... to keep their flocks away") it gave no record at
/// all, so it only ever stood for one corpus sentence (which it did not find either).
/// </summary>
public class GeneralLexiconEntryTests18
{
    [Theory]
    [InlineData("The Tajik border troops received six thermal imaging systems from Japan in March, the embassy said.")]
    [InlineData("Kyrgyz guards at the Irkeshtam post have received two mobile radar systems donated by the OSCE.")]
    public void Receiving_systems_is_an_arms_transfer(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.ArmsTransfer, Detect.Describe(sentence, found));
    }
}
