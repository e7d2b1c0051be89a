using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A lexicon entry that the twenty-ninth fresh batch left matching exactly one corpus sentence once it was unsealed
/// (the guard in <see cref="LexiconCoverageTests"/>): triggers.json's deployment "massed". Troops massed on a border is
/// a general phrase of border news (a build-up of forces at a place), shown here on sentences of our own that are in
/// no corpus.
/// </summary>
public class GeneralLexiconEntryTests29
{
    [Theory]
    [InlineData("Kyrgyz officials said Uzbek armoured units had massed near the Sokh enclave on Tuesday.")]
    [InlineData("About 400 Tajik soldiers massed along the road to Vorukh overnight, Kyrgyz border guards said on Friday.")]
    public void Forces_massed_at_a_place_are_a_deployment(string text)
    {
        var found = Detect.All(text, "2026-11-20");
        found.ShouldContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, found));
    }
}
