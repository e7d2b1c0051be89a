using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para47 (issue 8): acts and stances told without an event or speech word, read from the parse with WordNet's noun
/// classes (<see cref="TacitActs"/>, <see cref="TacitStances"/>; words in Lexicon/tacit-frames.json). Each positive also
/// runs with the lists emptied, to show the type comes from them; each negative keeps the reading the rules give with the
/// lists emptied. Sentences written for these tests, in no corpus and no paraphrase set; the rules alone (no type model).
/// </summary>
public class TacitFrameTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> Rules = new(() => Detector(TacitFrameLexicon.LoadEmbedded()));
    private static readonly Lazy<IncidentDetector> NoFrames = new(() => Detector(TacitFrameLexicon.Empty));

    private static IncidentDetector Detector(TacitFrameLexicon frames) => RulesOnly.Detector(Parser.Value, all => all with { TacitFrames = frames });

    private static List<IncidentType> Types(IncidentDetector detector, string sentence) => RulesOnly.Types(detector, sentence);

    [Theory]
    // A view owned by a party, framing what another party does: an accusation.
    [InlineData("In Tajikistan's view, Kyrgyz herders have been grazing their flocks on Tajik pasture near Vorukh since the spring.", IncidentType.Statement)]
    // A view of how things stand at a border: a threat assessment.
    [InlineData("In the Kyrgyz minister's view, the situation on the Batken border has calmed since the spring.", IncidentType.Statement)]
    // A party's reply as a verbless head before a colon: a denial.
    [InlineData("The Tajik Border Troops' response to the Kyrgyz film on Sunday: the men on the ridge were shepherds, and the post stands on Tajik land.", IncidentType.Statement)]
    // A count set at a value: a threat assessment.
    [InlineData("Kyrgyz border officials put the number of smugglers working the Batken passes this winter at around fifty.", IncidentType.Statement)]
    // Something put on the table before its object: an offer.
    [InlineData("Tashkent has put on the table a joint water commission for the Sokh enclave.", IncidentType.Statement)]
    // A wish for a post: a request.
    [InlineData("Farmers in Chorkuh want a border guard post at the edge of their orchards.", IncidentType.Statement)]
    // The presence of troops, a place filled with them, a count at a post: deployments.
    [InlineData("The presence of a Tajik artillery battalion near Vorukh since Friday has worried Kyrgyz villagers.", IncidentType.Deployment)]
    [InlineData("Kazakhstan has packed the old barracks at Zharkent with soldiers and armoured cars since October.", IncidentType.Deployment)]
    [InlineData("There have been sixty of us at the Kyrgyz outpost near Karamyk since October instead of twenty.", IncidentType.Deployment)]
    // Equipment paid or signed for: arms transfers.
    [InlineData("The Kyrgyz Border Service has paid an Israeli firm for twelve thermal cameras.", IncidentType.ArmsTransfer)]
    [InlineData("Our battalion signed for four new armoured cars at the Termez depot on Friday.", IncidentType.ArmsTransfer)]
    // Time spent with an official, officials haggling: meetings.
    [InlineData("An Afghan delegation from Balkh passed the whole of Monday in Termez with the Surkhandarya governor.", IncidentType.DiplomaticMeeting)]
    [InlineData("The Kyrgyz and Tajik deputy ministers haggled over the grazing rules in Isfara until late on Tuesday.", IncidentType.DiplomaticMeeting)]
    // Troops put through a test, the test of troops: exercises.
    [InlineData("The Tajik command will put its mountain companies through a winter test in the Pamirs next month.", IncidentType.Exercise)]
    [InlineData("Villagers near Jalal-Abad heard guns all week during the spring test of the Osh artillery brigades.", IncidentType.Exercise)]
    // Parcels weighed at a crossing, a fence driven along twice a day: patrol-surveillance.
    [InlineData("Kazakh customs officers now weigh every parcel at the Kordai crossing.", IncidentType.PatrolSurveillance)]
    [InlineData("Uzbek border troops now ride quad bikes along the bank of the Sokh twice a day.", IncidentType.PatrolSurveillance)]
    // Border guards who came to blows: a clash.
    [InlineData("Two Kyrgyz and Tajik border guards came to blows over a water channel near Kok-Tash on Sunday, the Kyrgyz border service said.", IncidentType.ArmedClash)]
    public void A_tacit_frame_gives_the_type(string sentence, IncidentType type)
    {
        Types(Rules.Value, sentence).FirstOrDefault().ShouldBe(type);
        Types(NoFrames.Value, sentence).FirstOrDefault().ShouldNotBe(type);
    }

    [Theory]
    // An opinion of a meeting (an event noun as the subject) states no position of its own.
    [InlineData("In the minister's view the talks in Osh went well.")]
    // A count of the dead stays the clash's.
    [InlineData("Police put the number of dead at four after gunmen attacked the post near Isfara on Sunday.")]
    // Rifles put on a table: no offer.
    [InlineData("The guard put the rifles on the table and left the room.")]
    // No troops present, filled in, paid for, kept company with, tested or fighting.
    [InlineData("The presence of tourists at the lake has pleased the rangers.")]
    [InlineData("Traders filled the market at Dostuk with apricots and melons.")]
    [InlineData("The farmer paid the driver for the trip to Osh.")]
    [InlineData("Two soldiers spent the night in the village with their families.")]
    [InlineData("Doctors put the wounded guards through a blood test at the Khorog hospital.")]
    [InlineData("Two traders came to blows over a debt at the Osh bazaar.")]
    [InlineData("There were forty tourists at the hotel in Khorog.")]
    // A bag opened at home; a walk along the river with no routine.
    [InlineData("She opened every bag in the kitchen.")]
    [InlineData("Smugglers walked along the river to a gap in the fence.")]
    // Equipment someone is asked to pay for is a request, not a delivery.
    [InlineData("Kazakhstan's border service wants Ankara to pay for six thermal cameras at the Kordai crossing, a letter to the Turkish embassy shows.")]
    // A delegation on a plane is no delivery.
    [InlineData("The plane touched down in Dushanbe with the delegation.")]
    public void Without_the_frame_the_reading_stays(string sentence) =>
        Types(Rules.Value, sentence).ShouldBe(Types(NoFrames.Value, sentence));

    [Fact]
    public void A_wish_with_no_border_subject_is_no_incident() =>
        Types(Rules.Value, "Residents of Chorkuh want a new school.").ShouldBeEmpty();

    [Fact]
    public void A_real_attack_during_a_test_of_troops_stays_a_clash()
    {
        const string sentence = "Gunmen attacked the Tajik post at Panj during the spring test of the Khatlon regiments.";
        Types(Rules.Value, sentence).ShouldContain(IncidentType.ArmedClash);
        Types(Rules.Value, sentence).ShouldNotContain(IncidentType.Exercise);
    }
}
