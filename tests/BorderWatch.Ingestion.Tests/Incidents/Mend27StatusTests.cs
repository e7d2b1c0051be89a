using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// mend27 (reviewer's item 0): status27's "called ... invented" was too wide: a claim and its rejection in one
/// sentence must not swallow the next sentence's own report. Sentences of our own, in no corpus.
/// </summary>
public class Mend27StatusTests
{
    [Fact]
    public void A_report_after_a_claim_rejected_in_one_sentence_stays_its_own_record()
    {
        var text = "A Kyrgyz border official said on Thursday that talks on the canal would go on. "
                 + "His remarks came a day after herders claimed that Tajik soldiers had seized two pastures above Ak-Sai on Sunday, a claim Dushanbe called invented. "
                 + "He said the service had sent 40 extra guards to the Ak-Sai post this month.";
        var found = Detect.All(text, "2026-11-27");
        Detect.Quoting(text, found, "40 extra guards").ShouldNotBeEmpty(Detect.Describe(text, found));
    }
}

/// <summary>
/// mend27 (reviewer's item 3): "for comment" is the outlet asking only when the comment noun stands bare; comments
/// with a content of their own ("for comments mocking the deal", "for comments on the new fence") are the reason for
/// an act at the border. Sentences of our own, in no corpus.
/// </summary>
public class Mend27CommentTests
{
    [Theory]
    [InlineData("Tajik police detained a blogger in Isfara on Monday for comments mocking the water deal.", "detained")]
    [InlineData("Bishkek expelled an Uzbek consul on Friday for comments on the new fence at Kara-Suu.", "expelled")]
    public void An_act_done_for_comments_with_a_content_is_an_event(string text, string words)
    {
        var found = Detect.All(text, "2026-11-25");
        Detect.Quoting(text, found, words).ShouldNotBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void The_outlet_asking_for_comment_is_still_none()
    {
        var text = "Our correspondent could not reach the Uzbek consulate in Osh for comment on Tuesday.";
        Detect.All(text, "2026-11-25").ShouldBeEmpty(Detect.Describe(text, Detect.All(text, "2026-11-25")));
    }
}
