using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Stage 7: status cues and who asserts the incident.</summary>
public class StatusAndAttributionTests
{
    // ---- attribution is the whole speaker noun phrase ----

    [Theory]
    [InlineData("Two smugglers were killed near the Panj river, according to the State Committee for National Security.", "the State Committee for National Security")]
    [InlineData("According to Uzbek officials, five Afghan soldiers crossed the Amu Darya on Monday.", "Uzbek officials")]
    [InlineData("Five Afghan soldiers crossed the Amu Darya on Monday, according to Uzbekistan's Defence Ministry.", "Uzbekistan's Defence Ministry")]
    [InlineData("Tajikistan’s State Committee for National Security said 12 militants were detained near the border.", "Tajikistan’s State Committee for National Security")]
    [InlineData("In Hairatan, Uzbek officials said the bridge had been closed to traffic after a clash.", "Uzbek officials")]
    [InlineData("Hairatan Uzbek officials said a clash had taken place at the crossing.", "Uzbek officials")]
    [InlineData("In Badakhshan, a local police chief said Taliban fighters attacked a checkpoint.", "a local police chief")]
    [InlineData("Taliban fighters attacked a checkpoint in Badakhshan, a local police chief said.", "a local police chief")]
    [InlineData("Militants attacked a post near Ishkashim, said the head of the Tajik border guards.", "the head of the Tajik border guards")]
    [InlineData("Reuters reported that Taliban fighters took control of the Sherkhan Bandar crossing.", "Reuters")]
    [InlineData("Taliban fighters took control of the Sherkhan Bandar crossing, as reported by Asia-Plus.", "Asia-Plus")]
    [InlineData("Sergei Lavrov said Russia would defend Tajikistan against any attack from Afghanistan.", "Sergey Lavrov")]
    public void Attribution_is_the_speaker_noun_phrase(string text, string attribution) =>
        Detect.One(text, "2024-03-06").Attribution.ShouldBe(attribution);

    [Fact]
    public void An_anonymous_source_who_told_a_media_outlet_is_unconfirmed()
    {
        var i = Detect.One("Taliban fighters crossed the river near Kerki, an anonymous border guard told RFE/RL.", "2024-03-06");
        i.Type.ShouldBe(IncidentType.CrossBorderMovement);
        i.Status.ShouldBe(IncidentStatus.Unconfirmed);
        i.Attribution.ShouldBe("an anonymous border guard");
    }

    [Fact]
    public void A_place_is_never_the_attribution()
    {
        var i = Detect.One("Fighting continued in Badakhshan on Monday, local residents said.", "2024-03-06");
        i.Attribution.ShouldBe("local residents");
    }

    // ---- status cues ----

    [Theory]
    [InlineData("The Turkmen Foreign Ministry denied the claims.", "denied")]
    [InlineData("Dushanbe dismissed the reports as false.", "denied")]
    [InlineData("Local residents said 12 militants crossed the Panj river into Tajikistan, a claim that could not be verified.", "unconfirmed")]
    [InlineData("Unconfirmed reports said Taliban fighters had taken control of the Shir Khan Bandar crossing.", "unconfirmed")]
    [InlineData("Taliban fighters may have crossed into Tajikistan near Darvaz, an official said.", "unconfirmed")]
    [InlineData("Taliban fighters reportedly seized two border posts in Badakhshan.", "unconfirmed")]
    [InlineData("Uzbekistan plans to deploy additional troops to Termez.", "planned")]
    [InlineData("Uzbekistan will deploy additional troops to Termez.", "planned")]
    [InlineData("Joint exercises are scheduled to take place in Khatlon Province.", "planned")]
    [InlineData("Russia intends to hand over six helicopters to Tajikistan.", "planned")]
    [InlineData("Tajik border guards detained five smugglers near Panj, the agency said.", "reported")]
    public void Status_from_cues(string text, string status) =>
        Detect.One(text, "2024-03-06").Status.ToCode().ShouldBe(status);

