using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A claim and another party's denial of it joined by a semicolon are one record, the claimed event, denied (type26,
/// <c>SpeechActs.DeniedClaim</c>, which read only "but"); the reporter's own denial of a detail after the semicolon ("it
/// denied ...") stays its statement. Sentences written for these tests, in no corpus.
/// </summary>
public class SemicolonDeniedClaimTests
{
    private const string Published = "2026-12-02";

    [Theory]
    [InlineData("Farmers near Karamyk reported gunfire between Kyrgyz and Tajik guards on Sunday evening; the Tajik border troops denied it on Monday.", IncidentType.ArmedClash)]
    [InlineData("Shepherds alleged that Uzbek soldiers had occupied a ridge above the Sokh road; the Uzbek border department denied it the same afternoon.", IncidentType.TerritorialControl)]
    [InlineData("Afghan bloggers said Taliban fighters had crossed into Turkmenistan near Serhetabat on Friday; the Taliban border command denied the report.", IncidentType.CrossBorderMovement)]
    public void A_claim_and_a_denial_after_a_semicolon_are_the_claimed_event_denied(string text, IncidentType type)
    {
        var found = Detect.One(text, Published);
        found.Type.ShouldBe(type, Detect.Describe(text, [found]));
        found.Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(text, [found]));
    }

    [Fact]
    public void The_reporter_s_own_denial_after_a_semicolon_stays_its_statement()
    {
        const string text = "The Kyrgyz Border Service said its men had fired warning shots over the canal near Ak-Sai; it denied that anyone was hurt.";
        var found = Detect.One(text, Published);
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void A_semicolon_without_a_denial_leaves_the_act_as_it_was()
    {
        const string text = "Uzbek guards detained four Tajik herders near Sariosiyo on Tuesday; the Tajik side asked for their return.";
        var found = Detect.All(text, Published);
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement, Detect.Describe(text, found));
        found[0].Status.ShouldBe(IncidentStatus.Reported, Detect.Describe(text, found));
    }
}
