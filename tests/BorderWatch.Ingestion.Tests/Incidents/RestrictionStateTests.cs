using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall40: a restriction told as a state ("herders are barred from the zone", "boats have been barred from the lake")
/// is a patrol-surveillance record, as the dev golds type a border zone closed to people or vehicles (triggers.json
/// "are/is/were/was/been barred"). A warning that people will be barred is the warning's statement, not a restriction
/// in force. Sentences of our own, in no corpus.
/// </summary>
public class RestrictionStateTests
{
    private const string Context = "Tension has grown again on the Kazakh-Kyrgyz border. ";

    [Theory]
    [InlineData("Since Tuesday hunters are barred by the Kazakh Border Guard from the hay meadows along the Kyrgyz line.")]
    [InlineData("Shepherds have been barred from the summer pastures near Karamyk by the Kyrgyz Border Service.")]
    [InlineData("Lorries were barred from the old Kordai road by Kazakh border guards on Monday.")]
    [InlineData("From Friday the track along the Kyrgyz line is barred to private cars by the Kazakh Border Guard.")]
    [InlineData("The night crossing at Karasu was barred to pedestrians by the Kyrgyz Border Service last week.")]
    public void A_restriction_told_as_a_state_is_a_patrol_record(string sentence)
    {
        var text = Context + sentence;
        var found = Detect.All(text, "2026-11-20");
        Detect.Quoting(text, found, sentence[..20]).ShouldContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(text, found));
    }

    [Fact]
    public void A_warning_that_people_will_be_barred_is_no_restriction_in_force()
    {
        var text = Context + "The Kyrgyz Border Service warned that drivers who leave the marked road will be barred from the crossing for a month.";
        var found = Detect.All(text, "2026-11-20");
        found.ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance && i.Status == IncidentStatus.Reported, Detect.Describe(text, found));
    }
}
