using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// type25 (status.json speaksAnonymously, accountVerbs): a source that asks that its name be kept out in other words
/// ("asked that he not be named", "on condition of not being named") is anonymous, and people with no office who "insist" give an account no one
/// vouches for: both unconfirmed. Sentences of our own, in no corpus.
/// </summary>
public class HearsayStatusTests
{
    [Theory]
    [InlineData("Uzbek guards turned back forty Kyrgyz lorries at the Dostuk post on Monday, said a customs officer who asked that he not be named.", "turned back")]
    [InlineData("A company of Tajik troops was moved to Vorukh on Sunday, according to two border guards who spoke on condition of not being named.", "moved to Vorukh")]
    public void A_source_that_asks_not_to_be_named_is_unconfirmed(string text, string words) =>
        Detect.Quoting(text, words, "2026-04-08").Status.ShouldBe(IncidentStatus.Unconfirmed);

    [Fact]
    public void Lay_people_who_insist_give_an_unconfirmed_account()
    {
        var text = "Shepherds near Kara-Kyya insist that Chinese soldiers in two lorries had driven onto Kyrgyz pasture on Friday.";
        Detect.Quoting(text, "driven onto", "2026-04-06").Status.ShouldBe(IncidentStatus.Unconfirmed);
    }

    [Fact]
    public void An_office_that_insists_stays_on_the_record()
    {
        var text = "The Kyrgyz Border Service insists that Chinese soldiers in two lorries had driven onto Kyrgyz pasture on Friday.";
        Detect.Quoting(text, "driven onto", "2026-04-06").Status.ShouldNotBe(IncidentStatus.Unconfirmed);
    }
}
