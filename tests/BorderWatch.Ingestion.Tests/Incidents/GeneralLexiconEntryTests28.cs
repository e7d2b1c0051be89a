using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the twenty-eighth fresh batch left matching exactly one corpus sentence once it was unsealed
/// (the guard in <see cref="LexiconCoverageTests"/>): triggers.json's crossing "illegal border crossing" and its
/// territorial control "fallen to". Both are general phrases of border news (the offence a detention is for; a post or
/// district passing to a force), shown here on sentences of our own that are in no corpus.
/// </summary>
public class GeneralLexiconEntryTests28
{
    [Theory]
    [InlineData("Kazakh border guards detained two Uzbek citizens for illegal border crossing near Zhibek Zholy on Monday.")]
    [InlineData("A Kyrgyz shepherd was fined for illegal border crossing after he drove his flock into Tajikistan on Saturday.")]
    public void An_illegal_border_crossing_is_a_crossing(string text)
    {
        var found = Detect.All(text, "2026-11-20");
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Two border posts in Darvoz district had fallen to Taliban fighters by Thursday evening, local officials said.")]
    [InlineData("The customs post at the pass has fallen to the militants, the Tajik border troops said on Sunday.")]
    public void A_post_fallen_to_a_force_is_territorial_control(string text)
    {
        var found = Detect.All(text, "2026-11-20");
        found.ShouldContain(i => i.Type == IncidentType.TerritorialControl, Detect.Describe(text, found));
    }
}
