using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Typing event predicates by sense (December 2026, issue 8 item 2): light verbs with a particle or an oblique, verbs of
/// moving oneself typed by their path (across a frontier: a crossing; along one: a patrol), a party as the object of
/// "receive", nouns below a predicate that types the event, the act of a coordinated or relative clause, a supplied thing
/// by its WordNet class, and the new WordNet roots. Every sentence is written for this test and is in no corpus and no
/// paraphrase set.
/// </summary>
public class PredicateSenseTests
{
    private static string TypeOf(string text) =>
        Detect.All(text, "2024-05-06").OrderBy(i => i.ExcerptStart).FirstOrDefault() is { } first ? first.Type.ToCode() : "none";

    /// <summary>A few sentences of each type written without the trigger lexicon's words, to check the rules generalise.</summary>
    [Theory]
    [InlineData("Kyrgyz and Tajik guards traded gunfire across the Isfara riverbed late on Tuesday.", "armed-clash")]
    [InlineData("A Tajik checkpoint near Vorukh came under mortar fire on Sunday morning.", "armed-clash")]
    [InlineData("Gunmen opened up on an Uzbek patrol vehicle outside Termez overnight.", "armed-clash")]
    [InlineData("Afghan fighters pounded a Tajik watchtower with rockets on Friday.", "armed-clash")]
    [InlineData("Taliban units overran the frontier town of Ishkashim on Monday.", "territorial-control")]
    [InlineData("Government forces regained the Darqad district from the militants after a week.", "territorial-control")]
    [InlineData("Two Afghan herders slipped into Tajik territory near Khorog on Monday night.", "cross-border-movement")]
    [InlineData("Hundreds of families fled over the mountains into Kyrgyzstan last week.", "cross-border-movement")]
    [InlineData("Kyrgyz guards detained three Tajik shepherds who had wandered across the line near Batken.", "cross-border-movement")]
    [InlineData("A group of armed men entered Uzbek territory from Afghanistan on Thursday.", "cross-border-movement")]
    [InlineData("Moscow sent two additional battalions to its base in Tajikistan on Monday.", "deployment")]
    [InlineData("Uzbekistan moved artillery units to the Surkhandarya frontier last week.", "deployment")]
    [InlineData("Tashkent pulled its troops back from the Afghan frontier on Saturday.", "deployment")]
    [InlineData("Kazakhstan has beefed up its garrison on the Chinese border with a new regiment.", "deployment")]
    [InlineData("Tajik drones kept watch over the Panj valley throughout the night.", "patrol-surveillance")]
    [InlineData("Kyrgyz guards put the Batken sector on high alert on Friday.", "patrol-surveillance")]
    [InlineData("Kazakh and Kyrgyz troops held joint manoeuvres near the border on Wednesday.", "exercise")]
    [InlineData("CSTO rapid-reaction forces conducted war games in the Khatlon region this week.", "exercise")]
    [InlineData("Washington handed over ten armoured vehicles to the Tajik border service on Monday.", "arms-transfer")]
    [InlineData("Uzbekistan took delivery of Turkish attack drones last month.", "arms-transfer")]
    [InlineData("Russia hands over a batch of rifles to Tajik border troops.", "arms-transfer")]
    [InlineData("The Kyrgyz defence minister received a Tajik delegation in Bishkek on Monday.", "diplomatic-meeting")]
    [InlineData("The Tajik president receives the Turkmen foreign minister in Dushanbe.", "diplomatic-meeting")]
    [InlineData("Kyrgyz and Uzbek officials sat down together in Osh on Thursday.", "diplomatic-meeting")]
    [InlineData("The Kyrgyz and Tajik border services signed a protocol on joint patrols on Friday.", "agreement")]
    [InlineData("Kyrgyzstan and Tajikistan agreed to set up a joint commission on the disputed sections.", "agreement")]
    [InlineData("Dushanbe and Bishkek sign a deal on the demarcation of the border.", "agreement")]
    [InlineData("The Tajik foreign ministry blamed Kyrgyz troops for the shooting near Vorukh.", "statement")]
    [InlineData("Tashkent urged Kabul to rein in militants along the river.", "statement")]
    public void Sentences_without_the_lexicons_words_are_typed(string text, string type) => TypeOf(text).ShouldBe(type);

