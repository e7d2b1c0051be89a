using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Recall on unseen text (recall25): a Q&amp;A answer that says no to the claim put to the speaker is the speaker's denial;
/// a claim the asker retells with a report verb in the present ("farmers say ... crossed") is put to the speaker;
/// equipment that reaches a party from a named state is delivered; a text brought back from talks is an agreement; two
/// parties across a table meet. Texts of their own, in no corpus.
/// </summary>
public class Recall25Tests
{
    private static string Interview(string premise, string answer) =>
        "CHUY WAVE - Morning Talk\n\n" +
        "Major Bakyt Asanaliev commands the Kyrgyz border detachment on the Chui river. Our host spoke to him on Monday.\n\n" +
        $"Chuy Wave: {premise} Is that so?\n\n" +
        $"Asanaliev: {answer}\n\n" +
        "Chuy Wave: Thank you, Major.";

    [Theory]
    [InlineData("Farmers in Tokmok say Kazakh soldiers crossed the river near the old bridge last week.", "That never happened. Our posts on the bridge saw nobody all week.")]
    [InlineData("Farmers in Tokmok say Kazakh soldiers crossed the river near the old bridge last week.", "No, nobody came over, and our Kazakh colleagues were with us on the bridge that night.")]
    [InlineData("Some websites wrote that Kazakh soldiers had crossed the river near the old bridge.", "Nothing of the kind took place on our section of the river.")]
    public void An_answer_saying_no_to_the_claim_put_is_the_speakers_denial(string premise, string answer)
    {
        var text = Interview(premise, answer);
        var found = Detect.All(text, "2029-03-12");
        var denial = found.Where(i => i.Type == IncidentType.Statement && text[i.ExcerptStart..i.ExcerptEnd].Contains(answer[..12], StringComparison.Ordinal))
            .ShouldHaveSingleItem(Detect.Describe(text, found));
        denial.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_claim_retold_with_a_report_verb_in_the_present_is_put_to_the_speaker_and_denied()
    {
        var text = Interview("Farmers in Tokmok say Kazakh soldiers crossed the river near the old bridge last week.",
            "That never happened. Our posts on the bridge saw nobody all week.");
        var claim = Detect.Quoting(text, "soldiers crossed the river", "2029-03-12");
        claim.Type.ShouldBe(IncidentType.CrossBorderMovement);
        claim.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Theory]
    [InlineData("Yes, two of them came over by mistake and we walked them back to their post the same evening.")]
    [InlineData("I cannot say; ask the Kazakh side about their patrols.")]
    public void An_answer_that_does_not_say_no_is_no_denial(string answer)
    {
        var text = Interview("Farmers in Tokmok say Kazakh soldiers crossed the river near the old bridge last week.", answer);
        Detect.All(text, "2029-03-12").ShouldNotContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied);
    }

    [Theory]
    [InlineData("In March six armoured vehicles reached the Tajik border guards from China under an aid programme.")]
    [InlineData("Two armoured personnel carriers arrived at the Tajik border detachment from Turkey last month.")]
    public void Equipment_reaching_a_party_from_a_named_state_is_delivered(string sentence) =>
        Detect.One(sentence, "2029-05-10").Type.ShouldBe(IncidentType.ArmsTransfer);

    [Theory]
    [InlineData("A lorry of apples from Kazakhstan reached the market in Osh on Monday.")]
    [InlineData("Tajik border guards arrived at the post from Dushanbe on Monday.")]
    public void Goods_or_troops_arriving_from_a_place_are_no_delivery(string sentence) =>
        Detect.All(sentence, "2029-05-10").ShouldNotContain(i => i.Type == IncidentType.ArmsTransfer);

    [Theory]
    [InlineData("They came away with a signed protocol on the lorry queues at the crossing.")]
    [InlineData("They came back with a memorandum on the lorry queues at the crossing.")]
    public void A_text_brought_back_from_talks_is_an_agreement(string second)
    {
        var text = "Kazakh and Kyrgyz border commissioners met in Korday on Monday. " + second;
        var found = Detect.Quoting(text, second[..14], "2029-05-10");
        found.Type.ShouldBe(IncidentType.Agreement);
    }

    [Theory]
    [InlineData("Kazakh and Kyrgyz border commissioners met in Korday on Monday. The guards came back with two stray horses from the river.")]
    [InlineData("Kazakh and Kyrgyz border commissioners met in Korday on Monday. On Tuesday two migrants returned from Russia with forged documents and were held at the crossing.")]
    [InlineData("Kazakh and Kyrgyz border commissioners met in Korday on Monday. The patrol returned to the post with the detained men's documents.")]
    public void Coming_back_with_something_else_is_no_agreement(string text)
    {
        var found = Detect.All(text, "2029-05-10");
        var second = text.IndexOf(". ", StringComparison.Ordinal) + 2;
        found.Where(i => i.ExcerptStart >= second).ShouldNotContain(i => i.Type == IncidentType.Agreement, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("On Tuesday, in a Sokh guesthouse, the Kyrgyz and Uzbek district governors went through the list of disputed plots across a table.")]
    [InlineData("For three hours on Tuesday the Kyrgyz governor of Kadamjay sat at a table with the Uzbek khokim of Sokh and both border commanders.")]
    public void Two_parties_across_a_table_meet(string sentence) =>
        Detect.One(sentence, "2029-05-10").Type.ShouldBe(IncidentType.DiplomaticMeeting);
}
