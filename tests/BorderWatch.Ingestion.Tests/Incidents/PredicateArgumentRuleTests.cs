using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8's predicate-and-argument rules of December 2026, each on sentences written for these tests (in no corpus):
/// the agent of an event found where a greedy parser of news text puts it (animals and weather are no agents), verbs of
/// moving and giving typed by their theme (syntax.json <c>themeRules</c>), events whose agent or theme is negated
/// ("not a single soldier") as denials, warnings about an event as statements, and habits ("twice a day") as no incident.
/// </summary>
public class PredicateArgumentRuleTests
{
    private const string Published = "2025-06-02";

    private static void NoIncident(string text) =>
        Detect.All(text, Published).ShouldBeEmpty(Detect.Describe(text, Detect.All(text, Published)));

    // ---- animals and weather, on real parses ----

    [Theory]
    // The parser reads "crossed" as a clause on "collar"; the agent is the first noun phrase after the reporting verb.
    [InlineData("Rangers say a lynx wearing a radio collar crossed into Kazakhstan from Kyrgyzstan last week.")]
    // A plural subject with a place after it.
    [InlineData("Some thirty goats from a Tajik village broke through the fence and strayed onto Kyrgyz land on Monday.")]
    // A participle on its noun: the yaks do the crossing.
    [InlineData("A camera trap filmed three wild yaks crossing the pass into Afghanistan from Tajikistan.")]
    // A compound noun under a quantity ("a pair of snow leopards"), whose first sense is no animal ("leopard": a pelt).
    [InlineData("A pair of snow leopards crossed the border into China on Tuesday.")]
    // "A herd of": the collective's members.
    [InlineData("A herd of wild horses attacked a Kyrgyz border post's hay store near the Tajik border.")]
    public void An_animal_agent_makes_no_incident_on_real_parses(string text) => NoIncident(text);

    [Fact]
    public void Weather_is_no_agent() =>
        NoIncident("A violent storm crossed the Turkmen-Iranian border on Monday and flooded the Sarakhs crossing.");

    [Theory]
    // "with a herd of horses": company, not the agent.
    [InlineData("Smugglers with a herd of horses crossed the Syr Darya into Kazakhstan on Tuesday morning.", IncidentType.CrossBorderMovement)]
    [InlineData("Kyrgyz herders crossed into Tajik pastures near Vorukh with their sheep on Monday.", IncidentType.CrossBorderMovement)]
    public void People_with_animals_still_act(string text, IncidentType type) =>
        Detect.One(text, Published).Type.ShouldBe(type);

    [Fact]
    public void An_animal_that_only_sets_the_scene_leaves_the_act_of_the_people()
    {
        const string text = "Uzbek border guards shot and wounded a Kazakh shepherd on Friday after his goats wandered across the line near Saryagash.";
        Detect.One(text, Published).Type.ShouldBe(IncidentType.ArmedClash);
    }

    // ---- verbs of moving and giving, typed by their theme ----

    [Theory]
    [InlineData("Russia airlifted two companies of paratroopers and their armoured carriers to its base near Dushanbe on Friday.")]
    [InlineData("Turkmenistan moved artillery and tanks to its southern frontier last week.")]
    [InlineData("The Taliban sent two battalions of fighters to Badakhshan on Tuesday.")]
    public void Moving_troops_or_weapons_somewhere_is_a_deployment(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.Deployment);

    [Theory]
    // New WordNet roots of the convey class: fly (transport by aeroplane), base (station), and "pull back" from a place.
    [InlineData("India has flown a squadron of fighter jets to the Ayni airfield outside Dushanbe.")]
    [InlineData("About 2,000 Chinese soldiers are based in the Murghab district.")]
    [InlineData("Kazakhstan pulled three battalions back from the Kyrgyz border in April.")]
    // The build class with a military installation as its theme: "bases opened or enlarged".
    [InlineData("Tajikistan has built a new outpost with barracks for sixty guards near Ishkashim.")]
    [InlineData("The Kyrgyz border service opened a new post in the Alay valley in April.")]
    public void Stationing_withdrawing_and_building_posts_are_deployments(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.Deployment);

    [Theory]
    // A call (telephone.v.1), and an act whose purpose is to talk things over with someone.
    [InlineData("Mirziyoyev phoned the Kazakh president on Sunday to discuss water quotas on the Syr Darya.")]
    [InlineData("The Kazakh and Uzbek premiers travelled to Shymkent on Monday to discuss the border crossings.")]
    public void A_call_or_a_trip_to_discuss_is_a_meeting(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.DiplomaticMeeting);

