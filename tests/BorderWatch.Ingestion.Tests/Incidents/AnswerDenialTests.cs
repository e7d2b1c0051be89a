using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// review24: a claim retold in a journalist's question is denied only when the answer's own main clause says no to it, not
/// when a denial or negative word in the answer is about something else. Texts of their own, in no corpus.
/// </summary>
public class AnswerDenialTests
{
    private const string Intro = "LAKE FM: Major, good morning.\n\nSADYKOV: Good morning.\n\n";

    [Theory]
    [InlineData("No, that is a story someone made up in an office in Bishkek.")]
    [InlineData("No. Our patrol was on the other side of the valley that whole week.")]
    [InlineData("Our guards did not open fire on anybody near Vorukh.")]
    [InlineData("That report is untrue, and the portal knows it.")]
    public void An_answer_whose_main_clause_says_no_denies_the_claim(string answer) =>
        RetoldClaim(answer).Status.ShouldBe(IncidentStatus.Denied);

    [Theory]
    [InlineData("No one on our side was hurt, and the tractor driver is at home.")]
    [InlineData("We dismissed the commander of that post last spring for other reasons.")]
    public void An_answer_negating_or_denying_something_else_leaves_the_claim(string answer) =>
        RetoldClaim(answer).Status.ShouldNotBe(IncidentStatus.Denied);

    // The one incident quoting the claim the question retells.
    private static ExtractedIncident RetoldClaim(string answer)
    {
        var text = Intro + "LAKE FM: A news portal in Osh reported that Tajik guards had opened fire on a Kyrgyz tractor near Vorukh. " +
                   "What is your answer?\n\nSADYKOV: " + answer + "\n";
        var found = Detect.All(text, "2029-03-14");
        var quoting = Detect.Quoting(text, found, "opened fire").ToList();
        quoting.Count.ShouldBe(1, Detect.Describe(text, found));
        return quoting[0];
    }
}
