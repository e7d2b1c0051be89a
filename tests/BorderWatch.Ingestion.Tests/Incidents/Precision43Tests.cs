using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// precision43 (issue 8, one incident per event), on sentences written for these tests: what a source says of the clash
/// just told, its casualties or its course named again with "the", is that clash told further, whatever type its own
/// words take (<c>SameEvent.ReportedSequel</c>); a new clash, a casualty with a date or an agent of its own, and a
/// casualty after an event that is no clash stay records of their own.
/// </summary>
public class Precision43Tests
{
    private static IReadOnlyList<ExtractedIncident> Found(string text) => Detect.All(text, "2026-03-10");

    [Theory]
    [InlineData("Kyrgyz and Tajik border guards exchanged fire near the village of Ak-Sai late on Tuesday, the Kyrgyz border service said. Nobody on the Kyrgyz side was injured, the service said.")]
    [InlineData("Afghan and Iranian border guards clashed near Islam Qala on Sunday, Iranian media reported. Iranian officials said two of the gunmen were wounded.")]
    [InlineData("Kyrgyz and Tajik border guards exchanged fire near the village of Ak-Sai late on Tuesday, the Kyrgyz border service said. A Kyrgyz soldier was lightly wounded by a stray bullet, a Kyrgyz official in Batken told reporters.")]
    [InlineData("Uzbek and Kyrgyz guards fought near Sokh overnight, the Kyrgyz service said. The clash began when Uzbek soldiers tried to move a boundary marker, it said.")]
    public void A_reported_casualty_or_course_of_the_clash_is_that_clash(string text)
    {
        var found = Found(text);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmedClash, Detect.Describe(text, found));
    }

    [Theory]
    // A new clash with an agent and a date of its own.
    [InlineData("Tajik and Kyrgyz guards exchanged fire near Vorukh on Monday. Taliban fighters wounded two Tajik guards near Darvoz on Tuesday, the ministry said.")]
    // A new round ("again").
    [InlineData("Uzbek and Kyrgyz guards fought near Sokh overnight. Kyrgyz guards came under fire again on Monday near Ak-Sai, the service said.")]
    // A casualty after a seizure, no clash.
    [InlineData("Iranian border guards seized a boat near Chabahar on Monday. A sailor was killed, the agency said.")]
    // A crossing told after the clash, under the same report.
    [InlineData("Kyrgyz and Tajik guards traded fire near Kok-Tash on Friday. The ministry said the shooting stopped after an hour and that Tajik troops had crossed the line near Ak-Sai on Saturday.")]
    // A casualty line that also accuses the other side is that side's statement.
    [InlineData("Kazakh and Kyrgyz guards traded shots at the Karkara post on Thursday. The Kazakh service said one of its drivers was hurt, and accused Kyrgyz soldiers of shooting first.")]
    public void A_new_event_after_the_clash_stays_a_record_of_its_own(string text) =>
        Found(text).Count.ShouldBe(2, Detect.Describe(text, Found(text)));
}
