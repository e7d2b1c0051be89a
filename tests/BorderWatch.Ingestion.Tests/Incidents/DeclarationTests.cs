using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Statements told without a speech word the classifier knows, and characterisations typed as the event they talk about
/// (Declarations, speech18): refusals, pledges, warnings of response, protest notes, charges and words on someone's
/// account are statements; a report of an event or a plan stays that event. Sentences written for these tests, in no corpus.
/// </summary>
public class DeclarationTests
{
    [Theory]
    [InlineData("The Turkmen leader vowed that no militant group would be allowed to cross into Turkmenistan.")]
    [InlineData("Beijing made clear that it would not accept any armed presence near the Wakhan corridor.")]
    [InlineData("Kyrgyzstan will never permit another state's troops to use its airfields, the defence minister pledged.")]
    [InlineData("Tajikistan will not allow its soil to become a base for attacks on Uzbekistan.")]
    [InlineData("The governor of Batken promised to look into the complaint of the villagers.")]
    public void A_refusal_or_a_pledge_is_a_statement(string text)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Theory]
    [InlineData("Any attack on Kazakh border posts will be answered with force, the defence ministry warned.")]
    [InlineData("Any shot fired at Uzbek farmers will be punished, the Uzbek defence minister declared on Sunday.")]
    [InlineData("Any further incursion by Afghan gunmen will not remain unanswered, the Tajik border chief warned.")]
    public void A_response_promised_to_any_act_is_a_warning(string text)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void Calling_a_report_of_an_act_nonsense_is_one_denied_record_of_that_act()
    {
        // The dev golds' convention since fresh12 (status36): a claim rejected in its own sentence is one record typed
        // by the claimed act, denied, attributed to the rejecting side; not a statement beside the act.
        const string text = "The Kazakh border service called reports of a shoot-out near Zhanaozen \"pure nonsense\".";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.ArmedClash, Detect.Describe(text, [found]));
        found.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void Describing_claims_as_lies_is_a_denial()
    {
        // "described the claims of X as lies" is not yet read as a rejection of X's act (status36 left this shape): the
        // record is a denied statement, never the act as reported.
        const string text = "A Tajik defence spokesman described the claims of troops massing at Isfara as lies spread by bloggers.";
        var found = Detect.One(text, "2026-05-04");
        found.Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(text, [found]));
    }

    [Theory]
    [InlineData("The Uzbek embassy delivered a note of protest to the Kyrgyz foreign ministry on Friday.")]
    [InlineData("A protest note was handed to the Tajik charge d'affaires in Bishkek on Monday.")]
    [InlineData("The Tajik ministry charged Kyrgyz guards with beating three farmers near Vorukh.")]
    public void A_protest_note_or_a_charge_is_a_statement(string text)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Theory]
    [InlineData("The Taliban's failure to rein in smugglers represents a growing danger for Turkmenistan's southern frontier.")]
    [InlineData("Hundreds of ISIS-K fighters in Kunduz pose a serious threat to the Tajik border, a study by a Dushanbe think tank finds.")]
    [InlineData("Uzbekistan has volunteered engineers and sniffer dogs to help Tajikistan search the Isfara valley.")]
    [InlineData("Russia's envoy signalled that Moscow could send instructors to the Tajik border if asked.")]
    public void A_threat_assessment_or_an_offer_is_a_statement(string text)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Theory]
    [InlineData("Some 2,000 Kazakh reservists now watch over the Uzbek frontier after being called back into service by the defence ministry.")]
    [InlineData("Rifle rounds peppered a Tajik post near Vorukh for twenty minutes on Sunday before Kyrgyz officers called their soldiers off.")]
    public void A_speech_word_with_a_particle_is_no_speech_act(string text)
    {
        var found = Detect.All(text, "2026-05-04");
        found.ShouldNotBeEmpty();
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("The Kazakh defence ministry said it would send two more companies to the Uzbek border next week.", IncidentType.Deployment)]
    [InlineData("Uzbek guards would not let the lorries through the Oybek post on Tuesday, drivers said.", null)]
    [InlineData("Kazakh riot police charged the crowd with batons at the Korday crossing on Monday.", null)]
    public void A_plan_or_an_act_told_with_these_words_is_no_declaration(string text, IncidentType? type)
    {
        var found = Detect.All(text, "2026-05-04");
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
        if (type is { } expected) found.ShouldContain(i => i.Type == expected, Detect.Describe(text, found));
    }
}
