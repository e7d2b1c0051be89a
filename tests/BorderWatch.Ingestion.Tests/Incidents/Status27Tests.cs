using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// status27 (status.json deniedAct, anonymousSources, unconfirmed): a denial that says the act never took place or was
/// made up ("never set foot", "called the story an invention", "disputed that account") answers the claim told before
/// it; people with no office and no name ("travellers", "guests", "neighbours") give an unconfirmed
/// account; "had no way to check", "could not check" leave a claim unconfirmed. Sentences of our own, in no corpus.
/// </summary>
public class Status27Tests
{
    private const string Claim = "Kyrgyz farmers said Tajik soldiers crossed the canal near Ak-Sai on Monday night and dug a trench. ";

    [Theory]
    [InlineData("The Tajik Border Troops insisted that their soldiers had never set foot on Kyrgyz soil.")]
    [InlineData("Dushanbe said that no Tajik soldier had set foot on Kyrgyz land that night.")]
    [InlineData("The Tajik Border Troops said their men had not moved by a single metre from their posts.")]
    [InlineData("The Tajik Border Troops called the whole story an invention.")]
    [InlineData("The Tajik Border Troops disputed that account on Tuesday.")]
    [InlineData("The Tajik Border Troops disputed the claim in a statement on Tuesday.")]
    [InlineData("A spokesman for the Tajik Border Troops called the account fabricated.")]
    public void A_denial_that_says_the_act_never_happened_denies_the_claim_before(string denial)
    {
        var text = Claim + denial;
        var found = Detect.All(text, "2026-11-25");
        var claim = Detect.Quoting(text, found, "crossed the canal").ToList();
        claim.ShouldNotBeEmpty(Detect.Describe(text, found));
        claim.ShouldAllBe(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
        Detect.Quoting(text, found, denial[..20]).ShouldAllBe(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kyrgyz and Tajik guards exchanged fire on a disputed stretch of the canal near Ak-Sai on Monday, the Kyrgyz Border Service said.")]
    [InlineData("Tajik soldiers set foot on the disputed island on Monday to repair a boundary post, the Kyrgyz Border Service said.")]
    public void Words_of_a_dispute_that_deny_nothing_keep_the_report(string text) =>
        Detect.All(text, "2026-11-25").ShouldContain(i => i.Status == IncidentStatus.Reported, Detect.Describe(text, Detect.All(text, "2026-11-25")));

    [Theory]
    [InlineData("Travellers arriving from Murghob say Chinese soldiers put up a new fence near the pass last week.", "new fence")]
    [InlineData("Women in the upper village say Uzbek guards fired two shots over the river on Friday night.", "fired")]
    [InlineData("Neighbours of the old post say Tajik troops brought in two armoured vehicles last week.", "armoured vehicles")]
    [InlineData("Guests at the hostel in Khorog say Afghan fighters crossed the Panj near Ryn on Sunday.", "crossed the Panj")]
    public void Unnamed_people_of_no_office_give_an_unconfirmed_account(string text, string words) =>
        Detect.Quoting(text, words, "2026-11-25").Status.ShouldBe(IncidentStatus.Unconfirmed);

    [Theory]
    [InlineData("Officials in Dushanbe say Uzbek soldiers crossed the canal on Tuesday night.", "crossed the canal")]
    [InlineData("Uzbek guards detained two people who had crossed the canal on Tuesday night, the Border Service said.", "crossed the canal")]
    public void Officials_and_people_in_an_event_stay_on_the_record(string text, string words) =>
        Detect.Quoting(text, words, "2026-11-25").Status.ShouldBe(IncidentStatus.Reported);

    [Theory]
    [InlineData("Two Tajik companies were moved to Vorukh on Sunday, a blogger wrote, a claim this newspaper had no way to check.", "moved to Vorukh")]
    [InlineData("Two Tajik companies were moved to Vorukh on Sunday, a blogger wrote, but we could not check it.", "moved to Vorukh")]
    [InlineData("Two Tajik companies were moved to Vorukh on Sunday, a blogger wrote; we were unable to check his account.", "moved to Vorukh")]
    public void A_claim_nobody_could_check_is_unconfirmed(string text, string words) =>
        Detect.Quoting(text, words, "2026-11-25").Status.ShouldBe(IncidentStatus.Unconfirmed);

    [Fact]
    public void Guards_who_check_lorries_report_a_check()
    {
        var text = "Uzbek guards checked forty Kyrgyz lorries at the Dostuk post on Monday, the customs service said.";
        Detect.All(text, "2026-11-25").ShouldAllBe(i => i.Status == IncidentStatus.Reported, Detect.Describe(text, Detect.All(text, "2026-11-25")));
    }
    [Theory]
    [InlineData("The Uzbek Border Troops said that nobody there had set foot in the orchard.")]
    [InlineData("The Uzbek Border Troops said their guards did not set foot in the orchard.")]
    [InlineData("The Uzbek Border Troops said not a single round had been fired at the orchard from their side.")]
    [InlineData("The Uzbek Border Troops said their guards had not left their posts for a single metre.")]
    [InlineData("An officer of the Uzbek Border Troops said the whole tale was pure invention.")]
    [InlineData("The Uzbek Border Troops calls the report fabricated.")]
    [InlineData("The Uzbek Border Troops disputed this account of a raid on the orchard.")]
    [InlineData("The Uzbek Border Troops disputed the account of a raid on the orchard.")]
    [InlineData("The Uzbek Border Troops disputes the account of a raid on the orchard.")]
    [InlineData("The Uzbek Border Troops disputed the claims of a raid on the orchard.")]
    [InlineData("The Uzbek Border Troops disputed the reports of a raid on the orchard.")]
    [InlineData("A Taliban commander said the bridgehead was never out of our hands.")]
    [InlineData("The Taliban said the bridgehead never left their hands.")]
    [InlineData("A Taliban commander said the bridgehead never left our hands.")]
    public void A_denial_of_the_act_is_a_denied_statement(string text)
    {
        var found = Detect.All(text, "2026-11-25");
        found.ShouldNotBeEmpty(text);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Two Tajik companies were moved to Vorukh on Sunday, a blogger wrote, which we were not able to check.")]
    [InlineData("Two Tajik companies were moved to Vorukh on Sunday, a blogger wrote, which we could not independently check.")]
    public void More_ways_of_saying_it_was_not_checked(string text) =>
        Detect.Quoting(text, "moved to Vorukh", "2026-11-25").Status.ShouldBe(IncidentStatus.Unconfirmed);
}
