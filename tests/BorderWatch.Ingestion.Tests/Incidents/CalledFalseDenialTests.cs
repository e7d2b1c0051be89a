using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// attrib43 (status.json <c>denied</c>: "called ... a lie", "called ... fake", "called ... a fake", "called ... invented"):
/// a claim the other side calls a lie, a fake or invented, in the same sentence or the next, is denied, as "called ...
/// false" and "called ... staged" already were. Negative: "called" with a praise or a plain name denies nothing, and a
/// fake document in an act is no rejection.
/// </summary>
public class CalledFalseDenialTests
{
    private const string Published = "2026-12-05";

    [Theory]
    [InlineData("Opposition fighters said they had captured a Kyrgyz checkpoint near Jergetal on Monday; the Kyrgyz Border Service called the claim a lie.", "captured a Kyrgyz checkpoint")]
    [InlineData("A Telegram channel claimed that Tajik troops had dug trenches near the Isfara canal on Tuesday, but the Tajik Border Troops called the report fake.", "dug trenches")]
    [InlineData("Bloggers wrote that Uzbek guards had crossed the Chirchik canal on Sunday, a claim the Uzbek border service called invented.", "crossed the Chirchik")]
    [InlineData("Posts on social media said Kazakh armoured cars had moved up to the Kegen crossing on Friday. The Kazakh defence ministry called the reports a fake.", "armoured cars")]
    public void A_claim_called_a_lie_a_fake_or_invented_is_denied(string text, string words)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart).Contains(words) && i.Status == IncidentStatus.Denied,
            Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kyrgyz and Kazakh border officers met at the Kegen crossing on Friday, and the Kazakh minister called the talks a success.")]
    [InlineData("Tajik guards detained a man carrying a fake passport at the Isfara crossing on Monday, the border service said.")]
    [InlineData("Uzbek border units held an exercise near the Chirchik canal on Sunday that their commander called the largest of the year.")]
    public void Called_without_a_rejection_denies_nothing(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status != IncidentStatus.Denied, Detect.Describe(text, found));
    }
}
