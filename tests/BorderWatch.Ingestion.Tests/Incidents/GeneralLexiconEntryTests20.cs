using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the twentieth fresh batch left matching exactly one corpus sentence once it was unsealed (the
/// guard in <see cref="LexiconCoverageTests"/>): triggers.json's "seized ... village*" was the one. It was removed: seizing
/// a place is territorial control by the verb's class alone, as these sentences of our own (in no corpus) show, and
/// fresh20, the one corpus with such a sentence, scores byte-identical without it.
/// </summary>
public class GeneralLexiconEntryTests20
{
    [Theory]
    [InlineData("Insurgents seized three villages in the Wakhan corridor on Friday, Afghan officials said.")]
    [InlineData("On Tuesday a rebel band seized a border village near Ishkashim for several hours before Taliban units retook it.")]
    public void Seizing_villages_is_territorial_control(string text)
    {
        var found = Detect.All(text, "2025-05-08");
        found.ShouldContain(i => i.Type == IncidentType.TerritorialControl, Detect.Describe(text, found));
    }
}
