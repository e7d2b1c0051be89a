using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para45 (issue 8, paraphrase statements): more of what a document voices (<see cref="DocumentVoices"/>,
/// Lexicon/voice-stances.json): a decree's tail, a judging voice's future, a disposition (an offer), a rule "is to" (a
/// policy), a request noun lodged with a party "for X to do Y". A fact or a plan an instrument reports stays the event; a
/// letter that is only delivered and a firm's tender are no statement. Sentences written for these tests, in no corpus
/// and no paraphrase set; the rules alone (no type model); each positive also runs with the voice-stances lists emptied,
/// to show the statement comes from them.
/// </summary>
public class VoiceStanceTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> Rules = new(() => Detector(VoiceStanceLexicon.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> NoStances = new(() => Detector(VoiceStanceLexicon.Empty));

    private static IncidentDetector Detector(VoiceStanceLexicon stances) =>
        RulesOnly.Detector(Parser.Value, all => all with { VoiceStances = stances });

    private static List<IncidentType> Types(IncidentDetector detector, string sentence) => RulesOnly.Types(detector, sentence);

    [Theory]
    // A decree's tail, a rule told with "is to": a policy.
    [InlineData("From next month Uzbek practice is to return every stray cow to its Kyrgyz owner within a day, the Uzbek government's resolution reads.")]
    // A letter's tail, means put at another's disposal: an offer.
    [InlineData("Two Kazakh rescue helicopters are at Bishkek's disposal for any avalanche on the Kyrgyz passes this winter, the Kazakh emergencies minister's letter to Bishkek reads.")]
    // A judging voice in an opening frame, a future: a threat assessment.
    [InlineData("In the estimate of Uzbekistan's border command, smuggling gangs will try to move heroin over the Amu Darya once the water drops.")]
    // A request noun lodged with a party for something to happen: a request.
    [InlineData("The Batken governor has filed a petition with Bishkek for the Kyzyl-Bel road crossing to reopen before the harvest.")]
    public void A_stance_a_voice_carries_is_a_statement(string sentence)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.Statement);
        Types(NoStances.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.Statement);
    }

    [Theory]
    // A fact an order reports, a plan a decree reports: the event.
    [InlineData("Kyrgyz troops took up positions at the Kok-Tash crossing on Sunday, the defence ministry's order reads.")]
    [InlineData("Two Kyrgyz border companies will move to Batken in March, the cabinet's decree reads.")]
    // An instrument at the head is no voice: the deployment it sets going.
    [InlineData("Under an order signed on Monday, Kyrgyz troops will deploy to the Batken border.")]
    // A letter delivered carries no words told here.
    [InlineData("The letter was delivered to the Tajik embassy in Bishkek on Monday.")]
    // A firm's tender lodged with no party.
    [InlineData("A Turkish firm has lodged a bid for the contract to build the new bridge at Termez.")]
    public void What_a_document_reports_or_a_tender_is_no_statement(string sentence) =>
        Types(Rules.Value, sentence).ShouldNotContain(IncidentType.Statement);
}
