using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date32: "N days earlier", "a week earlier" count back from the day the text told just before (as "the day before" and
/// "two nights earlier" do), not from the time of writing: "ago" counts from now. Texts of their own, in no corpus.
/// </summary>
public sealed class EarlierDaysTests
{
    private static readonly PartialDate Published = PartialDate.OfDay(2025, 3, 12);

    [Theory]
    [InlineData("Guards at Karamyk stopped a fuel lorry on 6 March 2025. Two days earlier, a patrol had found a tunnel under the fence near the post.",
        "a patrol had found a tunnel", 2025, 3, 4)]
    [InlineData("The two commanders met at the Dostuk bridge on 6 March 2025. A day earlier their deputies had walked the disputed stretch together.",
        "their deputies had walked", 2025, 3, 5)]
    [InlineData("Villagers blocked the canal road on 6 March 2025. A week earlier a surveyor's car had been turned back at the same spot.",
        "had been turned back", 2025, 2, 27)]
    // The day told before is a weekday of the text (Saturday 8 March against a text of Wednesday 12 March).
    [InlineData("Both services rehearsed a joint search at the pass on Saturday. One day earlier, six men were held while crossing the ridge on foot.",
        "six men were held", 2025, 3, 7)]
    public void Days_earlier_count_back_from_the_day_told_before(string text, string phrase, int y, int m, int d)
    {
        var (sentences, context) = DateTexts.Read(text, Published);
        DateTexts.At(sentences, context, phrase).Date.ShouldBe(PartialDate.OfDay(y, m, d));
    }

    [Theory]
    [InlineData("Yesterday guards stopped a fuel lorry. Two days ago a patrol found a tunnel under the fence.", 2025, 3, 10)]
    [InlineData("Guards at Karamyk stopped a fuel lorry on 6 March 2025. Three weeks ago a patrol found a tunnel under the fence.", 2025, 2, 19)]
    public void Ago_still_counts_from_the_time_of_writing(string text, int y, int m, int d)
    {
        var (sentences, context) = DateTexts.Read(text, Published);
        DateTexts.At(sentences, context, "a patrol found a tunnel").Date.ShouldBe(PartialDate.OfDay(y, m, d));
    }

    [Theory]
    [InlineData("Two days earlier, a patrol had found a tunnel.", -2)]
    [InlineData("A week earlier the road was shut.", -7)]
    [InlineData("three weeks earlier", -21)]
    public void Days_earlier_are_anaphoric(string text, int offset)
    {
        var e = DateRules.Default.Finder.Find(text).ShouldHaveSingleItem();
        e.Kind.ShouldBe(DateExpressionKind.Anaphoric);
        e.Offset.ShouldBe(offset);
    }

    [Fact]
    public void Days_ago_stay_relative_to_now()
    {
        var e = DateRules.Default.Finder.Find("The bridge was closed two days ago.").ShouldHaveSingleItem();
        e.Kind.ShouldBe(DateExpressionKind.Relative);
    }
}
