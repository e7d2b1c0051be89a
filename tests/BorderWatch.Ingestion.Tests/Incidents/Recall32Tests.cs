using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records that gave nothing (recall32): a transfer of equipment handed to a force of the story in a paragraph that names
/// no state (context.json recipientMarks, StoryForces); a plan or act of "the two agencies", a definite reference to the
/// parties named before (context.json partyHeads). Sentences of our own, in no corpus.
/// </summary>
public class Recall32Tests
{
    private const string Published = "2026-12-02";

    // The states are named in the first paragraph only; the paragraphs after it name none.
    private const string FishermenStory =
        "Kazakh border guards detained two Uzbek fishermen on the river near the village on Monday.\n\n" +
        "The fishermen said they had lost their way in the fog.\n\n" +
        "The department said it had stepped up night patrols along the river.\n\n" +
        "\"We ask everyone to keep off the ice,\" the head of the department said.\n\n";

    private const string KyrgyzKazakhDrill = "Kyrgyz and Kazakh border guards held a joint exercise near the Karkyra pass on Thursday.\n\n";

    // Equipment handed to a standing force of the story (after "to"): a transfer to the party the document named.
    [Theory]
    [InlineData("Three thermal imagers were handed over to the river outposts by the regional headquarters in November.")]
    [InlineData("Last month six new off-road vehicles were given to the border guards on the lower river.")]
    public void Equipment_handed_to_the_story_s_force_is_a_transfer_of_its_party(string sentence)
    {
        var text = FishermenStory + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..25]).ShouldContain(i => i.Type == IncidentType.ArmsTransfer && i.BorderCode == "KAZ-UZB", Detect.Describe(text, found));
    }

    // Negatives: handed to no force (a museum), or the force is the thing handed over (drones), or no state named before.
    [Theory]
    [InlineData(FishermenStory, "Three thermal imagers were handed over to the district museum in November.")]
    [InlineData(FishermenStory, "Two new drones were handed over by the regional headquarters in November.")]
    [InlineData("The fishermen said they had lost their way in the fog.\n\n", "Three thermal imagers were handed over to the river outposts by the regional headquarters in November.")]
    public void Equipment_handed_to_no_force_of_a_named_party_gives_no_record(string before, string sentence)
    {
        var text = before + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..25]).ShouldBeEmpty(Detect.Describe(text, found));
    }

    // "The two agencies", "both agencies": the parties named before, as "the two services" are.
    [Theory]
    [InlineData("The two border agencies signed a protocol on the exchange of information on Friday.", IncidentType.Agreement, IncidentStatus.Reported)]
    [InlineData("Both agencies plan to hold a joint search drill on the upper river in the spring.", IncidentType.Exercise, IncidentStatus.Planned)]
    [InlineData("The agencies will meet again in the border village next month.", IncidentType.DiplomaticMeeting, IncidentStatus.Planned)]
    public void The_agencies_are_the_parties_named_before(string sentence, IncidentType type, IncidentStatus status)
    {
        var text = KyrgyzKazakhDrill + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..20]).ShouldContain(i => i.Type == type && i.Status == status && i.BorderCode == "KAZ-KGZ", Detect.Describe(text, found));
    }

    // Negative: agencies with no definite reference to the parties (aid agencies) act for no party.
    [Fact]
    public void Agencies_named_by_their_work_are_no_parties()
    {
        const string sentence = "Aid agencies handed out flour and blankets in the border villages on Friday.";
        var text = KyrgyzKazakhDrill + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, sentence[..20]).ShouldBeEmpty(Detect.Describe(text, found));
    }
}
