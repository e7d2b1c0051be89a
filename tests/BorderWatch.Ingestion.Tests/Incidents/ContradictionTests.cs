using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A rebuttal without a denial word (<c>Contradictions</c>): a party's report whose content is negated answers the other
/// side's claim told just before; both are denied. Sentences of their own, in no corpus.
/// </summary>
public class ContradictionTests
{
    // The claim and the report that contradicts it are both denied; the report stays a statement.
    private static void BothDenied(string text, string claim, string rebuttal, string published)
    {
        Detect.Quoting(text, claim, published).Status.ShouldBe(IncidentStatus.Denied);
        var answer = Detect.Quoting(text, rebuttal, published);
        answer.Type.ShouldBe(IncidentType.Statement);
        answer.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_negated_report_by_the_accused_state_denies_the_claim_and_itself()
    {
        var text = "Uzbek officials say that on Friday Kyrgyz troops took over a grassy ridge above the canal near Kara-Suu. " +
                   "Kyrgyzstan's Border Service says none of its soldiers climbed the ridge.";
        BothDenied(text, "took over a grassy ridge", "none of its soldiers", "2025-06-02");
    }

    [Fact]
    public void A_negated_predicate_answers_a_claim_about_the_speakers_people()
    {
        var text = "Kazakh guards detained three Kyrgyz herders near Kordai on Monday, saying they had crossed the line. " +
                   "The Kyrgyz Border Service said the herders had not stepped off their own pasture.";
        BothDenied(text, "detained three Kyrgyz herders", "had not stepped off", "2025-06-04");
    }

    [Fact]
    public void A_negated_report_from_the_claims_own_side_denies_nothing()
    {
        var text = "Tajik border guards intercepted a boat of smugglers on the Panj near Shurobod on Tuesday, the Tajik border troops said. " +
                   "Tajik customs officials said the cargo had not been weighed yet.";
        Detect.Quoting(text, "intercepted a boat", "2025-06-05").Status.ShouldBe(IncidentStatus.Reported);
    }

    [Fact]
    public void A_negated_report_by_a_state_outside_the_claim_denies_nothing()
    {
        var text = "Kyrgyz and Tajik guards exchanged fire near Vorukh on Sunday, Kyrgyz officials said. " +
                   "Kazakhstan's foreign ministry said it had not been asked to mediate.";
        Detect.Quoting(text, "exchanged fire", "2025-06-09").Status.ShouldBe(IncidentStatus.Reported);
    }

    [Fact]
    public void A_negated_report_that_answers_no_claim_stays_on_the_record()
    {
        var text = "Turkmenistan's foreign ministry said the Serhetabat road had not been closed to lorries.";
        foreach (var i in Detect.All(text, "2025-06-10")) i.Status.ShouldNotBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_report_that_its_own_men_never_set_foot_there_is_no_crossing_but_a_denial()
    {
        var text = "Afghan officials in Herat say Iranian border guards occupied a strip of orchards near Islam Qala for a week in May. " +
                   "Tehran says its guards never set foot on Afghan soil.";
        BothDenied(text, "occupied a strip", "never set foot", "2025-06-11");
    }

    [Fact]
    public void An_assurance_on_another_matter_answers_no_claim()
    {
        var text = "Analysts say Uzbek border commanders had begun monthly meetings with their Taliban counterparts at the Termez bridge in 2022. " +
                   "In March, the Taliban's defence minister told a visiting delegation from Tashkent that the movement had no quarrel with any of its neighbours.";
        Detect.Quoting(text, "monthly meetings", "2025-06-12").Status.ShouldNotBe(IncidentStatus.Denied);
        Detect.Quoting(text, "had no quarrel", "2025-06-12").Status.ShouldBe(IncidentStatus.Reported);
    }

    [Fact]
    public void A_chronology_entry_that_says_no_wall_is_being_built_denies_the_entry_before()
    {
        var text = "Chronology\n\n2025\n\n12 March – Tajik media report that Kyrgyz engineers have begun building a wall along the Isfara riverbank.\n\n" +
                   "14 March – Kyrgyzstan's foreign ministry says no wall is being built and that the machines are clearing a canal.\n";
        BothDenied(text, "building a wall", "no wall is being built", "2025-04-01");
    }
}
