using BorderWatch.Ingestion.Gazetteer;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Gazetteers;

public class StateCodeTests
{
    private static readonly IReadOnlyList<GazetteerEntry> States =
        GazetteerIndex.Default.Entries.Where(e => e.Kind == EntryKind.State).ToList();

    [Fact]
    public void Every_state_has_a_distinct_three_digit_iso_numeric_code()
    {
        States.ShouldNotBeEmpty();
        States.ShouldAllBe(s => s.IsoNumeric != null && s.IsoNumeric.Length == 3 && s.IsoNumeric.All(char.IsAsciiDigit));
        States.Select(s => s.IsoNumeric).Distinct().Count().ShouldBe(States.Count);
    }

    [Theory]
    [InlineData("AFG", "004")]
    [InlineData("TKM", "795")]
    [InlineData("TJK", "762")]
    [InlineData("UZB", "860")]
    [InlineData("AZE", "031")]
    public void Numeric_code_is_read_with_its_leading_zeros(string alpha3, string numeric) =>
        GazetteerIndex.Default.Find(alpha3)!.IsoNumeric.ShouldBe(numeric);

    [Fact]
    public void Entries_that_are_not_states_have_no_numeric_code() =>
        GazetteerIndex.Default.Entries.Where(e => e.Kind != EntryKind.State).ShouldAllBe(e => e.IsoNumeric == null);
}
