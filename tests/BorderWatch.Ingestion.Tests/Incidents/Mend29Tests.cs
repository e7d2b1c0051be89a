using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The review of the eleventh session's lanes (review29 section 1): rules that may fire on ordinary news, each on the
/// reviewer's example and variants of our own (sentences in no corpus). Rows that did not misfire stay as guards.
/// </summary>
public class Mend29Tests
{
    private const string Published = "2029-05-16";

    [Theory]
    // A business "company" after a clash told on a border is no force of the story.
    [InlineData("Kyrgyz and Tajik guards exchanged fire near Kok-Tash on Monday, the Kyrgyz border service said.\n\nIn other news, the contractor company deployed heavy machinery to the pass last week.")]
    [InlineData("Uzbek and Kyrgyz guards traded shots near Chek on Sunday night.\n\nElsewhere, a mining company deployed two drilling rigs in the valley on Wednesday.")]
    public void A_business_company_borrows_no_states(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, found));
    }

    [Theory]
    // A company of arms still takes the states of the story.
    [InlineData("An infantry company has stood guard at the ferry landing since the spring.")]
    [InlineData("A tank company has been stationed behind the ferry landing since the spring.")]
    public void A_company_of_arms_takes_the_states_named_before(string sentence)
    {
        var text = "Kazakh and Uzbek border officials met at the Syr Darya ferry on Monday.\n\n" + sentence;
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, "company").ShouldContain(i => (i.Type == IncidentType.Deployment || i.Type == IncidentType.PatrolSurveillance) && i.BorderCode == "KAZ-UZB", Detect.Describe(text, found));
    }

    [Theory]
    // "add" with no object, or units added to a list: nothing moved to the border.
    [InlineData("Kyrgyz border troops added to the tension at Kok-Tash on Monday.")]
    [InlineData("Tashkent added two border units to the list of pay-rise agencies.")]
    [InlineData("Tajik customs officers added to the delays at the Guliston crossing on Thursday.")]
    public void Adding_to_a_mood_or_a_list_is_no_deployment(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Deployment, Detect.Describe(sentence, found));
    }

    [Theory]
    // A "flood" of people or goods is no natural cause: the closure stays.
    [InlineData("Kazakhstan closed the Zhibek Zholy crossing on Monday to stop a flood of migrants.")]
    [InlineData("Tajikistan shut its Karamyk checkpoint to Kyrgyz lorries on Friday, citing a flood of smuggled fuel.")]
    public void A_flood_of_people_or_goods_leaves_the_closure(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    // "met ... to sign": the project records a signing at a meeting once, typed by the meeting (type23): a guard.
    [InlineData("The presidents of Kyrgyzstan and Tajikistan met in Dushanbe to sign the delimitation treaty.")]
    [InlineData("Uzbek and Kazakh foreign ministers gathered in Turkestan on Friday to sign a protocol on the Saryagash crossing.")]
    public void A_meeting_to_sign_stays_on_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting || i.Type == IncidentType.Agreement, Detect.Describe(sentence, found));
    }

    [Theory]
    // A denial of an act told with a time of its own, other than the act on record: another act.
    // (The reviewer's "Tashkent on Thursday denied its soldiers had shelled villages last month" gives no denied clash even
    // alone: the retelling rule has nothing to drop.)
    [InlineData("Kazakh and Kyrgyz guards exchanged fire near Karkyra on Monday.\n\nAstana denied on Friday that its guards had fired on Kyrgyz herders in April.")]
    [InlineData("Tajik and Kyrgyz guards exchanged fire at the Tort-Kocho canal on Tuesday.\n\nDushanbe denied on Wednesday that its troops had fired on Kyrgyz herders in March.")]
    public void A_denied_act_of_another_time_is_not_the_act_on_record(string text)
    {
        var found = Detect.All(text, Published);
        found.Count(i => i.Type == IncidentType.ArmedClash).ShouldBe(2, Detect.Describe(text, found));
    }

    [Theory]
    // "are due to" + a noun: a cause, not a prospect.
    [InlineData("Delays at Dostuk are due to a shootout between Uzbek and Kyrgyz guards on Monday.")]
    [InlineData("Shortages of flour in Sokh are due to a firefight between Kyrgyz and Uzbek guards on 12 May.")]
    public void Due_to_a_cause_is_no_plan(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Status == IncidentStatus.Planned, Detect.Describe(sentence, found));
    }

    [Theory]
    // "through diplomatic channels": a way of protesting, not a lay outlet giving an account.
    [InlineData("Bishkek protested through diplomatic channels and said Tajik troops had fired on Kok-Tash on Monday.")]
    [InlineData("Uzbekistan complained through official channels on Friday and said Kyrgyz guards had shot at a shepherd near Chek.")]
    public void An_account_given_through_channels_stays_on_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(sentence, found));
    }
}
