using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Status from who speaks and who answers: anonymous sources, denials that answer an earlier claim.</summary>
public class RebuttalAndAnonymityTests
{
    // ---- a source that withholds its name (status.json speaksAnonymously, a typed flag) ----

    [Fact]
    public void An_accusation_by_a_source_who_withholds_his_name_is_unconfirmed()
    {
        var i = Detect.One("A Kazakh customs officer, who asked not to be named, accused Kyrgyz traders of bribing inspectors at the Ak-Zhol crossing.", "2025-04-02");
        i.Type.ShouldBe(IncidentType.Statement);
        i.Status.ShouldBe(IncidentStatus.Unconfirmed);
    }

    [Fact]
    public void An_announced_plan_told_anonymously_stays_planned()
    {
        var i = Detect.One("Joint Kazakh-Kyrgyz patrols of the Chu valley will start in March, an official in Bishkek said on condition of anonymity.", "2025-01-10");
        i.Status.ShouldBe(IncidentStatus.Planned);
    }

    [Fact]
    public void An_unidentified_attacker_is_no_unidentified_source()
    {
        var i = Detect.One("Unidentified gunmen fired on a Tajik border post near Shurobod on Friday, the Tajik border troops said.", "2025-06-09");
        i.Type.ShouldBe(IncidentType.ArmedClash);
        i.Status.ShouldBe(IncidentStatus.Reported);
    }

    // ---- denials that answer what another source said just before ----

    [Fact]
    public void A_rejected_version_denies_the_event_told_before()
    {
        var text = "Kyrgyz border guards fired on Tajik farmers near Vorukh on Monday, Tajik officials said. Bishkek rejected the Tajik version.";
        Detect.Quoting(text, "fired on Tajik farmers", "2025-05-14").Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_rejected_account_denies_the_accusation_told_before()
    {
        var text = "The Uzbek border service accused Kyrgyz guards of shooting at shepherds near Sokh. Kyrgyz officials dismissed that account as invented.";
        var accusation = Detect.Quoting(text, "accused Kyrgyz guards", "2025-05-14");
        accusation.Type.ShouldBe(IncidentType.Statement);
        accusation.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_report_that_an_event_did_not_happen_is_a_denial()
    {
        var i = Detect.One("The Tajik border troops said no militants had crossed the Panj river in August.", "2025-09-03");
        i.Type.ShouldBe(IncidentType.Statement);
        i.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_report_that_an_event_did_not_happen_denies_the_claim_of_another_source()
    {
        var text = "Afghan media reported that a group of militants crossed the Panj into Tajikistan near Shurobod on Sunday. " +
                   "The Tajik border troops said nobody had crossed the river.";
        var claim = Detect.Quoting(text, "a group of militants crossed", "2025-09-03");
        claim.Type.ShouldBe(IncidentType.CrossBorderMovement);
        claim.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_source_does_not_deny_its_own_claim()
    {
        var text = "Kyrgyz border guards fired on smugglers near Kara-Suu on Monday, the Kyrgyz Border Service said. " +
                   "The Kyrgyz Border Service said none of its guards had crossed the canal.";
        Detect.Quoting(text, "fired on smugglers", "2025-09-03").Status.ShouldBe(IncidentStatus.Reported);
    }

    // ---- a coordinated predicate shares its subject ----

    [Fact]
    public void Two_statements_joined_by_and_with_one_subject_are_one_statement()
    {
        var text = "The Kazakh border service said the fence near Kordai was damaged, and accused Kyrgyz traders of cutting it.";
        var i = Detect.One(text, "2025-03-03");
        i.Type.ShouldBe(IncidentType.Statement);
        text[i.ExcerptStart..i.ExcerptEnd].ShouldBe(text);
        i.Attribution.ShouldBe("The Kazakh border service");
    }

    [Fact]
    public void An_accusation_after_a_reported_event_keeps_the_subject_as_its_source()
    {
        var text = "Uzbek officials said their guards had detained four smugglers near Sokh on Monday, and blamed Kyrgyz guards for letting them through.";
        Detect.Quoting(text, "blamed Kyrgyz guards", "2025-03-03").Attribution.ShouldBe("Uzbek officials");
    }

    // ---- an advisory's general warning is no incident ----

    [Fact]
    public void A_warning_of_what_is_likely_to_happen_is_no_incident() =>
        Detect.All("Armed smugglers are likely to attack travellers on the roads near the Kyrgyz-Tajik border after dark.", "2025-03-03").ShouldBeEmpty();
}
