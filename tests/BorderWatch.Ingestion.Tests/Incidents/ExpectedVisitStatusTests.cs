using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// date28 (status.json planned "is/are expected in/at"): people "expected in" a place come there later, so what they
/// come to do is planned ("Senior officers are expected at the post on Monday to inspect the new lanes"). Told in the
/// past ("were expected in ... and arrived") it stays reported. Sentences of our own, in no corpus.
/// </summary>
public class ExpectedVisitStatusTests
{
    private const string Lead = "Border news\n\n";

    [Theory]
    [InlineData("An Uzbek delegation is expected in Khorog next week to inspect the damaged bridge, the regional governor's office said.", "Uzbek delegation")]
    [InlineData("Senior Kazakh and Uzbek border officers are expected at the Zhibek Zholy post on Monday to inspect the new lanes, the Kazakh Border Service said.", "Senior Kazakh")]
    public void People_expected_somewhere_come_later(string sentence, string words) =>
        Detect.Quoting(Lead + sentence, words, "2031-11-20").Status.ShouldBe(IncidentStatus.Planned);

    [Fact]
    public void People_who_were_expected_and_came_are_reported()
    {
        var found = Detect.All(Lead + "Deputy ministers of the two states were expected in Isfara on Saturday and walked the disputed road with village elders, the Tajik government said.", "2031-11-20");
        found.ShouldNotBeEmpty();
        found.ShouldAllBe(i => i.Status != IncidentStatus.Planned);
    }
}
