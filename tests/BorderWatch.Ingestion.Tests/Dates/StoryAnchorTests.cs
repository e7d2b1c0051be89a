using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Tests.Incidents;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// Rule 6 of issue 8: a text without a publication date is anchored on the latest full date it gives for the story,
/// not on a year mentioned in passing; "the following day", "hours later", "that evening", "three days later" chain
/// from the event told before. Sentences of their own, in no corpus.
/// </summary>
public class StoryAnchorTests
{
    private static DateContext Context(string text) => DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), PartialDate.Unknown);

    [Fact]
    public void A_year_mentioned_in_passing_does_not_anchor_an_undated_story()
    {
        var context = Context("We drove into Isfara on 11 May 2016. The town has been quiet since the unrest of 2019 reached the valley.");
        context.Reference.ShouldBe(PartialDate.OfDay(2016, 5, 11));
        context.Note!.ShouldContain("11 May 2016");
    }

    [Fact]
    public void A_later_full_date_wins_over_an_earlier_one()
    {
        var context = Context("The bridge was closed on 2 April 2018. It reopened on April 20, 2018, when the governors relented.");
        context.Reference.ShouldBe(PartialDate.OfDay(2018, 4, 20));
    }

    [Fact]
    public void A_phrase_proving_a_later_writing_year_still_wins()
    {
        var context = Context("Guards fired at a boat on 4 June 2015. The shooting last June, like the one in 2014, went unpunished.");
        context.Reference.Year.ShouldBe(2016);
    }

    [Theory]
    [InlineData("Monthly bulletin of the valley monitors. Coverage: 1-30 June 2024 and published on 6 July 2024.")]
    [InlineData("Valley monitors' bulletin, last updated: 6 July 2024.")]
    [InlineData("Date of answer: 6 July 2024.")]
    public void A_date_the_text_labels_as_its_own_keeps_bare_days_in_its_year(string header)
    {
        // Bare days of June beside "30 June 2024" would, in news style, prove a later writing year; the labelled date says otherwise.
        var text = header + "\n\n4 June: herders from Ak-Tatyr crossed the canal at night. 19 June: the two posts exchanged fire for an hour.";
        var context = Context(text);
        context.Reference.Year.ShouldBe(2024);
        var sentences = TextSegmenter.Sentences(text);
        var last = sentences.Count - 1;
        DateRules.Default.Resolver.Resolve(sentences, last, sentences[last].Start, sentences[last].End, context).Date.ToString().ShouldBe("2024-06-19");
    }

    [Fact]
    public void A_protest_filed_on_a_date_is_an_act_not_the_texts_own_date()
    {
        // "filed" labels a header line's date ("Filed 3 May 2019"), not a date in a story's sentence.
        var context = Context("The ministry filed a protest on 26 June 2024 over the shooting. On June 23 the posts had exchanged fire near the canal.");
        context.Reference.Year.ShouldBe(2025);
    }

    [Fact]
    public void Without_a_labelled_date_bare_days_beside_a_full_date_still_prove_a_later_year()
    {
        var context = Context("The talks that ended on December 26, 2018 were the last. On December 23 the guards met again at the bridge.");
        context.Reference.Year.ShouldBe(2019);
    }

    [Fact]
    public void A_full_date_that_only_starts_a_state_of_affairs_does_not_anchor()
    {
        var context = Context("The post has been manned since 1 January 2010. Herders crossed the ridge in August 2013.");
        context.Reference.ShouldBe(PartialDate.OfYear(2013));
    }

    [Theory]
    [InlineData("hours later", "2019-03-07")]
    [InlineData("that evening", "2019-03-07")]
    [InlineData("the next morning", "2019-03-08")]
    [InlineData("three days later", "2019-03-10")]
    [InlineData("two weeks later", "2019-03-21")]
    public void Chained_day_phrases_count_from_the_event_before(string phrase, string expected)
    {
        var text = $"A patrol boat was fired on near Shurobod on 7 March 2019. The district chief visited the post {phrase}.";
        var sentences = TextSegmenter.Sentences(text);
        var r = DateRules.Default.Resolver.Resolve(sentences, 1, sentences[1].Start, sentences[1].End, Context(text));
        r.Date.ToString().ShouldBe(expected);
        r.Inferred.ShouldBeTrue();
    }

    [Fact]
    public void The_following_day_skips_a_month_only_date_to_the_last_dated_day()
    {
        var text = "The delegation reached Khorog on 9 October 2020. Officials said supplies had run short that month. " +
                   "The road commission met the following day.";
        var sentences = TextSegmenter.Sentences(text);
        var r = DateRules.Default.Resolver.Resolve(sentences, 2, sentences[2].Start, sentences[2].End, Context(text));
        r.Date.ShouldBe(PartialDate.OfDay(2020, 10, 10));
    }

    [Fact]
    public void Chained_phrases_are_anaphoric_day_expressions()
    {
        foreach (var phrase in new[] { "hours later", "a few hours later", "later that night", "the following afternoon", "five days later" })
        {
            var found = DateRules.Default.Finder.Find($"The guards withdrew {phrase}.");
            found.Count.ShouldBe(1, phrase);
            found[0].Kind.ShouldBe(DateExpressionKind.Anaphoric, phrase);
            found[0].Scope.ShouldBe(AnaphoraScope.Day, phrase);
        }
    }

    [Fact]
    public void An_undated_blog_dates_its_events_from_its_story_date()
    {
        var text = "I crossed into the enclave on 3 September 2011, after a long wait at the gate.\n\n" +
                   "That afternoon Uzbek guards opened fire on Kyrgyz shepherds near the canal.\n\n" +
                   "Kyrgyz and Uzbek district chiefs met at the gate the following day. The feud goes back to 1999.";
        var detained = Detect.Quoting(text, "opened fire on Kyrgyz shepherds");
        detained.Date.ShouldBe(PartialDate.OfDay(2011, 9, 3));
        var met = Detect.Quoting(text, "district chiefs met");
        met.Date.ShouldBe(PartialDate.OfDay(2011, 9, 4));
    }
}
