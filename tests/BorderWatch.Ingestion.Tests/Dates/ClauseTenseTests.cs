using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A day or month without a year looks ahead only when the forward-looking word ("will", "is to", "planned") stands in
/// its own clause, not in a clause after "where", "which", "that" or ", and". Sentences of their own, in no corpus;
/// the reference is 10 August 2025, so a look-ahead puts July in 2026 and a past reading in 2025.
/// </summary>
public class ClauseTenseTests
{
    private static string DateOf(string text)
    {
        var sentences = TextSegmenter.Sentences(text);
        var context = DateRules.Default.Resolver.ContextFor(text, sentences, PartialDate.OfDay(2025, 8, 10));
        return DateRules.Default.Resolver.Resolve(sentences, 0, sentences[0].Start, sentences[0].End, context).Date.ToString();
    }

    [Theory]
    [InlineData("Kyrgyzstan and Tajikistan signed a water protocol in Osh on 3 July, under which their engineers will inspect the canal every month.", "2025-07-03")]
    [InlineData("The two services opened a joint post at Guliston on 3 July, where officers will check lorries once instead of twice.", "2025-07-03")]
    [InlineData("Guards from both sides met at the bridge on 3 July, and the commanders will meet again in the autumn.", "2025-07-03")]
    [InlineData("The ministry said that the battalion arrived in Termez on 3 July; new barracks will follow.", "2025-07-03")]
    public void A_look_ahead_in_another_clause_leaves_a_past_event_in_the_past(string sentence, string expected) =>
        DateOf(sentence).ShouldBe(expected);

    [Theory]
    [InlineData("The border commission will meet in Khujand on 3 July to review the disputed pasture.", "2026-07-03")]
    [InlineData("On 3 July, the border commission will meet in Khujand to review the disputed pasture.", "2026-07-03")]
    [InlineData("A joint exercise of the two border services is to take place near Karamyk in July.", "2026-07")]
    [InlineData("A Kazakh trade delegation is expected in Bishkek in July, whose talks are to cover the rail crossing.", "2026-07")]
    [InlineData("In July, Kyrgyz and Tajik engineers are to mark the disputed pasture, the commission said on Monday.", "2026-07")]
    public void A_look_ahead_in_the_date_s_own_clause_still_looks_ahead(string sentence, string expected) =>
        DateOf(sentence).ShouldBe(expected);
}