    [Theory]
    [InlineData("The Turkmen Foreign Ministry denied that Taliban fighters had crossed into Turkmenistan.", "cross-border-movement", "The Turkmen Foreign Ministry")]
    [InlineData("Dushanbe rejected reports that Russian troops had been deployed to Badakhshan.", "deployment", "Dushanbe")]
    [InlineData("Afghanistan's Taliban-run defence ministry denied reports that its fighters had fired on Tajik posts near Khwahan.", "armed-clash", "Afghanistan's Taliban-run defence ministry")]
    [InlineData("Moscow has denied that it plans to send more troops to its base in Tajikistan.", "deployment", "Moscow")]
    public void A_denial_and_the_claim_it_rejects_are_two_records_both_denied(string text, string claimType, string attribution)
    {
        var found = Detect.All(text, "2024-03-06");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.Statement);
        found[0].Attribution.ShouldBe(attribution);
        found[1].Type.ToCode().ShouldBe(claimType);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Denied);
        text[found[1].ExcerptStart..found[1].ExcerptEnd].ShouldNotContain("denied");
    }

    [Fact]
    public void Denying_the_reports_denies_the_claims_of_the_sentence_before()
    {
        const string text = "Unconfirmed reports said ISK militants had crossed the Pyanj into the Darvoz district. Tajik officials denied the reports.";
        var found = Detect.All(text, "2024-03-06");
        found.Select(i => (i.Type, i.Status)).ShouldBe([
            (IncidentType.CrossBorderMovement, IncidentStatus.Denied), (IncidentType.Statement, IncidentStatus.Denied)]);
    }

    [Theory]
    [InlineData("Turkmenistan has moved troops to its frontier with Afghanistan, sources in Ashgabat said.", "sources in Ashgabat")]
    [InlineData("Uzbek troops were moved to Termez, according to a source in the Defence Ministry.", "a source in the Defence Ministry")]
    public void Unnamed_sources_make_a_report_unconfirmed(string text, string attribution)
    {
        var i = Detect.One(text, "2024-03-06");
        i.Status.ShouldBe(IncidentStatus.Unconfirmed);
        i.Attribution.ShouldBe(attribution);
    }

    [Fact]
    public void A_trailing_source_covers_every_clause_before_it()
    {
        const string text = "Turkmenistan has moved troops, tanks and artillery to its frontier with Afghanistan after Taliban fighters captured the Torghundi border crossing, sources in Ashgabat said.";
        var found = Detect.All(text, "2021-07-20");
        found.Select(i => i.Type).ShouldBe([IncidentType.Deployment, IncidentType.TerritorialControl]);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Unconfirmed && i.Attribution == "sources in Ashgabat");
        // A capture on the hub's own side by its own fighters is the hub's alone (SCHEMA: acting or directly affected).
        found[1].Countries().ShouldBe(["AFG"]);
    }

    [Fact]
    public void A_bare_attribution_after_a_plan_is_no_statement_of_its_own()
    {
        var i = Detect.One("Talks between the two governments on the disputed sections will resume in Isfara next month, officials in Bishkek said.", "2019-09-20");
        i.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        i.Status.ShouldBe(IncidentStatus.Planned);
        i.Attribution.ShouldBe("officials in Bishkek");
    }

    [Fact]
    public void A_definite_reference_in_the_paragraph_after_is_part_of_the_event()
    {
        // One incident per event (issue 8, rule 4): "the shoot-out" is the clash of the paragraph before.
        const string text = "Tajik border guards clashed with smugglers on the Pyanj River on Monday.\n\nA passing driver filmed the shoot-out, according to the committee.";
        var found = Detect.All(text, "2024-03-06");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmedClash);
        // A clash on the line involves both its sides.
        found[0].Countries().ShouldBe(["AFG", "TJK"]);
    }

    [Fact]
    public void A_statement_is_on_the_record_whatever_it_predicts()
    {
        var i = Detect.One("Tajik President Emomali Rahmon warned that militants will try to cross the border.");
        i.Type.ShouldBe(IncidentType.Statement);
        i.Status.ShouldBe(IncidentStatus.Reported);
    }
}
