using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Meetings and agreements told without their words, and an outlet's words about its own coverage (meet26): officials
/// who spend time together meet; two sides who shake hands on doing something agree to it; a pair back at the table
/// meets again; a live page's "we are following reports of ..." and a correction's "in our earlier post we wrote that
/// ..." tell no event of their own; a modal under a warning is the danger warned of. Texts of their own, in no corpus.
/// </summary>
public class Meet26Tests
{
    [Theory]
    [InlineData("The Osh governor and his Andijan counterpart spent two hours in a yurt at the Dostuk crossing on Monday, with both border commandants present.")]
    [InlineData("The Kyrgyz border commander spent the afternoon with his Kazakh counterpart at the Korday post on Friday.")]
    public void Officials_spending_time_together_meet(string sentence) =>
        Detect.One(sentence, "2029-03-12").Type.ShouldBe(IncidentType.DiplomaticMeeting);

    [Theory]
    [InlineData("The Kazakh and Kyrgyz teams spent an hour at the stadium before the final, with both coaches watching.")]
    [InlineData("The Osh governor and his wife spent the weekend with relatives in Andijan.")]
    [InlineData("The judge and both lawyers spent an hour in the Osh courtroom on the Kyrgyz-Uzbek smuggling case.")]
    [InlineData("The Kyrgyz and Uzbek governors will have to deal with the flooded road before the spring.")]
    public void Time_spent_by_others_or_dealing_with_a_problem_is_no_meeting(string sentence) =>
        Detect.All(sentence, "2029-03-12").ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting || i.Type == IncidentType.Agreement);

    [Fact]
    public void Two_sides_shaking_hands_on_doing_something_agree_to_it() =>
        Detect.Quoting("After two hours at the Dostuk post, the Osh and Andijan governors shook hands on reopening the pedestrian lane by Monday.",
            "shook hands on reopening", "2029-03-12").Type.ShouldBe(IncidentType.Agreement);

    [Fact]
    public void Shaking_hands_on_a_pitch_is_no_agreement() =>
        Detect.All("The Kazakh and Kyrgyz captains shook hands on the pitch before the final in Osh.", "2029-03-12")
            .ShouldNotContain(i => i.Type == IncidentType.Agreement);

    [Fact]
    public void A_pair_back_at_the_table_meets_again()
    {
        var meeting = Detect.One("Kyrgyz and Uzbek border commissioners will be back at the table in Andijan on Friday.", "2029-03-12");
        meeting.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        meeting.Status.ShouldBe(IncidentStatus.Planned);
    }

    [Theory]
    [InlineData("Good afternoon. We're following reports of gunfire near the Vorukh enclave on the Kyrgyz-Tajik border.")]
    [InlineData("We are tracking reports of a shooting at a Kyrgyz border post near Vorukh.")]
    public void A_live_pages_opening_that_follows_reports_tells_no_event(string text) =>
        Detect.All(text, "2029-03-12").ShouldBeEmpty();

    [Fact]
    public void The_entry_a_live_page_follows_keeps_its_event() =>
        Detect.Quoting("We are tracking reports of a shooting near Vorukh. Tajik guards fired on a Kyrgyz border post near Vorukh at dawn, the Kyrgyz border service said.",
            "fired on a Kyrgyz", "2029-03-12").Type.ShouldBe(IncidentType.ArmedClash);

    [Theory]
    [InlineData("In our Monday edition we reported that Tajik guards had detained four Kyrgyz herders near Vorukh.")]
    [InlineData("An earlier post said that two Uzbek soldiers had crossed into Kyrgyzstan near Sokh.")]
    [InlineData("The Kyrgyz border service later put the number of wounded guards at two, and this post has been corrected.")]
    public void A_correction_retelling_the_outlets_own_item_tells_no_event(string text) =>
        Detect.All(text, "2029-03-12").ShouldBeEmpty();

    [Fact]
    public void An_event_the_outlet_reported_before_is_still_told() =>
        Detect.One("Kyrgyz border guards detained four Tajik herders near Vorukh on Sunday, we reported on Monday.", "2029-03-12")
            .Type.ShouldBe(IncidentType.CrossBorderMovement);

    [Theory]
    [InlineData("Kazakhstan's border service warned on Monday that smugglers could try to cross the Syr Darya into Uzbekistan once the ice forms.")]
    [InlineData("The Kyrgyz border service cautioned on Friday that herders could cross the Bedel pass into China with their flocks in the spring.")]
    public void A_modal_under_a_warning_is_the_danger_not_a_crossing(string sentence) =>
        Detect.All(sentence, "2029-03-12").ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement);

    [Fact]
    public void A_modal_perfect_under_a_report_stays_an_uncertain_crossing()
    {
        var crossing = Detect.One("Kazakh officials said on Monday that smugglers may have crossed the Syr Darya near Shardara.", "2029-03-12");
        crossing.Type.ShouldBe(IncidentType.CrossBorderMovement);
        crossing.Status.ShouldBe(IncidentStatus.Unconfirmed);
    }

    [Fact]
    public void A_fact_checks_claim_box_retells_the_claim_its_text_reports()
    {
        var text = "FACT CHECK | Kyrgyzstan\n\nCLAIM: Kazakh soldiers crossed into Kyrgyzstan near Karkara and shot at a shepherd. RATING: FALSE\n\n" +
                   "A post shared on Monday says that Kazakh soldiers crossed into Kyrgyzstan near Karkara on Sunday.";
        var found = Detect.All(text, "2029-03-12");
        // No excerpt lies in the claim box's sentence (from its label to the end of its sentence), wherever it starts.
        var (boxStart, boxEnd) = (text.IndexOf("CLAIM", StringComparison.Ordinal), text.IndexOf("shepherd.", StringComparison.Ordinal) + "shepherd.".Length);
        found.Where(i => i.ExcerptStart < boxEnd && i.ExcerptEnd > boxStart).ShouldBeEmpty(Detect.Describe(text, found));
        Detect.Quoting(text, found, "A post shared on Monday").ShouldNotBeEmpty(Detect.Describe(text, found));
    }
}
