using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall44 (issue 8): a standing measure told as what a force has been doing since a day ("since 3 November the guards
/// have been searching every car", "patrols have been doubled since Tuesday night", "have kept observers on the ridge since
/// the middle of October") is a patrol-surveillance record dated from its start (<c>SceneFrames.Standing</c>,
/// scene-frames.json "standing"). Sentences of our own, in no corpus.
/// </summary>
public class Recall44StandingTests
{
    private const string Published = "2026-11-20";

    [Theory]
    // The parser hangs "since" on the subject and the day apart from it.
    [InlineData("The major said that since 4 November his men have opened every van bound for Karamyk on the Kyrgyz border.", "2026-11-04")]
    // "Since the middle of ..." read as the subject, the force as a second one.
    [InlineData("Since the middle of October, border posts have been photographing every lorry on the road from Isfana to Batken, drivers told us.", "2026-10")]
    // A force as the object: observers kept.
    [InlineData("Since September the Uzbek troops have kept listening posts between Termez and Sherobod manned at night, and the fences have been repaired.", "2026-09")]
    public void A_force_doing_something_since_a_day_is_a_patrol_dated_from_it(string text, string date)
    {
        var found = Detect.All(text, Published);
        var standing = found.FirstOrDefault(i => i.Type == IncidentType.PatrolSurveillance);
        standing.ShouldNotBeNull(Detect.Describe(text, found));
        standing.Date.ToString().ShouldBe(date, Detect.Describe(text, found));
    }

    [Theory]
    // A wait, no force and no act on anything.
    [InlineData("Since Monday about forty lorry drivers have been waiting at the Kazakh crossing at Korday.")]
    // A state since a year alone: how things have long stood.
    [InlineData("The major said that since 2009 his men have opened every van bound for Karamyk on the Kyrgyz border.")]
    // A relative clause: background to its noun.
    [InlineData("The old tower near Ishkashim, which Tajik guards have watched the ridge from since 2 May, was built by Soviet engineers in 1981.")]
    // A team that is no force.
    [InlineData("Since 1 November the football team of the Kyrgyz border town of Batken has won three matches.")]
    // A start that is an event, not a day, and a habit with no start.
    [InlineData("Since the flood receded, the Kyrgyz farmers near Batken have planted apricot trees along the canal.")]
    public void No_force_acting_from_a_dated_start_is_no_standing_patrol(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(text, found));
    }
}