    [Theory]
    // "telephones" as a noun (no party called), a post already named described in the passive.
    [InlineData("Guards found two satellite telephones and a sack of sugar in the boat near Termez.")]
    [InlineData("The outpost was built to guard the pass above Karamyk.")]
    public void A_phone_as_a_thing_or_a_post_described_is_no_event(string text) =>
        Detect.All(text, Published).ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting || i.Type == IncidentType.Deployment,
            Detect.Describe(text, Detect.All(text, Published)));

    [Fact]
    public void Inking_a_memorandum_is_an_agreement() =>
        // ink.v.1: "append one's signature to".
        Detect.One("Bishkek and Astana inked a memorandum on joint checks at the Korday crossing on Friday.", Published).Type.ShouldBe(IncidentType.Agreement);

    [Theory]
    [InlineData("Turkey gave the Uzbek army forty armoured vehicles in March.")]
    [InlineData("Kazakhstan shipped sixty armoured cars to Kyrgyzstan in March.")]
    public void Giving_weapons_or_vehicles_to_a_party_is_an_arms_transfer(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.ArmsTransfer);

    [Theory]
    // The theme is no unit and no weapon.
    [InlineData("Turkmenistan moved its embassy in Kabul to a new building last week.")]
    // Carrying weapons is no deployment, and "carrying" takes them nowhere.
    [InlineData("The men were carrying assault rifles and two bags of opium when they were caught near Farkhor.")]
    public void Moving_other_things_or_carrying_weapons_is_no_deployment(string text) =>
        Detect.All(text, Published).ShouldNotContain(i => i.Type == IncidentType.Deployment, Detect.Describe(text, Detect.All(text, Published)));

    // ---- negated agents and themes, warnings ----

    [Theory]
    [InlineData("Not a single Tajik soldier crossed the line this week, the committee said.")]
    [InlineData("There are no Russian troops stationed in the Rasht valley, the minister said.")]
    public void An_event_whose_agent_or_theme_is_negated_is_a_denial(string text)
    {
        var found = Detect.One(text, Published);
        found.Type.ShouldBe(IncidentType.Statement);
        found.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_warning_about_smuggling_is_a_statement() =>
        Detect.One("The colonel warned that gangs had begun to ferry migrants across the canal from Uzbekistan at night.", Published)
            .Type.ShouldBe(IncidentType.Statement);

    [Fact]
    public void A_report_of_an_event_stays_the_event() =>
        // The contrast to the warning: "said" does not change what happened.
        Detect.One("The Kyrgyz border service said Tajik soldiers shelled a school near Batken on Friday.", Published)
            .Type.ShouldBe(IncidentType.ArmedClash);

    // ---- habits ----

    [Theory]
    [InlineData("Kyrgyz guards patrol the ridge above Batken twice a day.")]
    [InlineData("Uzbek troops usually patrol the Amu Darya bank at night.")]
    [InlineData("Tajik guards check the lorries at the Fotekhobod post once a day.")]
    [InlineData("Turkmen helicopters fly over the Murghab valley twice a week to look for smugglers.")]
    [InlineData("Kazakh border guards inspect the fence near Saryagash twice a month.")]
    [InlineData("Uzbek patrols walk the canal bank once a week.")]
    [InlineData("Afghan traders cross the bridge at Hairatan once a month with their lorries.")]
    [InlineData("Kyrgyz guards inspect the trucks at Torugart three times a day.")]
    [InlineData("Tajik patrols search the islands of the Panj three times a week.")]
    [InlineData("Kazakh rangers patrol the Ile valley every day.")]
    [InlineData("Uzbek guards patrol the riverbank near Termez every night.")]
    [InlineData("Turkmen soldiers inspect the wire near Serhetabat every morning.")]
    [InlineData("Kyrgyz guards patrol the border road every evening.")]
    [InlineData("Tajik conscripts patrol the Vakhsh bank each day.")]
    [InlineData("Kyrgyz guards patrol the Chui river line each night.")]
    [InlineData("Kazakh guards inspect the rail yard at Dostyk each morning.")]
    [InlineData("Tajik guards routinely patrol the riverbank near Farkhor.")]
    public void A_habit_is_no_incident(string text) => NoIncident(text);

    [Theory]
    [InlineData("Kyrgyz and Kazakh guards now patrol the ridge together twice a week.")]
    [InlineData("Kyrgyz and Kazakh guards will patrol the ridge together twice a week from July.")]
    public void A_new_or_planned_arrangement_with_a_frequency_stays_an_incident(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.PatrolSurveillance);

    // ---- WordNet nouns added to the meeting and patrol classes ----

    [Theory]
    [InlineData("Kazakh and Uzbek envoys gathered in Shymkent on Monday for two days of consultations on the border.", IncidentType.DiplomaticMeeting)]
    [InlineData("Tajikistan put its southern border units on high alert on Monday.", IncidentType.PatrolSurveillance)]
    public void Consultations_and_alerts_type_their_sentences(string text, IncidentType type) =>
        Detect.One(text, Published).Type.ShouldBe(type);
}
