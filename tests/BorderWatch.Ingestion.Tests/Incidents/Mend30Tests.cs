using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The reviewer's findings on the merged lanes of the twelfth session (mend30), on sentences of our own in no corpus:
/// a news lead whose predicate is a state of people after a dated event is no description of a place; a brawl between
/// people with no force among them is no armed clash. Guards: sentences the reviewer feared that do not misfire.
/// </summary>
public class Mend30Tests
{
    private const string Published = "2026-11-20";

    [Theory]
    // The reviewer's lead, and two of our own: a state of people after an event with a day of its own is news.
    [InlineData("Two Kyrgyz border guards are dead after Tuesday's clash with Tajik troops near Kok-Tash.", IncidentType.ArmedClash)]
    [InlineData("Three Tajik soldiers are wounded after Monday's shootout with Afghan gunmen near Shurobod.", IncidentType.ArmedClash)]
    [InlineData("Four Uzbek herders are missing since the shooting on Sunday, 15 November, near the Sokh road.", IncidentType.ArmedClash)]
    public void A_state_of_people_after_a_dated_event_is_news_not_a_place(string text, IncidentType type)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == type, Detect.Describe(text, found));
    }

    [Fact]
    // A season is no day: a place closed "from November to April" is still described (a month keeps no description).
    public void A_place_closed_for_a_season_is_still_described()
    {
        const string text = "The Irkeshtam road, the main lorry link between Kyrgyzstan and China, is closed to freight from November to April.";
        var found = Detect.All(text, Published);
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Theory]
    // Not a misfire (a guard): no present copula description holds the fight.
    [InlineData("Vorukh is again the scene of fighting between Kyrgyz and Tajik guards.")]
    [InlineData("The Kok-Tash road was the scene of a gun battle between Kyrgyz and Tajik troops on Thursday.")]
    public void A_place_that_is_the_scene_of_fighting_stays_a_clash(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("A scuffle broke out between Kyrgyz and Uzbek traders in the Dostuk queue on Saturday.")]
    [InlineData("A brawl broke out among Tajik and Afghan truck drivers at the Panji Poyon bridge on Friday.")]
    public void A_brawl_with_no_force_in_it_is_no_armed_clash(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("A scuffle between Kyrgyz and Uzbek border guards broke out at the Dostuk post on Saturday.")]
    [InlineData("On Friday a fistfight between Tajik soldiers and Afghan fighters on the Panj island left two men hurt.")]
    public void A_brawl_between_forces_stays_an_armed_clash(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(text, found));
    }

    [Fact]
    // Not a misfire (a guard): soldiers who flee "to" a state after a taking are a crossing of their own.
    public void A_flight_to_a_state_after_a_taking_stays_a_crossing()
    {
        const string text = "Taliban fighters took Ishkashim on Sunday, and about 100 Afghan soldiers fled to Tajikistan.";
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, "fled").ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
        found.ShouldContain(i => i.Type == IncidentType.TerritorialControl, Detect.Describe(text, found));
    }

    [Fact]
    // Not a misfire (a guard): a heading with a present "reports on" and no finite verb is no statement.
    public void A_heading_that_reports_on_an_event_is_no_statement()
    {
        const string text = "Kyrgyz ministry reports on Dostuk shooting";
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    [Fact]
    // Not a misfire (a guard): a meeting told in the present with a day after the writing is planned, on that day.
    public void A_meeting_in_the_present_with_a_later_day_is_planned()
    {
        var found = Detect.One("The Kyrgyz-Tajik commission meets in Batken on 3 December.", "2026-11-19");
        found.Status.ShouldBe(IncidentStatus.Planned);
        found.Date.ToString().ShouldBe("2026-12-03");
    }
}
