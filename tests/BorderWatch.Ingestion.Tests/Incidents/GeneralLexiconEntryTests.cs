using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that match only one sentence of the corpora stay because they are general words: each is shown
/// here on a sentence of its own, written for this test and in no corpus (the guard in <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests
{
    [Theory]
    [InlineData("A gun battle broke out between police and smugglers near Khorog on Monday.", "armed-clash")]
    [InlineData("Tajik guards were in a gun battle with men trying to cross the Panj River on Monday.", "armed-clash")]
    [InlineData("Russia will send troops to Tajikistan next month.", "deployment")]
    [InlineData("Uzbek border units were put on heightened alert on Sunday.", "patrol-surveillance")]
    [InlineData("Kyrgyz guards along the Batken border were placed on high alert.", "patrol-surveillance")]
    [InlineData("President Japarov held a call with President Rahmon on Friday.", "diplomatic-meeting")]
    [InlineData("The Kyrgyz and Tajik presidents had a telephone conversation on Friday.", "diplomatic-meeting")]
    [InlineData("Tajik guards detained three drug traffickers near the Panj River on Monday.", "cross-border-movement")]
    [InlineData("Turkmen guards detained two traffickers near Serhetabat on Monday.", "cross-border-movement")]
    [InlineData("Kyrgyz guards detained men smuggling fuel near Batken on Monday.", "cross-border-movement")]
    [InlineData("Russia handed weapons to the Tajik army on Tuesday.", "arms-transfer")]
    [InlineData("Mortar rounds fell on a Kyrgyz village near the Tajik border overnight.", "armed-clash")]
    [InlineData("The Tajik Foreign Ministry requested an explanation from Bishkek on Tuesday.", "statement")]
    [InlineData("The Uzbek foreign minister assured Tajik envoys that the bridge would stay open.", "statement")]
    [InlineData("The Kyrgyz Foreign Ministry called on Dushanbe to withdraw its troops.", "statement")]
    [InlineData("The Turkmen Foreign Ministry said the instability risks spilling over into Turkmenistan.", "statement")]
    [InlineData("Kyrgyzstan's foreign ministry called the flight a violation of its airspace.", "statement")]
    [InlineData("The Uzbek foreign minister said the refugees could destabilize the region.", "statement")]
    [InlineData("The Uzbek foreign minister said the refugees could destabilise the region.", "statement")]
    [InlineData("The CSTO secretary said the alliance would help Tajikistan.", "statement")]
    [InlineData("Uzbekistan will never allow militants to use its territory for attacks, the foreign minister said.", "statement")]
    [InlineData("Moscow completed the delivery of armoured vehicles to the Tajik army on Tuesday.", "arms-transfer")]
    [InlineData("The Kazakh border service received twelve patrol vehicles from Ankara last week.", "arms-transfer")]
    [InlineData("A truce between Kyrgyz and Tajik border units took effect near Isfara on Sunday evening.", "agreement")]
    [InlineData("The Uzbek foreign ministry described the shooting near Sokh as a provocation.", "statement")]
    [InlineData("The Turkmen foreign ministry spoke of the dangers posed by armed groups near Serhetabat.", "statement")]
    public void A_general_word_types_a_sentence_of_its_own(string sentence, string type) =>
        Detect.One(sentence).Type.ToCode().ShouldBe(type);

    [Theory]
    [InlineData("Militants shelled a Tajik post near Khorog, but the report could not be independently verified.", "unconfirmed")]
    [InlineData("Taliban fighters apparently crossed into Tajikistan near Panj on Monday.", "unconfirmed")]
    [InlineData("Militants crossed the Panj River on Monday, an unidentified official said.", "unconfirmed")]
    [InlineData("Reports from Badakhshan say Taliban fighters crossed the Panj River.", "unconfirmed")]
    [InlineData("The border commission is scheduled to meet in Osh in May.", "planned")]
    [InlineData("President Rahmon is to visit Tashkent in March.", "planned")]
    [InlineData("The border commission is due to meet in Osh next month.", "planned")]
    [InlineData("Uzbek and Tajik envoys are expected to meet in Khujand next week.", "planned")]
    [InlineData("Russia promised to deliver helicopters to Tajikistan.", "planned")]
    [InlineData("Talks on the Kyrgyz-Tajik border will be held in Osh in May.", "planned")]
    [InlineData("Joint patrols are expected along the Kyrgyz-Tajik border next month.", "planned")]
    [InlineData("Joint exercises will begin near Termez in June.", "planned")]
    [InlineData("The Kyrgyz border service denies that its guards opened fire near Batken.", "denied")]
    public void A_general_word_sets_the_status(string sentence, string status) =>
        Detect.All(sentence).ShouldAllBe(i => i.Status.ToCode() == status);

    [Theory]
    [InlineData("The Tajik border service confirmed that militants crossed the Panj River on Monday.", "The Tajik border service")]
    [InlineData("Tajik commanders said militants had crossed the river near Panj.", "Tajik commanders")]
    [InlineData("The Uzbek border department said smugglers had crossed the river near Termez.", "The Uzbek border department")]
    [InlineData("The Uzbek defence ministry indicated that Taliban fighters had crossed the river.", "The Uzbek defence ministry")]
    public void A_speech_verb_or_an_office_names_the_source_of_the_event(string sentence, string source)
    {
        var found = Detect.One(sentence);
        found.Type.ShouldBe(IncidentType.CrossBorderMovement);
        found.Attribution.ShouldBe(source);
    }

    [Theory]
    [InlineData("Both Kazakhstan and Kyrgyzstan belong to a regional security pact.")]
    [InlineData("I don't think the Taliban will cross the border, the analyst said.")]
    [InlineData("Tajikistan could potentially host Russian drones.")]
    [InlineData("Russia is making efforts to reinforce security in Central Asia.")]
    public void Membership_opinions_and_possibilities_are_no_events(string sentence) =>
        Detect.All(sentence).ShouldNotContain(i => i.Type != IncidentType.Statement, Detect.Describe(sentence, Detect.All(sentence)));

    [Theory]
    [InlineData("Kyrgyz guards shelled Tajik positions near Vorukh. The shootout drew protests from both capitals.", "The shootout")]
    [InlineData("Kyrgyz and Tajik guards fought near Vorukh on 3 May 2021. The clashes drew protests from both capitals.", "The clashes")]
    public void A_definite_reference_is_part_of_the_event_before_and_keeps_its_border(string text, string reference)
    {
        // One incident per event (issue 8, rule 4): the reference tells the clash further, it is no new incident.
        var found = Detect.All(text);
        found.ShouldHaveSingleItem(Detect.Describe(text, found)).BorderCode.ShouldBe("KGZ-TJK");
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldNotContain(reference);
    }

    [Theory]
    [InlineData("Kazakhstan handed over two patrol boats to the Kyrgyz border service.", IncidentType.ArmsTransfer)]
    [InlineData("Smugglers shot dead a Tajik guard near Panj on Friday.", IncidentType.ArmedClash)]
    [InlineData("The village near Kunduz has been under the full control of Taliban fighters since March.", IncidentType.TerritorialControl)]
    [InlineData("Russia supplied armoured personnel carriers to the Tajik border troops last year.", IncidentType.ArmsTransfer)]
    [InlineData("Militants seized two bases near Kunduz.", IncidentType.TerritorialControl)]
    [InlineData("Uzbek guards have patrolled the Amu Darya near Termez for years.", IncidentType.PatrolSurveillance)]
    public void Entries_first_met_in_the_second_fresh_batch_are_general_words(string sentence, IncidentType type) =>
        Detect.One(sentence).Type.ShouldBe(type);

    [Fact]
    public void A_state_with_its_border_outposts_is_a_party_not_a_place()
    {
        // "Uzbek border outposts fired": the outposts act, so Uzbekistan is the initiator; "fired on the Uzbek border":
        // the border is only where it happened.
        Detect.One("Uzbek border outposts fired on a boat crossing the Amu Darya on Monday.", "2025-05-01").RoleOf("UZB").ShouldBe(ActorRole.Initiator);
        Detect.One("Smugglers fired on the Uzbek border near Termez on Monday.", "2025-05-01").RoleOf("UZB").ShouldNotBe(ActorRole.Initiator);
    }
}
