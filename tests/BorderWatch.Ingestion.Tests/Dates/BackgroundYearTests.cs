using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>A year naming a thing ("the June 2019 water accord") lends no year to a bare day told beside it; a year
/// telling when ("In June 2019, ...") does. Texts of their own, in no corpus.</summary>
public class BackgroundYearTests
{
    private static PartialDate DateOf(string text, string quoted) => QuotedDates.DateOf(text, quoted, PartialDate.OfDay(2024, 10, 2));

    [Fact]
    public void A_dated_treaty_name_lends_no_year_to_the_meeting_day() =>
        DateOf("Water officials met in Khujand (24 Sep) to review the implementation of the June 2019 water accord.",
            "Water officials met in Khujand (24 Sep)").ShouldBe(PartialDate.OfDay(2024, 9, 24));

    [Fact]
    public void A_year_telling_when_still_lends_it() =>
        DateOf("In June 2019 the commission met twice; on 24 September it signed the water accord.",
            "on 24 September it signed the water accord").ShouldBe(PartialDate.OfDay(2019, 9, 24));
}
