using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records that gave nothing (recall34): a crossing told by the traveller's way over a state's line or by turning up on a
/// state's edge (scene-frames.json "farSide": lines, presenceVerbs), and "the two ministries" pointing back to
/// the parties named before (context.json partyHeads). Sentences of our own, in no corpus.
/// </summary>
public class Recall34Tests
{
    private const string Published = "2026-12-02";

    [Theory]
    [InlineData("Two Tajik students skied across the Kyrgyz frontier near Karamyk in February.", "KGZ-TJK")]
    [InlineData("Each summer a few Afghan boys swim over to the Uzbek bank of the river.", "AFG-UZB")]
    [InlineData("Since spring, Chinese herdsmen and their flocks have shown up on Kyrgyz territory above the pass.", "CHN-KGZ")]
    [InlineData("Several Afghan fishermen appeared on the Tajik bank of the river on Tuesday morning.", "AFG-TJK")]
    [InlineData("A group of Uzbek labourers waded across the Kazakh border near Saryagash on Friday night.", "KAZ-UZB")]
    public void A_way_over_a_states_line_or_turning_up_on_its_edge_is_a_crossing(string sentence, string border)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement && i.BorderCode == border, Detect.Describe(sentence, found));
    }

    // Negatives: an agreement reached, a delegation late, a domestic move inland, an appearance on television, a ride
    // along (not over) a border.
    [Theory]
    [InlineData("Kyrgyz herders reached an agreement with the Tajik side on Monday.")]
    [InlineData("The Uzbek delegation turned up late for the talks in Bishkek.")]
    [InlineData("The Kyrgyz family moved from Osh to a flat in Bishkek in the spring.")]
    [InlineData("A Kazakh journalist appeared on Uzbek television on Monday.")]
    [InlineData("Kazakh drivers ride along the Uzbek border every morning.")]
    public void Arrivals_that_cross_no_line_are_no_crossing(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(sentence, found));
    }

    // review33 finding 1 (mend33a): a way over a state's line or turning up on its edge is a crossing only for a traveller
    // (a pronoun, troops or smugglers by class, or people of a state): not a pipeline, a weather front, a commission going
    // over a line on paper, nor the dead (scene-frames.json farSide travellerClasses, exceptTravellers).
    [Theory]
    [InlineData("The gas pipeline runs across the Uzbek border near Olot.")]
    [InlineData("A cold front rolled across the Kazakh border on Thursday night.")]
    [InlineData("The commissions went over the Kyrgyz-Tajik border line village by village.")]
    [InlineData("Bodies of two Tajik fishermen washed up on the Afghan bank.")]
    [InlineData("The old railway still runs over the Turkmen frontier north of Farap.")]
    public void Things_that_travel_nowhere_are_no_crossing(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kazakhstan's interior minister flew to Bishkek on Friday to see his Kyrgyz colleague.\n\nBy the evening the two ministries had agreed on a timetable of joint patrols for the spring.", "the two ministries", "KAZ-KGZ")]
    public void The_two_ministries_point_back_to_the_parties(string text, string words, string border)
    {
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, words).ShouldContain(i => i.Type == IncidentType.Agreement && i.BorderCode == border, Detect.Describe(text, found));
    }

    [Fact]
    public void Ministries_of_one_state_point_back_to_no_pair()
    {
        const string text = "The Uzbek energy ministry reported record output from the Tashkent plant on Tuesday.\n\nThe two ministries then signed a plan for new power lines in the capital.";
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Agreement && !string.IsNullOrEmpty(i.BorderCode), Detect.Describe(text, found));
    }
}
