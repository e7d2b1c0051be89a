using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8, precision (prec23): the way back of the men of a clash or a crossing and the answer in a clash are that
/// event, not new ones (<c>SameEvent.WayBack</c>, syntax.json withdrawalVerbs / returnParticles); a casualty described
/// by an event word, a refusal to speak and a count per day are no incidents (<c>NonIncidents</c>). Sentences written
/// for these tests, in no corpus.
/// </summary>
public class FollowUpAndAsideTests
{
    private const string Published = "2031-03-10";

    [Theory]
    [InlineData("The gunmen retreated to the Afghan shore, abandoning a rubber dinghy and two rifles.")]
    [InlineData("The intruders slipped back over the water before dawn.")]
    [InlineData("They fled back across the Panj, the Border Troops said.")]
    public void The_way_back_of_the_men_of_a_clash_is_that_clash(string after)
    {
        var text = "Tajik border guards traded fire with armed men who tried to wade the Panj near Shurobod on Saturday night. " + after;
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmedClash, Detect.Describe(text, found));
    }

    [Fact]
    public void The_answer_in_a_clash_is_that_clash()
    {
        const string text = "Smugglers opened fire on a Kyrgyz patrol near the Aravan canal on Friday evening. The patrol shot back, the Border Service said.";
        var found = Detect.All(text, Published);
        found.Count(i => i.Type == IncidentType.ArmedClash).ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void Forces_withdrawn_by_a_state_after_a_clash_are_a_deployment_of_their_own()
    {
        const string text = "Kyrgyz and Uzbek border guards exchanged fire near Kerben on Sunday. Bishkek then withdrew two armoured vehicles from the Kerben road.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("An injured Tajik conscript is recovering in a Khorog hospital.")]
    [InlineData("The wounded herder is being cared for by relatives in Jirgatol.")]
    public void A_casualty_described_by_an_event_word_is_no_incident(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_wounded_man_who_crosses_keeps_his_crossing()
    {
        const string text = "A wounded Afghan soldier swam across the Panj into Tajikistan near Khamadoni on Monday, the Border Troops said.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("The Uzbek border service declined to discuss the new checkpoints near Khavast.")]
    [InlineData("Kazakh officials would not discuss the patrol schedule on the Saryagash section.")]
    public void A_refusal_to_speak_is_no_meeting(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }

    [Fact]
    public void Talks_held_stay_a_meeting()
    {
        const string text = "Kyrgyz and Tajik border delegations discussed the Kulundu road in Batken on Monday.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(text, found));
    }

    [Fact]
    public void A_four_figure_count_per_day_is_a_tally_not_a_year()
    {
        const string text = "About 1500 lorries a day cross the Kyrgyz-Chinese border at Torugart in the autumn.";
        var found = Detect.All(text, Published);
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }
}
