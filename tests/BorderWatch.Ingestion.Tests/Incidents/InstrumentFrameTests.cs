using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para46 (issue 8): an instrument that gives a party something or is renewed is the agreement
/// (<see cref="AgreedInstruments"/>); a party's position with "be" and a that-clause, and a likelihood set "at" a value,
/// are statements (<see cref="PositionFrames"/>); words in Lexicon/instrument-frames.json. A document that gives details,
/// an instrument in a clause hung on a real act, the text of a speech, a reason told with "be that" and a chance taken
/// keep their reading. Sentences written for these tests, in no corpus and no paraphrase set; the rules alone (no type
/// model); each positive also runs with the lists emptied, to show the type comes from them.
/// </summary>
public class InstrumentFrameTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> Rules = new(() => Detector(InstrumentFrameLexicon.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> NoFrames = new(() => Detector(InstrumentFrameLexicon.Empty));

    private static IncidentDetector Detector(InstrumentFrameLexicon frames) =>
        RulesOnly.Detector(Parser.Value, all => all with { InstrumentFrames = frames });

    private static List<IncidentType> Types(IncidentDetector detector, string sentence) => RulesOnly.Types(detector, sentence);

    [Theory]
    // An instrument as the subject of a provision verb, something given to a party.
    [InlineData("Monday's water protocol between Astana and Bishkek gives Kazakh herders the use of three wells on the Chu bank, officials in Bishkek said.")]
    [InlineData("A new memorandum commits the Kyrgyz and Tajik border services to joint night patrols along the Isfara from January.")]
    // An instrument renewed.
    [InlineData("Farmers near Sarakhs say Turkmenistan and Iran quietly extended the arrangement on Tejen water for five more years in September.")]
    public void An_instrument_that_gives_or_is_renewed_is_an_agreement(string sentence)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.Agreement);
        Types(NoFrames.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.Agreement);
    }

    [Theory]
    // A document that gives details: no party is given anything.
    [InlineData("The protocol of Monday's session in Osh gives details of the agenda for the next round.")]
    // The instrument in a relative clause; the pursuit is the news.
    [InlineData("Under the protocol that allows guards to pursue smugglers, Kazakh guards chased two men 300 metres into Uzbek fields on Friday.")]
    // The text of a speech.
    [InlineData("The Uzbek minister brought back the text of his speech from Dushanbe on Monday and handed it to reporters.")]
    public void A_document_that_binds_nobody_is_no_agreement(string sentence) =>
        Types(Rules.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.Agreement);

    [Theory]
    // A party's position: "be" and a that-clause.
    [InlineData("The Kazakh interior ministry's position on Monday was that Kyrgyz herders had crossed into Kazakh pasture near Karkara.")]
    // An estimate: a likelihood set at a value.
    [InlineData("Experts at the Tajik border academy put the risk of smugglers switching to the Murghab passes this spring at high.")]
    public void A_position_or_an_estimate_is_a_statement(string sentence)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(IncidentType.Statement);
        Types(NoFrames.Value, sentence).FirstOrDefault().ShouldNotBe(IncidentType.Statement);
    }

    [Theory]
    // A reason is no position: the shooting it names stays the event.
    [InlineData("The reason for the closure was that smugglers had fired on the Uzbek post near Termez on Sunday.")]
    // A chance taken is no estimate.
    [InlineData("Three smugglers took the chance to cross the Panj near Khorog at dawn on Friday.")]
    public void A_reason_or_a_chance_taken_keeps_its_reading(string sentence) =>
        Types(Rules.Value, sentence).ShouldBe(Types(NoFrames.Value, sentence));
}