    [Theory]
    // A light verb with its particle, and an oblique that names the event.
    [InlineData("Tajik customs officers stepped up inspections at the Nizhny Panj bridge on Monday.", "patrol-surveillance")]
    [InlineData("An Uzbek frontier post near Sariasiya came under rocket fire on Tuesday night.", "armed-clash")]
    [InlineData("Turkmenistan put its frontier garrisons on full readiness on Monday.", "patrol-surveillance")]
    // A verb of moving oneself whose path crosses a frontier (a ground, a named river, an edge of the other side).
    [InlineData("Three Tajik fishermen drifted into Afghan waters on the Panj on Sunday.", "cross-border-movement")]
    [InlineData("A column of Afghan lorries drivers walked across the frontier into Iran near Dogharoun on Friday.", "cross-border-movement")]
    [InlineData("Two Afghan teenagers swam over the Amu Darya to the Uzbek bank near Termez on Saturday.", "cross-border-movement")]
    // ... and along one: a patrol.
    [InlineData("Kazakh and Chinese guards will ride the frontier together near Khorgos from May.", "patrol-surveillance")]
    [InlineData("A Tajik helicopter flew along the river frontier near Shuroobod for six hours on Monday.", "patrol-surveillance")]
    // The act of a relative clause under the root's object.
    [InlineData("Turkmen guards arrested five Afghans who had slipped into Turkmen territory near Imamnazar.", "cross-border-movement")]
    // Talking things over together is a meeting.
    [InlineData("Kazakh and Kyrgyz border chiefs went over the new maps together in Almaty on Friday.", "diplomatic-meeting")]
    // Driving a party out of a place takes the place.
    [InlineData("Tajik opposition fighters pushed government troops out of the town of Tavildara on Tuesday.", "territorial-control")]
    [InlineData("Taliban fighters captured the Darwaz district centre on Wednesday after two days of fighting.", "territorial-control")]
    // Domain lemmas: a verb with its particle or idiom.
    [InlineData("A Kyrgyz patrol near Kok-Tash was shot at from across the canal on Monday.", "armed-clash")]
    [InlineData("Kazakhstan and Uzbekistan came to terms on the last disputed section of their border on Friday.", "agreement")]
    [InlineData("Kyrgyz guards and a band of cattle rustlers shot it out in a gorge above Sokh on Tuesday night.", "armed-clash")]
    public void A_predicate_is_typed_by_its_sense_and_its_arguments(string text, string type) => TypeOf(text).ShouldBe(type);

    [Fact]
    public void Readiness_to_act_is_no_alert() =>
        Detect.All("Kazakhstan expressed its readiness to help Kyrgyzstan with the demarcation on Monday.", "2024-05-06")
            .ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance);

    [Fact]
    public void Watching_a_ceremony_is_no_patrol() =>
        Detect.All("A Kyrgyz delegation watched the opening ceremony of the games in Almaty on Sunday.", "2024-05-06")
            .ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance);

    [Theory]
    [InlineData("Uzbek officials walked into the hall of the ministry in Tashkent on Monday.")]
    [InlineData("Tajik tourists strolled along the promenade in Khorog on Sunday.")]
    public void Moving_without_crossing_or_following_a_frontier_is_no_incident(string text) => TypeOf(text).ShouldBe("none");

    [Fact]
    public void Receiving_things_is_a_transfer_not_a_meeting() =>
        TypeOf("Tajikistan received two helicopters from Russia on Monday.").ShouldBe("arms-transfer");

    [Fact]
    public void Handing_over_papers_is_no_arms_transfer() =>
        Detect.All("Russia hands over the documents to the Tajik side.", "2024-05-06")
            .ShouldNotContain(i => i.Type == IncidentType.ArmsTransfer);
}
