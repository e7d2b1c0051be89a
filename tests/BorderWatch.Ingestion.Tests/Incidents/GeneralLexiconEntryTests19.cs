using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the nineteenth fresh batch left matching exactly one corpus sentence once it was unsealed: each
/// is a general phrase of denial, shown here on sentences of its own, written for this test and in no corpus (the guard
/// in <see cref="LexiconCoverageTests"/>). Without status.json's "never happened" the first test fails. The second shows
/// that a rejecting verb denies the claim before it on its own: status.json's "the allegation" was removed (review25), as
/// no corpus needed it (fresh19, the one corpus with the phrase, scores the same without it).
/// </summary>
public class GeneralLexiconEntryTests19
{
    [Theory]
    [InlineData("A Kyrgyz website reported that Tajik guards fired at a shepherd's camp near Vorukh on Monday. The Tajik border service said on Tuesday that the shooting never happened.")]
    [InlineData("Afghan television said Uzbek gunboats had sailed into Afghan waters on the Amu Darya last week. Tashkent said the incursion never happened.")]
    public void Saying_it_never_happened_denies_it(string text)
    {
        var found = Detect.All(text, "2025-05-08");
        found.ShouldContain(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Residents of Isfara said Kyrgyz troops shelled a water intake on the border on Sunday. The Kyrgyz defence ministry rejected the allegation on Monday.")]
    [InlineData("A Turkmen opposition site claimed that Afghan gunmen crossed into Turkmenistan near Serhetabat. The Turkmen border service dismissed the allegation.")]
    public void Rejecting_the_allegation_denies_the_claim_before(string text)
    {
        var found = Detect.All(text, "2025-05-08");
        found.ShouldContain(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }
}
