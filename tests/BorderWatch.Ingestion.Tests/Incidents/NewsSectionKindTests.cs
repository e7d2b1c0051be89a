using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Sections and clauses that report nothing that happened (news19): what a report recommends and how it was made (the
/// sentences under a "Recommendations" or "Methodology" heading), recommendations in the writers' own voice ("Donors
/// should ..."), courtesy acts (thanks, gratitude, greetings). Texts of their own, in no corpus.
/// </summary>
public class NewsSectionKindTests
{
    private const string Published = "2026-10-20";

    private const string Report =
        "RIVERSIDE MONITORING GROUP\n\n" +
        "Findings\n\n" +
        "On 4 October 2026 Uzbek border guards detained nine Afghans who had swum across the Amu Darya near Termez, traders told our staff.\n\n" +
        "On 11 October 2026 Tajik border troops exchanged fire with armed smugglers on the Panj near Farkhor, the State Committee said.\n\n" +
        "Policy recommendations\n\n" +
        "- Governments ought to let lawyers visit people held for crossing the river.\n\n" +
        "- Border services should publish how many people they detain at the river each month.\n\n" +
        "Annex: Methodology\n\n" +
        "Field visits were carried out by two teams of local researchers in September.\n\n" +
        "Acknowledgements\n\n" +
        "We are grateful to the patrol boat crews who answered our questions.\n";

    [Fact]
    public void Recommendations_and_method_sections_hold_no_incident()
    {
        var found = Detect.All(Report, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement, IncidentType.ArmedClash], Detect.Describe(Report, found));
        Report[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldContain("swum across the Amu Darya");
    }

    [Fact]
    public void A_headline_that_mentions_recommendations_opens_no_such_section()
    {
        const string text = "Panel issues recommendations on river crossings\n\n" +
                            "Kyrgyz border guards detained two Tajik herders who had driven their flock across the line near Ak-Sai on Sunday, the Border Service said.";
        Detect.All(text, Published).Select(i => i.Type).ShouldContain(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void A_news_section_after_the_recommendations_reports_again()
    {
        const string text = "Recommendations\n\n" +
                            "- States should keep the crossings at the river open to returnees.\n\n" +
                            "Latest events\n\n" +
                            "On 9 October 2026 Tajik border troops exchanged fire with armed smugglers on the Panj near Shamsiddin Shohin, the State Committee said.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.ArmedClash], Detect.Describe(text, found));
    }

    [Fact]
    public void Thanks_and_gratitude_are_no_statements()
    {
        const string text = "On Monday the Kazakh and Kyrgyz border commanders met at the Karkara post to discuss grazing on the line. " +
                            "The Kyrgyz commander expressed his gratitude to the Kazakh officers for a well-run exchange of detainees. " +
                            "The Border Service thanks drivers for their patience and asks them to follow the signs at Karkara.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting], Detect.Describe(text, found));
    }

    [Fact]
    public void A_report_that_also_thanks_stays_a_statement()
    {
        const string text = "The Tajik minister said that armed groups on the Afghan bank remained the main danger to the Pamir frontier, and thanked Beijing for its support.";
        Detect.All(text, Published).Select(i => i.Type).ShouldContain(IncidentType.Statement);
    }

    [Fact]
    public void A_recommendation_in_the_writers_voice_is_no_incident()
    {
        const string text = "Uzbek border guards detained four Afghan men who had crossed the Amu Darya by boat near Termez on Saturday, the State Security Service said. " +
                            "Neighbouring states must stop sending people who cross without papers back to danger. " +
                            "Aid agencies should be allowed to visit the detention centres along the river.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement], Detect.Describe(text, found));
    }

    [Fact]
    public void A_demand_someone_is_reported_to_make_stays_their_statement()
    {
        const string text = "Kyrgyzstan must pull its guards back from the disputed pasture near Kok-Tash at once, the Tajik Foreign Ministry said on Thursday.";
        Detect.All(text, Published).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_habit_in_the_present_simple_is_no_incident()
    {
        const string text = "Kazakh border guards detained three Uzbek men who had crossed the line near Saryagash on Tuesday, the Border Service said. " +
                            "Joint briefings for the two services are held every Monday in Saryagash, and district officials regularly meet at the post.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement], Detect.Describe(text, found));
    }

    [Fact]
    public void A_frequency_with_another_auxiliary_is_no_present_habit()
    {
        const string text = "From January the Kyrgyz and Kazakh border services will patrol the Karkara valley together every week, the two services said on Tuesday.";
        Detect.All(text, Published).Select(i => i.Type).ShouldContain(IncidentType.PatrolSurveillance);
    }
}
