using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Stage 5: which sentences are incidents, of which type, with which actors in which roles.</summary>
public class IncidentDetectorTests
{
    [Theory]
    [InlineData("Tajik border guards exchanged fire with a group of armed men near the Panj river on Tuesday.", "armed-clash")]
    [InlineData("Militants attacked a border post in the Darvaz district overnight.", "armed-clash")]
    [InlineData("Uzbek artillery shelled Taliban positions south of the Amu Darya.", "armed-clash")]
    [InlineData("Taliban fighters seized control of the Sherkhan Bandar crossing on Sunday.", "territorial-control")]
    [InlineData("The district of Khamyab fell to the Taliban after two days of fighting.", "territorial-control")]
    [InlineData("Around 100 Afghan soldiers fled across the border into Uzbekistan.", "cross-border-movement")]
    [InlineData("Border guards detained six Afghans who tried to cross into Turkmenistan illegally.", "cross-border-movement")]
    [InlineData("Russia deployed additional troops to its base in Tajikistan.", "deployment")]
    [InlineData("Tashkent has moved armoured units to the Termez area.", "deployment")]
    [InlineData("Uzbek and Tajik troops held joint exercises near Termez.", "exercise")]
    [InlineData("Turkmenistan bought six combat drones from Turkey.", "arms-transfer")]
    [InlineData("Tajik and Afghan officials held talks in Dushanbe on border security.", "diplomatic-meeting")]
    [InlineData("Uzbekistan and Afghanistan signed an agreement on border security.", "agreement")]
    [InlineData("Turkmen border guards stepped up patrols along the Afghan border.", "patrol-surveillance")]
    [InlineData("The Tajik defence minister warned that the Taliban poses a growing threat to Central Asia.", "statement")]
    public void Types_come_from_the_trigger_words(string text, string type) =>
        Detect.One(text, "2024-03-06").Type.ToCode().ShouldBe(type);

    [Theory]
    [InlineData("Is Tajikistan ready for an attack from the south?")]
    [InlineData("Taliban Fighters Clash With Tajik Border Guards")]
    [InlineData("The weather in Dushanbe was warm and sunny.")]
    public void Questions_headlines_and_sentences_without_a_trigger_are_not_incidents(string text) =>
        Detect.All(text).ShouldBeEmpty();

    [Fact]
    public void A_meeting_has_an_initiator_and_a_counterpart()
    {
        var i = Detect.One("Russian Defence Minister Sergei Shoigu met Tajik President Emomali Rahmon in Dushanbe on Monday.", "2024-03-06");
        i.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        i.RoleOf("sergey-shoigu").ShouldBe(ActorRole.Initiator);
        i.RoleOf("emomali-rahmon").ShouldBe(ActorRole.Counterpart);
        i.Countries().ShouldBe(["RUS", "TJK"]);
    }

    [Fact]
    public void A_statement_has_its_speaker()
    {
        var i = Detect.One("Tajik President Emomali Rahmon warned that ISIS-K fighters are massing in northern Afghanistan.");
        i.Type.ShouldBe(IncidentType.Statement);
        i.RoleOf("emomali-rahmon").ShouldBe(ActorRole.Speaker);
        i.Actors.ShouldContain(a => a.Key == "ISIS-K");
        i.Attribution.ShouldBe("Emomali Rahmon");
    }

    [Fact]
    public void An_armed_group_acting_is_the_initiator_and_brings_its_state()
    {
        var i = Detect.One("Taliban fighters attacked a Tajik border post near Ishkashim.");
        i.Type.ShouldBe(IncidentType.ArmedClash);
        i.RoleOf("Taliban").ShouldBe(ActorRole.Initiator);
        i.Countries().ShouldBe(["AFG", "TJK"]);
    }

    [Fact]
    public void The_source_of_a_report_is_not_an_actor_of_the_event()
    {
        var i = Detect.One("Militants fired rockets into Termez from Afghan territory, the Tajik border service said.");
        i.Actors.ShouldNotContain(a => a.Key == "TJK");
        i.Countries().ShouldBe(["AFG", "UZB"]);
    }

    // ---- coordination: one event, one incident ----

    [Theory]
    [InlineData("The Tajik government deployed troops and armoured vehicles to the border with Afghanistan.", "deployment")]
    [InlineData("Uzbekistan sent tanks, artillery and helicopters to Termez.", "deployment")]
    [InlineData("Emomali Rahmon met Shavkat Mirziyoyev in Dushanbe and discussed security along their borders.", "diplomatic-meeting")]
    [InlineData("The two ministers spoke by phone and discussed the situation on the Afghan border.", "diplomatic-meeting")]
    [InlineData("Kyrgyz and Tajik officials met in Batken and agreed to discuss the disputed sections later.", "diplomatic-meeting")]
    public void Coordinated_objects_and_verbs_of_one_event_are_one_incident(string text, string type) =>
        Detect.One(text, "2024-03-06").Type.ToCode().ShouldBe(type);

