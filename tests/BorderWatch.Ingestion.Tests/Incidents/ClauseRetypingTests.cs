using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Clause types read again from the parse (ClauseRetyping): equipment named with no act of supplying is where it is (a
/// deployment), a telephone that brought a source's words is no meeting, people handed over cross back, what a meeting
/// agreed is the meeting's outcome, a second charge is part of the accusation, and a source's word on what an event was
/// is its statement. Sentences written for these tests, in no corpus.
/// </summary>
public class ClauseRetypingTests
{
    private const string Published = "2026-12-04";

    [Theory]
    [InlineData("Observers saw around eight armoured vehicles of the Uzbek border troops near the Sokh turn on Monday morning.")]
    [InlineData("On Friday evening two more companies of Uzbek border guards and three armoured personnel carriers arrived in the Sokh area, a district official said.")]
    [InlineData("Kazakh armoured vehicles and fresh troops arrived at the posts near Zhibek Zholy on Sunday, villagers said.")]
    public void Equipment_named_with_no_act_of_supplying_is_a_deployment(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.Deployment, Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Type == IncidentType.ArmsTransfer, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kazakhstan handed over four helicopters to the Kyrgyz border service on Tuesday.")]
    [InlineData("Turkmenistan received twelve armoured vehicles from Belarus on Monday.")]
    [InlineData("Turkmenistan paraded its new armoured vehicles in Ashgabat on Monday.")]
    [InlineData("In May, at a ceremony in Osh, a Russian embassy delegation handed over thirty off-road vehicles and night-vision sets for Kyrgyz posts on the Chinese border.")]
    public void Equipment_supplied_or_shown_off_stays_an_arms_transfer(string sentence) =>
        Detect.One(sentence, Published).Type.ShouldBe(IncidentType.ArmsTransfer);

    [Fact]
    public void A_source_told_by_telephone_is_no_meeting()
    {
        const string text = "On Monday evening Uzbekistan moved another company of border guards and two armoured vehicles to the Sokh area, a district official told the Fergana Courier by telephone.";
        Detect.One(text, Published).Type.ShouldBe(IncidentType.Deployment);
    }

    [Fact]
    public void A_source_reached_by_telephone_is_no_meeting()
    {
        const string text = "A Kyrgyz border official, reached by telephone in Osh, said that Tajik troops had moved two mortars to the Vorukh road on Sunday.";
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(text, found));
        found.ShouldContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, found));
    }

    [Fact]
    public void Officials_who_speak_by_telephone_with_each_other_still_meet()
    {
        const string text = "The Kazakh and Kyrgyz foreign ministers spoke by telephone on Monday about the queues at the Korday crossing.";
        Detect.One(text, Published).Type.ShouldBe(IncidentType.DiplomaticMeeting);
    }

    [Theory]
    [InlineData("All nine were handed over to the Kazakh side at the Zhibek Zholy crossing on Friday morning.")]
    [InlineData("The shepherds were handed over to Tajik border guards at the Kyzyl-Art pass on Tuesday.")]
    public void People_handed_over_cross_back(string sentence)
    {
        var text = "Kazakh and Uzbek border officials met in Saryagash on Thursday. " + sentence;
        Detect.Quoting(text, "handed over", Published).Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void What_a_call_agreed_to_do_is_the_calls_outcome()
    {
        const string text = "The Kyrgyz and Tajik border chiefs spoke by telephone on Friday evening and agreed to withdraw their men from the canal.";
        Detect.One(text, Published).Type.ShouldBe(IncidentType.DiplomaticMeeting);
    }

    [Fact]
    public void Talks_with_a_protocol_signed_at_their_end_are_the_talks_and_the_signing()
    {
        // A document signed in a clause on the meeting is an agreement of its own (MeetingOutcome).
        const string text = "The Kyrgyz and Tajik delegations held talks in Osh on Friday, at the end of which a protocol on the Sokh road was signed.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting, IncidentType.Agreement], Detect.Describe(text, found));
    }

    [Fact]
    public void A_second_charge_is_part_of_the_accusation()
    {
        const string text = "Tajikistan's border service accused Kyrgyz troops in a statement on Monday of starting the shooting at a Tajik post near Vorukh, " +
                            "Isfara district, and of bringing mortars to the area overnight.";
        var found = Detect.One(text, Published);
        found.Type.ShouldBe(IncidentType.Statement);
        text[found.ExcerptStart..found.ExcerptEnd].ShouldContain("mortars");
    }

    [Fact]
    public void Firing_on_people_crossing_is_an_armed_clash()
    {
        const string text = "Kazakh guards shot at a group of men trying to cross the Keles river near Saryagash on Friday.";
        Detect.One(text, Published).Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Fact]
    public void A_sources_word_on_what_an_event_was_is_its_statement()
    {
        const string text = "Kazakh police in Saryagash said the dead man was a known fuel smuggler from Keles.";
        Detect.One(text, Published).Type.ShouldBe(IncidentType.Statement);
    }
}
