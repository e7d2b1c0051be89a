using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// precision44 (issue 8, extraction that generalises), on sentences written for these tests: what a source says of a
/// person's present care or custody is no incident of its own (<c>CareStates</c>); a warning or accusation beside it, and
/// an act told in the same clause, stay. People handed over are a hand-back whatever a relative clause on them says
/// (<c>ClauseRetyping.HandedOverPeople</c>); weapons handed over stay an arms transfer.
/// </summary>
public class Precision44Tests
{
    private static IReadOnlyList<ExtractedIncident> Found(string text) => Detect.All(text, "2026-12-04");

    [Theory]
    [InlineData("Uzbek guards fired on a Kyrgyz patrol near Kerben on Friday, wounding a corporal. The corporal is being treated in Jalal-Abad and is in a stable condition, the ministry said.", IncidentType.ArmedClash)]
    [InlineData("Tajik guards detained a Kyrgyz shepherd near Vorukh on Sunday. The shepherd is being questioned in Isfara, the committee said.", IncidentType.CrossBorderMovement)]
    public void A_persons_present_care_or_custody_is_no_incident_of_its_own(string text, IncidentType only)
    {
        var found = Found(text);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(only, Detect.Describe(text, found));
    }

    [Fact]
    public void Custody_told_after_other_news_is_no_statement()
    {
        const string text = "Uzbek guards detained two Kyrgyz herders near Sokh on Monday. Kyrgyz officials met Uzbek commanders on Tuesday. " +
                            "The two herders are being held in Fergana, the Kyrgyz ministry said.";
        var found = Found(text);
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement, IncidentType.DiplomaticMeeting], Detect.Describe(text, found));
    }

    [Theory]
    // An accusation beside the care line is a statement of its own.
    [InlineData("Uzbek guards fired on a Kyrgyz patrol near Kerben on Friday. The wounded corporal is being treated in Jalal-Abad, the ministry said, and it accused the Uzbek side of firing first.", IncidentType.Statement)]
    // A warning stays a statement.
    [InlineData("Kyrgyz guards clashed with Tajik troops on Monday. The Kyrgyz ministry warned that it would respond to any new provocation, the spokesman said.", IncidentType.Statement)]
    public void A_warning_or_accusation_stays(string text, IncidentType second)
    {
        var found = Found(text);
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found[1].Type.ShouldBe(second, Detect.Describe(text, found));
    }

    [Fact]
    public void A_crossing_told_in_the_same_clause_as_the_custody_stays() =>
        Detect.One("The Kyrgyz ministry said a man who crossed from Tajikistan near Vorukh on Sunday is being questioned in Batken.", "2026-12-04")
            .Type.ShouldBe(IncidentType.CrossBorderMovement);

    [Fact]
    public void People_handed_over_are_no_arms_transfer_whatever_a_relative_clause_on_them_says() =>
        Detect.One("Iranian border police handed over four fishermen who had been held for a month.", "2026-12-04")
            .Type.ShouldBe(IncidentType.CrossBorderMovement);

    [Fact]
    public void Weapons_handed_over_stay_an_arms_transfer() =>
        Detect.One("The Taliban handed over two rifles they had seized near Imam Nazar.", "2026-12-04")
            .Type.ShouldBe(IncidentType.ArmsTransfer);
}
