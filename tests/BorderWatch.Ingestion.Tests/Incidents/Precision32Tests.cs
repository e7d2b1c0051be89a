using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras of the dev corpora (precision32), on sentences of our own in no corpus: a member's or listener's question, acts
/// counted over a period, money put into a measure, an agreement a standing arrangement rests on, and talking told in the
/// present simple. Negatives: a question answered in the same sentence, a dated act, a measure taken, an agreement signed
/// in the sentence and a dated talk stay records.
/// </summary>
public class Precision32Tests
{
    private const string Published = "2029-03-12";

    [Theory]
    [InlineData("In her written question, Ms Toktosunova asks whether any Kyrgyz troops have been pulled back from the Chinese border.")]
    [InlineData("A senator from Osh asked about the number of guards on the Tajik section.")]
    [InlineData("Deputy Saidov asked whether Afghan fighters had crossed the river in October.")]
    [InlineData("One listener wants to know whether the Tajik army has sent tanks to the Kyrgyz border.")]
    [InlineData("A member of the committee enquired whether Uzbek guards had fired on Kyrgyz herders near Aravan last month.")]
    public void A_question_reports_no_act(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    // (Asked with no asker before it: the answer follows in the same sentence.)
    [InlineData("Asked whether troops had been moved to the border, the Kyrgyz defence minister said two companies were sent to Batken on 3 March.", IncidentType.Deployment)]
    // (The answer opened after the question.)
    [InlineData("A deputy asked whether Tajik troops had crossed the river, and the minister said a Tajik patrol had entered Kyrgyz land near Kok-Tash on 2 March.", IncidentType.PatrolSurveillance)]
    // (The act told before the question.)
    [InlineData("Uzbek guards detained three Afghan men who had crossed the Amu Darya near Termez on Monday and asked about their route.", IncidentType.CrossBorderMovement)]
    public void An_answer_or_an_act_beside_a_question_stays(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("In the reporting period there were nine attempts to ferry fuel across the Amu Darya into Afghanistan, the Uzbek customs committee told reporters.")]
    [InlineData("23 incursions have been recorded on the Surkhandarya section so far this year, the Uzbek ministry said.")]
    [InlineData("There have been several violations of the Kyrgyz-Tajik line near Batken since the spring, the commission said.")]
    public void Acts_counted_over_a_period_are_a_tally(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kyrgyz guards detained two Tajik men who tried to cross the river near Kok-Tash on Monday, the service said.")]
    [InlineData("Since Monday, Uzbek guards have detained two Afghan men who tried to cross the Amu Darya near Termez.")]
    // (An agent's act counted: the gold keeps such a one.)
    [InlineData("Since February, Tajik units have stopped 48 attempts to cross the Panj with drugs, the Border Troops said.")]
    public void A_dated_act_stays(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Over the coming years the Kazakh government intends to invest in drone surveillance of its Chinese frontier.")]
    [InlineData("Turkmenistan has invested heavily in surveillance of its Afghan frontier.")]
    [InlineData("Over the past decade Uzbekistan has invested millions in surveillance along the Amu Darya.")]
    public void Money_put_into_a_measure_is_no_patrol(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kazakh border guards stepped up surveillance of the Irtysh valley on Monday after two Chinese nationals crossed the line.")]
    // (Time spent, not money: "spend" is no funding verb.)
    [InlineData("A Kyrgyz delegation spent two days in Kashgar with Chinese border officials for talks on the Torugart queues.")]
    public void A_measure_taken_or_time_spent_stays(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Under a treaty that remains valid until 2049, Russian helicopters stay at an airfield near Kant.")]
    [InlineData("Russian aircraft are stationed at Kant under a treaty that expires in 2043.")]
    public void An_agreement_a_standing_state_rests_on_is_no_agreement(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Agreement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Kyrgyzstan and Uzbekistan opened the road to buses on Monday under an agreement signed in Osh last week.")]
    // (A relative clause with no "that".)
    [InlineData("Tajikistan and Uzbekistan reopened the Oybek crossing to buses on 2 May under an agreement their prime ministers signed in Khujand in March.")]
    public void An_agreement_signed_in_the_sentence_stays(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.Agreement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("This week Aigul talks to Farid Karimov, who has just come back from Mazar-i-Sharif, about trade across the river.")]
    [InlineData("Though it keeps the Taliban at arm's length, Tajikistan talks with them about electricity and the river.")]
    [InlineData("In this episode our host talks with a Kyrgyz trader about the queues at Torugart.")]
    public void Talking_in_the_present_simple_is_no_meeting(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_dated_talk_stays()
    {
        const string sentence = "The Kyrgyz foreign minister talked to his Tajik counterpart by phone on Tuesday about the shooting near Kok-Tash.";
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Uzbek and Kyrgyz guards fired at each other across the canal near Sokh late on Saturday, both services said.\n\nDoctors at the Sokh district clinic told reporters on Sunday that there were no wounded among the villagers.")]
    [InlineData("Kyrgyz and Tajik guards traded fire near Kok-Tash on Sunday, the Kyrgyz service said.\n\nThe Batken regional hospital said on Monday that it had admitted no injured from the area.")]
    public void Casualties_negated_beside_a_clash_are_no_clash(string text)
    {
        var found = Detect.All(text, Published);
        found.Count(i => i.Type == IncidentType.ArmedClash).ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void Casualties_told_stay_with_their_clash()
    {
        const string text = "Two Kyrgyz guards were wounded by fire from the Tajik side near Kok-Tash on Sunday, the Batken regional hospital said.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(text, found));
    }
}
