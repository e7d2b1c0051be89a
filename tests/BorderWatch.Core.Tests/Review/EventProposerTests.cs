using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;

namespace BorderWatch.Core.Tests.Review;

public class EventProposerTests
{
    private static EventCandidate C(int id, int article, string from, string to, string? place = null, params string[] actors) =>
        new(id, article, IncidentType.ArmedClash, "KGZ-TJK", DateOnly.Parse(from), DateOnly.Parse(to), place, actors.ToHashSet());

    [Fact]
    public void Reports_in_different_articles_with_overlapping_dates_and_a_shared_actor_or_place_are_grouped()
    {
        var groups = EventProposer.Group([
            C(1, 10, "2022-09-14", "2022-09-14", null, "border-service"),
            C(2, 11, "2022-09-01", "2022-09-30", null, "border-service"),
            C(3, 12, "2022-09-14", "2022-09-16", "batken"),
            C(4, 13, "2022-09-15", "2022-09-15", "batken"),
        ]);
        groups.Select(g => g.ToList()).ShouldBe([[1, 2], [3, 4]]);
    }

    [Fact]
    public void Same_article_other_type_other_border_disjoint_dates_or_nothing_shared_keep_reports_apart()
    {
        var groups = EventProposer.Group([
            C(1, 10, "2022-09-14", "2022-09-14", "batken"),
            C(2, 10, "2022-09-14", "2022-09-14", "batken"),                        // same article
            C(3, 11, "2022-09-20", "2022-09-20", "batken"),                        // dates apart
            C(4, 12, "2022-09-14", "2022-09-14", "osh", "someone"),                // nothing shared
            C(5, 13, "2022-09-14", "2022-09-14", "batken") with { Type = IncidentType.Deployment },
            C(6, 14, "2022-09-14", "2022-09-14", "batken") with { Border = "KAZ-KGZ" },
            C(7, 15, "2022-09-14", "2022-09-14", "batken") with { Start = null, End = null },
        ]);
        groups.ShouldBeEmpty();
    }

    [Fact]
    public void Grouping_is_transitive_across_articles()
    {
        var groups = EventProposer.Group([
            C(1, 10, "2022-09-14", "2022-09-14", "batken"),
            C(2, 11, "2022-09-14", "2022-09-15", "batken", "csto"),
            C(3, 12, "2022-09-15", "2022-09-15", null, "csto"),
        ]);
        groups.ShouldHaveSingleItem().ShouldBe([1, 2, 3]);
    }
}
