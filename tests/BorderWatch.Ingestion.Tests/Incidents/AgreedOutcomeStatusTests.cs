using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// attrib46: an agreement is its making (SCHEMA.md: agreements signed): "the commanders agreed that stray horses will in
/// future be returned", "agreed that the two drivers would be handed back on Saturday", "put their names to a memorandum
/// under which they will swap lists" are reported, however far ahead what they settle lies; an agreement still to be
/// made ("will sign", "are to sign next week") stays planned. Sentences of our own, in no corpus.
/// </summary>
public class AgreedOutcomeStatusTests
{
    private const string Published = "2027-03-10";

    private static string Describe(string text) => Detect.Describe(text, Detect.All(text, Published));

    [Theory]
    [InlineData("Kyrgyz and Kazakh commanders met at the Karkyra crossing on Monday. They agreed that stray horses found on either side will in future be returned at the crossing within three days rather than fined.", "agreed that")]
    [InlineData("Kyrgyz and Tajik commanders met at the footbridge on Monday. They agreed that the two drivers and their lorry would be handed back to Tajikistan on Saturday morning.", "agreed that")]
    [InlineData("The Uzbek and Tajik captains put their names to a memorandum under which they will swap what they learn about poachers on the reservoir.", "memorandum")]
    [InlineData("A joint Kyrgyz-Tajik team will look into the death of a shepherd near the Kulundu crossing, officials of both sides agreed on Monday.", "agreed on Monday")]
    public void An_agreement_made_is_reported_whatever_it_settles_for_later(string text, string words) =>
        Detect.Quoting(text, words, Published).Status.ShouldBe(IncidentStatus.Reported, Describe(text));

    [Theory]
    [InlineData("The Kyrgyz and Tajik governors will sign a protocol on the shared canal in Isfara next week.", "sign a protocol")]
    [InlineData("The Kazakh and Kyrgyz border services are to sign a memorandum on joint patrols of the lake on 20 March.", "memorandum")]
    public void An_agreement_still_to_be_made_is_planned(string text, string words) =>
        Detect.Quoting(text, words, Published).Status.ShouldBe(IncidentStatus.Planned, Describe(text));
}
