using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras and field errors on unseen news (prec21): habits told through a report, what a place is ("one of the busiest
/// crossings"), a digest's table of contents and a publisher's note on itself, a fronted month whose subject opens with a
/// quantifier, a party's denial of its own side's acts with no claim within reach, and the day of a denial. Texts of their
/// own, in no corpus.
/// </summary>
public class NewsPrecisionTests
{
    private const string Published = "2026-11-19"; // a Thursday

    [Fact]
    public void A_habit_told_through_a_report_is_no_incident()
    {
        Detect.All("Kyrgyzstan's Border Service said its helicopters regularly fly over the Uzbek side of the gorge.", Published).ShouldBeEmpty();
        // The same report of one flight is one.
        Detect.One("Kyrgyzstan's Border Service said its helicopters flew over the Uzbek side of the gorge on Monday.", Published)
            .Type.ShouldBe(IncidentType.PatrolSurveillance);
    }

    [Fact]
    public void One_of_the_busiest_crossings_names_what_a_place_is()
    {
        const string text = "Termiz, some 60 km by road from Sherobod, is one of the busiest crossings for lorries between Uzbekistan and Afghanistan.";
        Detect.All(text, Published).ShouldBeEmpty();
        // An event at such a place is still one.
        Detect.One("Two Afghan smugglers were detained by Uzbek guards at one of the busiest crossings on the river on Monday.", Published)
            .Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void An_event_noun_said_of_it_tells_what_an_event_told_before_was()
    {
        const string text = "Kyrgyz and Uzbek border commanders met at the Dostuk post on Monday. It was a long and useful conversation, the Kyrgyz commander said.";
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldContain("met at the Dostuk post");
    }

    [Fact]
    public void A_predicate_crossing_with_the_season_it_is_open_is_no_incident()
    {
        const string text = "The pass is the only road crossing between Kyrgyzstan and China, and it is open to traffic only from April to November.";
        Detect.All(text, Published).ShouldBeEmpty();
    }

    [Fact]
    public void A_table_of_contents_and_a_note_on_the_publisher_hold_no_incident()
    {
        const string text = "IN THIS ISSUE: Tajik-Kyrgyz protocol ratified; all lorries checked at Dostuk; Uzbek exercise near Termez; the month ahead.\n\n" +
                            "In this episode: Chinese drills near the Pamirs and Uzbek patrols on the river.\n\n" +
                            "Inside this issue: a Kyrgyz deployment to Batken and a Kazakh exercise at Alakol.\n\n" +
                            "In this edition: Tajik guards detained at the canal, an Uzbek drill.\n\n" +
                            "In today's issue: Kazakh troops sent to the Uzbek border.\n\n" +
                            "About the project: The Amu Watch Project is an independent initiative that monitors patrols along the Uzbek-Afghan river.\n\n" +
                            "About us: River Watch tracks shootings and detentions on the Tajik-Afghan border.\n\n" +
                            "About the author: She has covered Kyrgyz-Tajik border clashes since 2014.\n\n" +
                            "On Monday Uzbek border guards detained three Afghan men who had swum across the Amu Darya near Termez, the State Security Service said.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement], Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("In the last days of March 2022 hundreds of Afghan soldiers fled over the border into Uzbekistan.", "2022-03")]
    [InlineData("During the first days of August 2020 some two hundred Afghan soldiers fled over the border into Uzbekistan.", "2020-08")]
    public void A_fronted_month_dates_the_subject_after_it(string text, string date) =>
        Detect.One(text, Published).Date.ToString().ShouldBe(date);

    [Fact]
    public void The_last_week_of_a_month_is_that_month_not_last_week() =>
        Detect.One("Kazakh and Kyrgyz units reinforced their posts along the Karkara road in the last week of January after a quarrel between herders.", "2026-02-10")
            .Date.ToString().ShouldBe("2026-01");

    [Fact]
    public void A_party_that_says_its_own_side_did_nothing_denies_it()
    {
        var troops = Detect.One("The Uzbek defence ministry said on Friday that no Uzbek troops had been moved to the Tajik border.", Published);
        troops.Status.ShouldBe(IncidentStatus.Denied);
        troops.Type.ShouldBe(IncidentType.Statement);
        // "no" read as a preposition by the tagger is still "no".
        Detect.One("A spokesman for Kyrgyzstan's Border Service said there had been no Chinese patrols on Kyrgyz territory.", Published)
            .Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_negated_report_about_no_act_of_its_own_side_stays_on_the_record()
    {
        Detect.One("The Kyrgyz Border Service said it had not been informed of the detentions.", Published).Status.ShouldBe(IncidentStatus.Reported);
        const string sections = "The Kazakh ministry told reporters that no disputed sections remained on the Kazakh-Kyrgyz border and warned that smugglers who used the new crossing would be punished.";
        Detect.All(sections, Published).ShouldAllBe(i => i.Status != IncidentStatus.Denied);
    }

    [Fact]
    public void A_denial_is_dated_when_it_is_made_not_by_the_day_it_denies()
    {
        // Written on Thursday 19 November; "on Monday" is inside what is denied.
        var briefing = Detect.One("Not a single shot was fired from the Kyrgyz side on Monday or on any other day this week, the ministry's spokeswoman told the briefing.", Published);
        briefing.Status.ShouldBe(IncidentStatus.Denied);
        briefing.Date.ToString().ShouldBe("2026-11-19");
        // A day of the saying dates it, also where the parser hangs it on what is said (before its "that").
        var vehicles = Detect.One("Tajikistan's Border Troops said on 2 March that no Tajik soldier had crossed into Kyrgyz territory near Vorukh.", "2026-03-05");
        vehicles.Status.ShouldBe(IncidentStatus.Denied);
        vehicles.Date.ToString().ShouldBe("2026-03-02");
        Detect.One("Tajikistan's interior ministry said on Tuesday that no shots had been fired by Tajik guards at the Kyrgyz herders on Monday.", Published)
            .Date.ToString().ShouldBe("2026-11-17");
    }
}
