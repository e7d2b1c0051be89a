using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Accusations, demands and appeals are statements whatever event they name; the pieces of one sentence that tell one
/// event (a trailing source, a phrase after "and", what a meeting agreed to do) stay one incident.
/// </summary>
public class StatementActAndClauseJoinTests
{
    [Theory]
    [InlineData("The Kyrgyz border service accused Tajik gunmen of shelling a farm near Batken on Tuesday.")]
    [InlineData("The Tajik foreign ministry called on Kabul to stop smugglers crossing the river near Khorog.")]
    [InlineData("Turkmen officials urged the Afghan side to keep its fighters away from the frontier near Serhetabat.")]
    [InlineData("The Uzbek border service demanded that Kyrgyz guards stop firing at herders near Sokh.")]
    [InlineData("Kyrgyz deputies appealed to Dushanbe to stop the shelling of villages near Batken.")]
    [InlineData("The Tajik border service accuses Afghan smugglers of firing on its patrols near Khorog.")]
    [InlineData("Kyrgyz deputies signed a letter calling on Tashkent to halt the shelling near Sokh.")]
    public void An_accusation_a_demand_or_an_appeal_is_a_statement_not_the_event_it_names(string text)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void What_a_speaker_goes_on_to_accuse_in_the_same_breath_is_the_same_statement()
    {
        const string text = "The Uzbek border service said a shepherd was hurt near Sokh on Sunday, and accused Kyrgyz guards of beating him.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement);
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("beating him.");
    }

    [Fact]
    public void A_trailing_source_after_a_subordinate_clause_is_where_the_event_comes_from_not_a_statement()
    {
        const string text = "Afghan militants seized a border post in Badakhshan on Friday after its guards fled, a district official said.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.TerritorialControl);
        found.Attribution.ShouldBe("a district official");
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("official said.");
    }

    [Fact]
    public void A_trailing_source_that_warns_stays_a_statement_of_its_own()
    {
        const string text = "Afghan militants seized a border post in Badakhshan on Friday after its guards fled, and a district official warned of more attacks.";
        Detect.All(text, "2026-05-04").ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, Detect.All(text, "2026-05-04")));
    }

    [Fact]
    public void A_phrase_after_and_without_a_verb_belongs_to_the_clause_before()
    {
        const string text = "The Kazakh border service said on Friday that it had installed night cameras and a radar mast at the Saryagash railway crossing.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldNotBe(IncidentType.CrossBorderMovement);
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("railway crossing.");
    }

    [Fact]
    public void What_the_parties_of_a_meeting_agree_to_do_is_the_meetings_outcome()
    {
        const string text = "The two border chiefs met in Osh on Thursday and agreed to reopen the Dostuk crossing.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("Dostuk crossing.");
    }

    [Fact]
    public void A_protocol_signed_in_a_predicate_coordinated_with_the_meeting_is_the_meetings_outcome()
    {
        // One record typed by the meeting, the corpora's convention (type23; before, two records).
        const string text = "The two ministers met in Osh on Thursday and signed a protocol on the Dostuk crossing.";
        Detect.All(text, "2026-05-04").Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting]);
    }

    [Fact]
    public void A_denial_in_another_voice_after_an_accusation_is_a_statement_of_its_own()
    {
        const string text = "Uzbek officials accused Kyrgyz guards of opening fire on a shepherd near Sokh, which Bishkek has denied.";
        var found = Detect.All(text, "2026-05-04");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found.ShouldAllBe(i => i.Type == IncidentType.Statement);
        found.Select(i => i.Attribution).ShouldBe(["Uzbek officials", "Bishkek"]);
    }

    [Fact]
    public void A_gerund_subject_of_a_present_rule_is_how_things_stand_not_a_crossing()
    {
        const string text = "The Kazakh border service reminds residents that crossing the border outside a checkpoint is punishable by a fine.";
        Detect.All(text, "2026-05-04").ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void A_denial_of_the_versions_told_before_denies_them()
    {
        const string text = "Local media said Uzbek guards had crossed into Kyrgyz pasture near Sokh on Sunday. Tashkent dismissed these versions as invented.";
        var found = Detect.All(text, "2026-05-04");
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kyrgyz guards fired on a Tajik car near Vorukh on Sunday, local media said. The Tajik border troops called the reports untrue.")]
    [InlineData("Kyrgyz guards fired on a Tajik car near Vorukh on Sunday, local media said. Dushanbe said the reports were baseless.")]
    [InlineData("Kyrgyz guards fired on a Tajik car near Vorukh on Sunday, local media said. The Kyrgyz border service said the reports were groundless.")]
    [InlineData("Kyrgyz guards fired on a Tajik car near Vorukh on Sunday, local media said. Bishkek called the report a fabrication.")]
    public void Calling_a_report_untrue_or_baseless_denies_it(string text)
    {
        var found = Detect.All(text, "2026-05-04");
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
        found.ShouldContain(i => i.Type == IncidentType.Statement && i.Status == IncidentStatus.Denied, Detect.Describe(text, found));
    }
}
