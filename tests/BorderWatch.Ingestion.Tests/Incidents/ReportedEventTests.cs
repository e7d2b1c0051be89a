using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Reported speech typed by what it reports (ReportedEvents): a bare report ("..., the ministry said") of an event the
/// rules know no word for is that event, with the speaker as its source; a report of a state of affairs, a concern, a
/// warning or a pledge stays a statement. Sentences written for these tests, in no corpus.
/// </summary>
public class ReportedEventTests
{
    [Theory]
    [InlineData("Two companies of Uzbek motor-rifle troops have joined the garrison at Termez, the defence ministry said on Friday.", IncidentType.Deployment, "the defence ministry")]
    [InlineData("Kyrgyz and Tajik guards peppered each other's posts with rifle rounds near Kok-Tash for twenty minutes on Sunday, the Kyrgyz border service reported.", IncidentType.ArmedClash, "the Kyrgyz border service")]
    [InlineData("Tajikistan has equipped its Pamir detachments with forty Chinese-built pick-up trucks and night sights, the Tajik border service announced.", IncidentType.ArmsTransfer, "the Tajik border service")]
    public void A_bare_report_is_the_event_it_reports_with_the_speaker_as_source(string text, IncidentType type, string source)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(type, Detect.Describe(text, [found]));
        found.Attribution.ShouldBe(source);
        found.Status.ShouldBe(IncidentStatus.Reported);
    }

    [Theory]
    [InlineData("The defence minister said the situation on the Tajik border was calm and under control.")]
    [InlineData("The Kazakh foreign ministry said it was deeply concerned about the situation in Badakhshan.")]
    [InlineData("The Uzbek border service warned that armed gangs were gathering on the Afghan bank of the river.")]
    [InlineData("The Tajik state committee said it would never allow foreign troops on its soil.")]
    public void A_report_of_no_event_a_warning_or_a_pledge_stays_a_statement(string text)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }
}
