using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// mend44: a statement the rules read only from a plain report verb ("..., officials said") whose one statement cue is a
/// noun modifier of a thing ("warning flares", "warning shots": no warning given, context.json warnings) rests on the
/// report alone: the type model's act is taken at the fill margin. A warning a speaker gives stays a statement.
/// Sentences written for these tests, in no corpus or paraphrase set.
/// </summary>
public class Mend44Tests
{
    private const string Published = "2029-05-14";

    [Fact]
    public void A_plain_report_of_warning_flares_at_a_boat_that_may_have_crossed_leaves_an_uncertain_crossing()
    {
        const string sentence = "Kazakh guards fired warning flares at a boat that may have crossed the Syr Darya near Shardara, officials said on Friday.";
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement && i.Status == IncidentStatus.Unconfirmed, Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_plain_report_of_warning_shots_tells_the_act()
    {
        const string sentence = "Kazakh guards fired warning shots at a lorry that may have crossed the Ili near Khorgos, officials said on Friday.";
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The Uzbek border service said it would fire warning shots at any boat that crossed the Amu Darya after dark.")]
    [InlineData("The Kyrgyz border service said it had issued a warning to herders near Kara-Bak on Friday.")]
    public void A_warning_a_speaker_gives_stays_a_statement(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(sentence, found));
    }
}