    [Fact]
    public void Coordinated_verbs_of_two_events_are_two_incidents()
    {
        const string text = "A group of militants crossed the Panj River and attacked a Tajik border post.";
        var found = Detect.All(text);
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement, IncidentType.ArmedClash]);
    }

    // ---- "said" does not change what happened ----

    [Fact]
    public void An_event_reported_by_a_speaker_keeps_its_type()
    {
        var i = Detect.One("Militants fired rockets into Termez from Afghan territory, the border service said.", "2024-03-06");
        i.Type.ShouldBe(IncidentType.ArmedClash);
        i.Status.ShouldBe(IncidentStatus.Reported);
        i.Attribution.ShouldBe("the border service");
        i.BorderCode.ShouldBe("AFG-UZB");
    }

    [Fact]
    public void A_possible_deployment_in_unconfirmed_reports_is_found()
    {
        var i = Detect.One("Unconfirmed reports suggest Russia may send additional helicopters to its base in Tajikistan next month.", "2024-03-06");
        i.Type.ShouldBe(IncidentType.Deployment);
        i.Status.ShouldBe(IncidentStatus.Unconfirmed);
        i.Date.ShouldBe(PartialDate.OfMonth(2024, 4));
        i.Countries().ShouldBe(["RUS", "TJK"]);
    }

    // ---- countries ----

    [Fact]
    public void A_crossing_carries_both_sides()
    {
        var i = Detect.One("Militants crossed the Panj river into Tajikistan.");
        i.Type.ShouldBe(IncidentType.CrossBorderMovement);
        i.BorderCode.ShouldBe("AFG-TJK");
        i.Countries().ShouldBe(["AFG", "TJK"]);
    }

    [Fact]
    public void A_crossing_from_a_named_origin_carries_it()
    {
        var i = Detect.One("Some 40 armed men entered Uzbekistan from Afghanistan on Friday.", "2024-03-06");
        i.Type.ShouldBe(IncidentType.CrossBorderMovement);
        i.Countries().ShouldBe(["AFG", "UZB"]);
    }

    [Fact]
    public void Fighting_smugglers_is_a_clash_not_a_crossing()
    {
        var i = Detect.One("Tajik border guards clashed with smugglers near the Panj river, killing two.");
        i.Type.ShouldBe(IncidentType.ArmedClash);
        // A clash on the line involves both its sides (the gold conventions: smugglers come from across it).
        i.Countries().ShouldBe(["AFG", "TJK"]);
    }

    [Fact]
    public void A_state_naming_only_the_far_side_of_a_border_is_not_a_party_to_a_deployment()
    {
        var i = Detect.One("Russia has stationed 2,000 additional troops in Tajikistan along its border with Afghanistan.");
        i.Type.ShouldBe(IncidentType.Deployment);
        i.Countries().ShouldBe(["RUS", "TJK"]);
        i.BorderCode.ShouldBe("AFG-TJK");
    }

    // ---- meetings, reactions, appositions ----

    [Fact]
    public void A_call_in_the_opening_phrase_is_a_meeting_beside_the_agreement_that_follows()
    {
        const string text = "In a phone call on Tuesday, Uzbek President Shavkat Mirziyoyev and Russian President Vladimir Putin agreed to extend military cooperation until 2030.";
        var found = Detect.All(text, "2023-10-12");
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting, IncidentType.Agreement]);
        found[0].Date.ShouldBe(PartialDate.OfDay(2023, 10, 10));
        found.ShouldAllBe(i => i.Countries().SequenceEqual(new[] { "RUS", "UZB" }));
    }

    [Theory]
    [InlineData("The Taliban-run government in Kabul called the exercises a provocation.", "The Taliban-run government in Kabul")]
    [InlineData("Colonel General Alexander Lapin told reporters the drills would rehearse the defeat of armed groups crossing from Afghanistan.", "Alexander Lapin")]
    public void Speaking_about_an_event_named_before_is_a_statement(string text, string attribution)
    {
        var i = Detect.One(text, "2023-10-12");
        i.Type.ShouldBe(IncidentType.Statement);
        i.Attribution.ShouldBe(attribution);
    }

    [Fact]
    public void A_speaker_in_apposition_is_found_past_the_commas()
    {
        var i = Detect.One("Tajikistan's defence minister, Sherali Mirzo, said the situation in northern Afghanistan remained tense but under control.", "2023-10-12");
        i.Type.ShouldBe(IncidentType.Statement);
        i.Attribution.ShouldBe("Sherali Mirzo");
        i.RoleOf("sherali-mirzo").ShouldBe(ActorRole.Speaker);
    }
}
