using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// year32: a date in a participle hanging on a noun ("under the lease signed in 2021", "the bridge built in May 2019")
/// dates that noun, not the clause's event, when the sentence gives the event another date; alone in its sentence, or
/// when the event's word is that noun, it is kept. Sentences of our own, in no corpus.
/// </summary>
public sealed class ParticipleDateTests
{
    private static readonly PartialDate Published = PartialDate.OfDay(2026, 12, 3);

    [Theory]
    [InlineData("Four armoured jeeps reached the Shymkent depot today under the lease signed in 2021.", "2026-12-03")]
    [InlineData("Engineers closed the crossing on Tuesday next to the bridge built in May 2019.", "2026-12-01")]
    [InlineData("A second radar arrived at the post yesterday under a deal concluded on 4 March 2024.", "2026-12-02")]
    public void The_participles_date_is_the_nouns_not_the_events(string sentence, string expected)
    {
        var (sentences, context) = DateTexts.Read(sentence, Published);
        DateTexts.SentenceAt(sentences, context, sentence[..20]).Date.ShouldBe(DateTexts.D(expected));
    }

    [Theory]
    // Alone in its sentence, the participle's date is the only one there is.
    [InlineData("The jeeps were delivered under the lease signed in 2021.", "2021")]
    // Not a participle hanging on a noun: the clause's own verb.
    [InlineData("The two services signed in 2021 a lease on four armoured jeeps, officials said today.", "2021")]
    public void Other_dates_stay(string sentence, string expected)
    {
        var (sentences, context) = DateTexts.Read(sentence, Published);
        DateTexts.SentenceAt(sentences, context, sentence[..20]).Date.ShouldBe(DateTexts.D(expected));
    }

    [Fact]
    public void The_nouns_own_date_when_the_event_is_that_noun()
    {
        const string text = "Jeeps arrived today under the lease signed in 2021.";
        var trigger = text.IndexOf("lease", StringComparison.Ordinal);
        var sentence = TextSegmenter.Sentences(text)[0];
        DateRules.Default.Dating.Candidates(sentence, Published, future: false, trigger).Select(e => e.Text).ShouldContain("2021");
        DateRules.Default.Dating.Candidates(sentence, Published, future: false).Select(e => e.Text).ShouldNotContain("2021");
    }
}
