using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall23 (issue 8): an event told after a court's ruling in the same sentence is kept (<c>NonIncidents.EventAfterRuling</c>);
/// a source that "did not want to be identified" speaks anonymously (status.json speaksAnonymously); a party's "there
/// was no ..." answering a claim about its own side denies it (<c>Contradictions.NoneThere</c>). Sentences written for
/// these tests, in no corpus. A report retold in an interviewer's question stays, denied when the answer says no
/// (<c>QuestionTurns.RetellsReport</c>, status.json negativeAnswers); "planned" or "scheduled" describing a noun plans
/// nothing (status.json attributiveCues).
/// </summary>
public class Recall23StatusAndRulingTests
{
    [Fact]
    public void An_arrest_told_after_a_ruling_in_the_same_sentence_is_kept()
    {
        var text = "A regional court in Kurgan-Tyube jailed two traders for six years for bringing hashish over the river, and that same week Tajik guards arrested four Afghan men who had crossed the Panj near Ayvaj.";
        var found = Detect.All(text, "2026-10-14");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_ruling_with_a_second_ruling_verb_stays_no_incident()
    {
        var text = "The court in Osh sentenced one herder for crossing the line near Uch-Korgon, and it acquitted his brother.";
        var found = Detect.All(text, "2026-10-14");
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("A senior customs officer, who asked not to be identified, said Turkmen troops had dug new trenches along the road to Imamnazar.")]
    [InlineData("A Kazakh ranger who did not wish to be named said Chinese soldiers had put up a second fence along the Khorgos river.")]
    [InlineData("According to an Uzbek officer who did not want to be identified, Tashkent asked Kabul to pay for two new watchtowers near Termez.")]
    public void A_source_who_is_not_named_is_unconfirmed(string sentence)
    {
        var i = Detect.One(sentence, "2026-09-03");
        i.Status.ShouldBe(IncidentStatus.Unconfirmed, Detect.Describe(sentence, [i]));
    }

    [Fact]
    public void There_was_no_such_aircraft_denies_the_claim_told_before()
    {
        var text = "Kyrgyz officials said on Wednesday that a Tajik helicopter had flown over the village of Ak-Tatyr on Tuesday. " +
                   "A spokeswoman for the Tajik Border Troops said there had been no Tajik helicopter over Kyrgyz land on Tuesday.";
        var found = Detect.All(text, "2026-10-22");
        Detect.Quoting(text, found, "spokeswoman").Single().Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(text, found));
    }

    private const string Intro = "STEPPE RADIO: Colonel, thank you for coming in.\n\nKARIMOV: Thank you.\n\n";

    [Theory]
    [InlineData("No, there are no tanks at Chaldovar and there never were any. What people saw were snow ploughs.")]
    [InlineData("Nothing of the kind took place. The lorries by the road were snow ploughs.")]
    [InlineData("There is no tank anywhere near Chaldovar; people photographed our snow ploughs.")]
    public void A_report_retold_in_a_question_is_denied_by_the_answer(string answer) =>
        RetoldClaim("Kazakh troops had moved three tanks up to the Chaldovar crossing", answer, "three tanks").Status.ShouldBe(IncidentStatus.Denied);

    [Fact]
    public void A_report_retold_in_a_question_and_confirmed_stays_reported() =>
        RetoldClaim("Kazakh guards had sent extra patrols to the Chaldovar crossing", "Yes, for two weeks, because of the smuggling season.", "extra patrols")
            .Status.ShouldNotBe(IncidentStatus.Denied);

    // The one incident quoting the claim that a question retells ("A Bishkek television channel claimed that ...") and the answer after it.
    private static ExtractedIncident RetoldClaim(string claim, string answer, string words)
    {
        var text = Intro + "STEPPE RADIO: A Bishkek television channel claimed that " + claim + ". How do you answer that?\n\nKARIMOV: " + answer + "\n";
        var found = Detect.All(text, "2026-11-26");
        var quoting = Detect.Quoting(text, found, words).ToList();
        quoting.Count.ShouldBe(1, Detect.Describe(text, found));
        return quoting[0];
    }

    [Fact]
    public void A_report_of_how_things_stand_retold_in_a_question_stays_the_asker_s_framing()
    {
        var text = Intro + "STEPPE RADIO: A Bishkek television channel claimed that Kazakhstan has stationed three tanks at the Chaldovar crossing. How do you answer that?\n\nKARIMOV: No.\n";
        var found = Detect.All(text, "2026-11-26");
        Detect.Quoting(text, found, "three tanks").ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_premise_that_retells_no_report_stays_the_asker_s_framing()
    {
        var text = Intro + "STEPPE RADIO: Lorries waited at Chaldovar for three days last week. Why?\n\nKARIMOV: The scanners broke down.\n";
        var found = Detect.All(text, "2026-11-26");
        Detect.Quoting(text, found, "Lorries waited").ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("On Monday the Kazakh and Uzbek border commissioners met in Shymkent to discuss the planned bridge over the Keles river.")]
    [InlineData("The Naryn and Kashgar frontier commanders met at the Torugart pass on Monday for their last scheduled meeting of the year.")]
    public void A_planned_word_describing_a_noun_plans_nothing(string sentence)
    {
        var i = Detect.One(sentence, "2026-11-25");
        i.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        i.Status.ShouldBe(IncidentStatus.Reported, Detect.Describe(sentence, [i]));
    }
}
