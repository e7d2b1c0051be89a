using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8 precision rules: a journalist's question turn reports nothing; what a drill's scenario plays out is the
/// exercise; guards detaining or handing back people who crossed is the crossing, whoever announces it.
/// </summary>
public class QuestionScenarioAndDetentionTests
{
    // ---- question turns at a briefing (QuestionTurns) ----

    [Fact]
    public void A_labelled_question_turn_reports_nothing_not_even_its_premise()
    {
        var text = "Kabar Weekly: Residents say Uzbek guards fired on a tractor near Sokh last week. What is the ministry's position?";
        Detect.All(text, "2025-03-05").ShouldBeEmpty();
    }

    [Fact]
    public void A_premise_that_dates_its_event_to_a_day_stays_a_report()
    {
        var text = "HOST: On Tuesday the Kyrgyz and Uzbek border commanders met at the Dostuk checkpoint. What did they decide?";
        Detect.One(text, "2025-03-07").Type.ShouldBe(IncidentType.DiplomaticMeeting);
    }

    [Fact]
    public void An_anchor_report_before_a_hand_over_question_stays()
    {
        var text = "ANCHOR: Good evening. Kazakh and Kyrgyz guards exchanged shots near Merke this morning, the Border Service says. Our reporter is at the crossing. Dana, what is happening there?";
        Detect.Quoting(text, "exchanged shots", "2025-03-05").Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Fact]
    public void A_labelled_paragraph_that_asks_nothing_still_reports()
    {
        var i = Detect.One("Update: Uzbek guards fired on a tractor near Sokh on Monday.", "2025-03-05");
        i.Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Fact]
    public void A_question_after_a_report_in_an_ordinary_paragraph_leaves_the_report()
    {
        var text = "Tajik guards fired on a smugglers' boat on the Panj near Shuroobod on Friday. Who sent the boat across?";
        Detect.Quoting(text, "fired on a smugglers' boat", "2025-03-09").Type.ShouldBe(IncidentType.ArmedClash);
    }

    // ---- exercise scenarios (ExerciseScenarios, context.json exerciseScenario) ----

    [Fact]
    public void What_the_drill_scenario_plays_out_is_one_exercise()
    {
        var i = Detect.One("In the exercise scenario, raiders slipped across the Chu and attacked a Kazakh outpost before helicopters drove them back.", "2025-06-02");
        i.Type.ShouldBe(IncidentType.Exercise);
    }

    [Fact]
    public void A_mock_boat_intercepted_during_a_drill_is_the_drill()
    {
        Detect.One("During the drill on the Amu Darya, Turkmen guards stopped a mock smugglers' boat crossing from the Afghan bank.", "2025-06-02")
            .Type.ShouldBe(IncidentType.Exercise);
    }

    [Theory]
    [InlineData("Under the drill plan, a band of raiders crossed the Chu from the Kyrgyz bank and seized a Kazakh border post.")]
    [InlineData("The units rehearsed repelling an attack by gunmen on a Tajik border post near Panj during the exercise.")]
    [InlineData("Under the exercise plan, militants seized a hill above the Kyrgyz village and were driven off by a reserve company during the drill.")]
    public void Plays_of_a_drill_are_the_drill(string sentence) =>
        Detect.All(sentence, "2025-06-02").Select(i => i.Type).ShouldBe([IncidentType.Exercise]);

    [Fact]
    public void Scenarios_an_army_prepares_for_are_no_exercise()
    {
        var i = Detect.One("Moscow has been preparing for scenarios such as a collapse of the Afghan army by sending more troops to its base in Tajikistan.", "2025-06-02");
        i.Type.ShouldNotBe(IncidentType.Exercise);
    }

    // ---- detentions and hand-backs of people who crossed (triggers.json classLemmas: detain, apprehend, hand back) ----

    [Fact]
    public void Guards_detaining_people_who_crossed_is_the_crossing_though_a_service_announces_it()
    {
        var i = Detect.One("Kazakh guards detained three Uzbek herders who had driven cattle onto the Kazakh bank near Saryagash on Monday, the Border Service said.", "2025-04-09");
        i.Type.ShouldBe(IncidentType.CrossBorderMovement);
        i.Status.ShouldBe(IncidentStatus.Reported);
    }

    [Fact]
    public void Men_apprehended_at_the_line_cross_the_border()
    {
        Detect.One("Turkmen guards apprehended two Afghan smugglers on the Turkmen side of the Murghab near Tagtabazar on Sunday.", "2025-04-09")
            .Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void Detained_people_handed_back_to_the_other_side_cross_again()
    {
        Detect.One("The two herders were handed back to Kyrgyz officers at the Dostuk checkpoint on Friday, the service said.", "2025-04-12")
            .Type.ShouldBe(IncidentType.CrossBorderMovement);
    }
}

/// <summary>A party's side in a dispute over who started it (statements.json blame) is its statement, not the event again.</summary>
public class BlameStatementTests
{
    [Fact]
    public void A_service_saying_the_other_side_fired_first_makes_a_statement()
    {
        var i = Detect.One("The Uzbek border service said on Monday that Kyrgyz soldiers had opened fire first near the Sokh canal.", "2025-07-08");
        i.Type.ShouldBe(IncidentType.Statement);
    }

    [Fact]
    public void Fire_told_as_self_defence_by_the_one_who_fired_is_a_statement()
    {
        Detect.One("Turkmen police said their officers fired in self-defence when the smugglers' car rammed a barrier near Serhetabat.", "2025-07-08")
            .Type.ShouldBe(IncidentType.Statement);
    }

    [Theory]
    [InlineData("The Tajik border troops said the Kyrgyz side had fired first and then attacked first at the second post.")]
    [InlineData("Kyrgyz officials said their guards shot first only after Tajik soldiers started the shooting near Kok-Tash.")]
    [InlineData("The Kazakh service said its patrol had been fired on first by men on the Kyrgyz bank of the Chu.")]
    [InlineData("The Uzbek service said its men had started the firing in line with the rules after the boat ignored signals.")]
    [InlineData("Iranian police said officers acted in accordance with the rules when they fired on the smugglers' lorry near Sarakhs.")]
    public void Sides_in_a_dispute_over_who_started_it_are_statements(string sentence) =>
        Detect.All(sentence, "2025-07-08").First().Type.ShouldBe(IncidentType.Statement);

    [Fact]
    public void A_reported_exchange_of_fire_without_blame_stays_the_clash()
    {
        Detect.One("The Uzbek border service said on Monday that Kyrgyz and Uzbek soldiers had exchanged fire near the Sokh canal.", "2025-07-08")
            .Type.ShouldBe(IncidentType.ArmedClash);
    }
}
