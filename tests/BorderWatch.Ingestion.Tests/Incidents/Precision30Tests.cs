using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras of the dev corpora (precision30), on sentences of our own in no corpus: the handing back of people a crossing
/// or a detention just told, under a pronoun ("They were handed back two days later", "Both have been fined and returned",
/// "He will be handed over after the inquiry"), and an outlet seeking a comment. Negatives: a handover under a noun or
/// told actively of other people, and a party's own comment, stay records.
/// </summary>
public class Precision30Tests
{
    private const string Published = "2029-03-12";

    [Theory]
    [InlineData("Three Uzbek shepherds and their flock were stopped by Kazakh guards after wandering over the line near the Keles canal on Tuesday, 6 March. Two days later they were handed back to the Uzbek side at the Atameken post.")]
    [InlineData("Kyrgyz guards on the Tortkul reservoir picked up a Tajik fisherman on Friday, 9 March, after his motor died and the wind pushed his boat to their shore. On Sunday he was returned to Tajikistan through the border representatives.")]
    [InlineData("Uzbek border troops caught two Afghan swimmers on the right bank of the Amu Darya near Termez on 4 March. Both have since been fined and sent back across the river.")]
    [InlineData("A Chinese hunter who had strayed over the line near Zharkent was detained by Kazakh guards on Saturday, 10 March. Once the inquiry is over he will be handed over to the Chinese side.")]
    public void Handing_back_the_people_of_a_crossing_just_told_is_that_crossing(string text)
    {
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement, Detect.Describe(text, found));
        text.Substring(found[0].ExcerptStart, found[0].ExcerptEnd - found[0].ExcerptStart).ShouldNotContain("handed", Case.Insensitive, Detect.Describe(text, found));
        text.Substring(found[0].ExcerptStart, found[0].ExcerptEnd - found[0].ExcerptStart).ShouldNotContain("returned", Case.Insensitive, Detect.Describe(text, found));
    }

    [Theory]
    // Other people handed back by a side that acts: a record of its own.
    [InlineData("Uzbek guards detained two Tajik men near Bekabad on Monday, 5 March. On Wednesday Tajik guards handed back four Uzbek fishermen at the Oybek crossing.", "handed back four")]
    // A handover under a noun that names its people anew, with a day of its own.
    [InlineData("Uzbek guards detained eleven Kyrgyz traders near Dostuk on Monday, 5 March. All eleven traders were handed over to the Kyrgyz side at the Dostuk checkpoint on Wednesday afternoon, the border service said.", "handed over")]
    public void A_handover_of_named_people_stays_a_record(string text, string words)
    {
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        Detect.Quoting(text, found, words).ShouldNotBeEmpty(Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Two Uzbek men were detained by Kyrgyz guards near the Sokh road on Monday, 5 March, the border service said. We have sought a comment from the Uzbek embassy in Bishkek.", "sought a comment")]
    [InlineData("Tajik border troops said they had fired on a boat crossing the Panj near Shurobod on Sunday, 4 March. Reporters requested a comment from the Taliban's border command in Kunduz.", "requested a comment")]
    [InlineData("Turkmen guards turned back a group of Afghan traders at Imamnazar on Saturday, 3 March. We are still awaiting a comment from Ashgabat.", "awaiting a comment")]
    public void Seeking_a_comment_is_no_statement(string text, string words)
    {
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        Detect.Quoting(text, found, words).ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_partys_own_comment_stays_a_statement()
    {
        const string text = "On Tuesday the Uzbek foreign ministry issued a comment saying its guards had acted lawfully at the Sokh road post.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Shurobod lies at the eastern end of the river valley, on the main route of the heroin smugglers into Tajikistan.")]
    [InlineData("The Kyrgyz and Kazakh states share a frontier of some 1,200 kilometres, most of it across mountain pastures where herders cross freely.")]
    [InlineData("The stretch of the Amu Darya below Termez is the busiest route for drug smugglers on the whole frontier.")]
    [InlineData("The old caravan road runs along the border fence for about 80 kilometres before it climbs to the pass.")]
    public void A_description_of_a_place_is_no_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    // The event in a clause of its own, a prepositional predicate, or an event in the past: they stay.
    [InlineData("Shurobod lies at the eastern end of the valley, where Afghan gunmen crossed the river on Monday, 5 March.", IncidentType.CrossBorderMovement)]
    [InlineData("The river lies at the heart of the dispute: on Monday, 5 March, Tajik and Afghan guards exchanged fire across it.", IncidentType.ArmedClash)]
    [InlineData("On Monday, 5 March, Afghan smugglers crossed the stretch of the Amu Darya below Termez, the busiest route on the frontier.", IncidentType.CrossBorderMovement)]
    public void An_event_beside_a_description_of_a_place_stays(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Armed men who had waded into the Panj near Shurobod fired at a Tajik patrol late on Sunday, 4 March, and the group then withdrew to the Afghan bank.", "withdrew")]
    [InlineData("Taliban forces took the village of Khumrogi from resistance fighters on Friday, 2 March. The resistance said its fighters had withdrawn in good order.", "withdrawn")]
    [InlineData("Armed smugglers shot at an Iranian patrol near Sarakhs on the night of Sunday, 4 March, and the rest of the band retreated towards Turkmen territory.", "retreated")]
    public void A_withdrawal_right_after_the_event_ends_it(string text, string words)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(Detect.Describe(text, found));
        // (No record begins at the withdrawal's clause: after the last ", and" or ". " before its verb.)
        var at = text.IndexOf(words, StringComparison.Ordinal);
        var clause = Math.Max(text.LastIndexOf(", and", at, StringComparison.Ordinal), text.LastIndexOf(". ", at, StringComparison.Ordinal));
        found.ShouldNotContain(i => i.Type == IncidentType.Deployment || i.ExcerptStart > clause, Detect.Describe(text, found));
    }

    [Fact]
    public void A_flight_into_another_state_after_a_fight_stays_a_crossing()
    {
        const string text = "Taliban fighters seized the village of Yangi Qala on Monday, 5 March, after government troops abandoned their posts. Fifteen of the soldiers later fled into Tajikistan across the Panj, a district official said.";
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, "fled").ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_force_withdrawn_days_later_stays_a_record()
    {
        const string text = "Kyrgyz guards exchanged fire with Tajik troops near Vorukh on Monday, 5 March. On Thursday, 8 March, Tajikistan withdrew two motor-rifle companies from the area.";
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Four Afghan traders were detained by Turkmen guards near Serhetabat on Saturday, 3 March. The Afghan consulate in Mary had been notified in advance of their handover, a spokesman added.", "notified")]
    [InlineData("Kazakh and Chinese border troops will hold a river rescue drill near Khorgos on 20 March. Residents of the nearby villages will be warned beforehand, the department said.", "warned")]
    [InlineData("Kyrgyz guards fired warning shots at smugglers near Kara-Suu on Monday, 5 March. Anyone who saw the men is asked to phone the border service hotline.", "asked to phone")]
    [InlineData("Tajik guards stopped a lorry carrying hashish at the Panji Poyon bridge on Monday, 5 March. Drivers are urged to expect long checks on the bridge this week.", "urged")]
    public void A_notice_of_a_procedure_is_no_record(string text, string words)
    {
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        Detect.Quoting(text, found, words).ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_side_not_warned_in_advance_stays_a_statement()
    {
        const string text = "Kyrgyzstan's foreign ministry complained on Monday, 5 March, that Bishkek had not been warned in advance of the Uzbek exercise near Sokh.";
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(Detect.Describe(text, found));
    }
}
