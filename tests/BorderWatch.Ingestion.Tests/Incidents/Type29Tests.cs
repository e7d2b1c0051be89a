using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// type29 (issue 8, paraphrase statements): a party's act not in force told through "according to" an office is that
/// source's statement (SpeechActs.SourcedIntent). Read by the rules alone (the type model off), so the
/// rows fail without the rules. Sentences written for these tests, in no corpus.
/// </summary>
public class Type29Tests
{
    private static readonly Lazy<IncidentDetector> Rules = new(() => TypeModelServices.Detector(TypeModelOptions.Off));

    private static List<IncidentType> Types(string sentence) =>
        Rules.Value.Detect(AnalysisInput.FromText(sentence)).OrderBy(i => i.ExcerptStart).Select(i => i.Type).ToList();

    [Theory]
    // (mend29: the source first and a future act, not the shape of a paraphrase set's item.)
    [InlineData("According to the Tajik transport ministry, Dushanbe will fund a second customs lane at the Guliston checkpoint.")]
    [InlineData("Astana will cover the cost of new scanners at the Zhibek Zholy post, according to the Kazakh finance ministry.")]
    public void A_partys_intent_told_according_to_an_office_is_a_statement(string sentence) =>
        Types(sentence).FirstOrDefault().ShouldBe(IncidentType.Statement);

    [Theory]
    // No party as the subject, a source that is no party or office: nothing stated.
    [InlineData("The Kara-Suu bridge would reopen in the spring, according to a letter from the Kyrgyz finance minister.")]
    [InlineData("Bishkek would pay for the repair of the Kara-Suu bridge, according to rumours in the bazaar.")]
    public void An_intent_of_no_party_or_from_no_office_is_no_statement(string sentence) =>
        Types(sentence).ShouldNotContain(IncidentType.Statement);
}
