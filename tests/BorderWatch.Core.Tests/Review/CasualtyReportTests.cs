using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;

namespace BorderWatch.Core.Tests.Review;

/// <summary>The casualty notation (CSV cells, the edit form, corrections) and where sources disagree on casualties.</summary>
public sealed class CasualtyReportTests
{
    [Theory]
    [InlineData("killed 2 soldiers, 1 civilian; wounded at least 5", 3, 5, null)]
    [InlineData("detained 3-4 smugglers", null, null, 3)]
    [InlineData("wounded up to 10; killed several guards", null, null, null)]
    [InlineData("Killed 0", 0, null, null)]
    [InlineData("none", null, null, null)]
    public void The_notation_reads_back_what_it_writes(string text, int? killed, int? wounded, int? detained)
    {
        CasualtyReport.TryParse(text, out var report, out var error).ShouldBeTrue(error);
        (report.Least(CasualtyKind.Killed), report.Least(CasualtyKind.Wounded), report.Least(CasualtyKind.Detained)).ShouldBe((killed, wounded, detained));
        CasualtyReport.Parse(report.ToString()).ShouldBe(report);
        JsonSerializer.Deserialize<CasualtyReport>(JsonSerializer.Serialize(report))!.ShouldBe(report);
    }

    [Theory]
    [InlineData("drowned 2", "'drowned' is not killed, wounded or detained")]
    [InlineData("killed", "has no count")]
    [InlineData("killed soldiers", "is not a count")]
    [InlineData("killed 2 soldiers; wounded =1+1", "is not a count")]
    public void Unreadable_notation_is_refused_with_the_reason(string text, string reason)
    {
        CasualtyReport.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void A_correction_carries_the_report_as_readable_json()
    {
        var correction = new IncidentCorrection { Casualties = CasualtyReport.Parse("killed 1 herder") };
        correction.ToJson().ShouldContain("\"Casualties\":\"killed 1 herder\"");
        IncidentCorrection.FromJson(correction.ToJson()).ShouldBe(correction);
        new IncidentCorrection { Casualties = CasualtyReport.None }.IsEmpty.ShouldBeFalse("'none reported' is a correction too");
    }

    private static SourceVersion V(string casualties) =>
        new(1, 1, "a.txt", null, new PartialDate(2024, 5, 3), IncidentType.ArmedClash, IncidentStatus.Reported, null, "…",
            ReviewState.Unreviewed, [], CasualtyReport.Parse(casualties));

    [Fact]
    public void Sources_disagree_on_casualties_only_where_both_give_a_kind_and_its_numbers_differ()
    {
        SourceDisagreements.Of([V("killed 2 soldiers"), V("killed at least 5")]).ShouldContain(EventField.Casualties);
        SourceDisagreements.Of([V("killed 2 soldiers"), V("killed 2 guards; wounded 3")]).ShouldNotContain(EventField.Casualties);
        SourceDisagreements.Of([V("killed 2"), V("none")]).ShouldNotContain(EventField.Casualties);
    }
}
