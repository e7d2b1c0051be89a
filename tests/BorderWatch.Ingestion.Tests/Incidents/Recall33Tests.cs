using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A smuggling attempt stopped at a border or a crossing, told as a find (recall33, scene-frames.json "seizures"):
/// SCHEMA.md types it cross-border-movement. Sentences of our own, in no corpus.
/// </summary>
public class Recall33Tests
{
    private const string Published = "2026-12-02";

    [Theory]
    [InlineData("On Tuesday, officers of the Kordai customs post found 30 kilograms of opium concealed in sacks of onions in a truck arriving from Kyrgyzstan.")]
    [InlineData("At the Karasuu checkpoint on the border with Uzbekistan, Kyrgyz customs officers stopped a minibus carrying 400 undeclared cartons of cigarettes on Monday.")]
    [InlineData("Nine kilograms of hashish hidden inside a gas cylinder were discovered by Uzbek customs officers at the Oybek crossing from Tajikistan on Friday.")]
    [InlineData("Turkmen border guards seized a lorry with contraband fuel from Uzbekistan at the Farap checkpoint on Sunday.")]
    public void A_find_of_goods_at_a_checkpoint_is_a_crossing(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(sentence, found));
    }

    // Negatives: a find inland (no border, no crossing), bodies found, nothing found.
    [Theory]
    [InlineData("Police in Bishkek found five kilograms of heroin hidden in a flat in the city centre on Tuesday.")]
    [InlineData("Kyrgyz border guards found the bodies of two shepherds hidden in the reeds near the border on Tuesday.")]
    [InlineData("Customs officers at the Kordai checkpoint found no evidence that drugs had been hidden in the Kyrgyz lorry.")]
    public void A_find_inland_of_no_goods_or_of_nothing_is_no_crossing(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(sentence, found));
    }
}
