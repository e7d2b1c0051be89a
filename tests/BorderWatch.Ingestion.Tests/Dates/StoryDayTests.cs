using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Tests.Incidents;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// strict26 (<c>DateContext.StoryDay</c>): an undated text whose latest full date stands in a sentence about an event
/// ("On 12 March 2025 Kazakh guards detained ...") was not written that day. Words that count from the time of writing
/// ("last week", "on Sunday", "this month", "two nights ago") are left undated there; words that count from a day the
/// story tells ("two days later") and full dates still resolve, and a date on a line of its own or under a label
/// ("Issued 3 May 2025") is still the time of writing. Sentences of our own, in no corpus.
/// </summary>
public class StoryDayTests
{
    private const string Story = "On 12 March 2025 Kazakh border guards detained three Uzbek traders who had driven cattle over the line near Saryagash.\n\n";

    [Theory]
    [InlineData("Last week Uzbek guards turned back forty Kazakh lorries at the crossing near Saryagash, drivers said.", "turned back")]
    [InlineData("Kyrgyz guards fired warning shots at Tajik herders near Ak-Sai on Sunday, the district head said.", "warning shots")]
    [InlineData("Farmers say Uzbek soldiers dug a new trench along the canal near Saryagash this month.", "dug a new trench")]
    [InlineData("Two Afghans swam the Panj near Ishkashim yesterday and were held by Tajik guards, a boatman told us.", "swam the Panj")]
    public void Words_that_count_from_the_writing_are_undated_on_a_page_anchored_on_a_day_it_tells(string sentence, string words) =>
        Detect.Quoting(Story + sentence, words).Date.IsKnown.ShouldBeFalse();

    [Fact]
    public void The_day_told_keeps_its_date_and_a_day_counted_from_it_resolves()
    {
        var text = Story + "Two days later Kazakh and Uzbek border officers met at the Saryagash post and agreed to return the cattle.";
        Detect.Quoting(text, "detained three").Date.ShouldBe(PartialDate.OfDay(2025, 3, 12));
        Detect.Quoting(text, "met at the Saryagash post").Date.ShouldBe(PartialDate.OfDay(2025, 3, 14));
    }

    [Theory]
    [InlineData("Issued 3 May 2025 for subscribers and carriers\n\n")]
    [InlineData("Border bulletin, Saturday 3 May 2025, 18:00\n\n")]
    public void A_date_on_a_line_of_its_own_or_under_a_label_is_still_the_time_of_writing(string header)
    {
        var text = header + "Kyrgyz guards fired warning shots at Tajik herders near Ak-Sai on Sunday, the district head said.";
        Detect.Quoting(text, "warning shots").Date.IsKnown.ShouldBeTrue();
    }

    [Fact]
    public void A_dated_page_resolves_its_weekdays_as_before()
    {
        var text = Story + "Kyrgyz guards fired warning shots at Tajik herders near Ak-Sai on Sunday, the district head said.";
        Detect.Quoting(text, "warning shots", "2025-03-20").Date.ShouldBe(PartialDate.OfDay(2025, 3, 16));
    }
}
