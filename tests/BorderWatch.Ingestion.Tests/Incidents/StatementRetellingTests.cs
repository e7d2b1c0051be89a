using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8, precision (prec24): what a source says about the people of an event just told is that event told further
/// (<see cref="SameEvent.StatementAboutParticipants"/>); what people with no office say of how things stand is no incident
/// (<see cref="NonIncidents.PrivateWord"/>); a weather word the parser splits into adjective and noun ("a warm front") is no
/// agent (<see cref="Animacy"/>). Texts written for these tests, in no corpus.
/// </summary>
public class StatementRetellingTests
{
    private const string Return = "Four Kazakh shepherds who drifted into Uzbekistan with their camels near Chinaz on Thursday were handed back to the Kazakh side on Saturday, the Kazakh Border Service said.\n\n";

    [Fact]
    public void What_the_service_says_of_the_men_just_handed_back_is_the_crossing_told_further()
    {
        var text = Return + "The men, all from one family near Saryagash, had missed the frontier markers in a sandstorm, the service said in a statement.";
        var found = Detect.All(text, "2026-11-30");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void What_the_men_of_a_crossing_say_of_themselves_is_that_crossing_told_further()
    {
        var text = "Uzbek guards detained five men who had waded across the Syr Darya from Kazakhstan near Chinaz on Tuesday night, the State Security Service said. " +
                   "The men said they had hoped to find work on the cotton farms around Yangiyer.";
        var found = Detect.All(text, "2026-11-30");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void A_named_party_s_statement_after_the_event_stays_a_statement()
    {
        var text = Return + "The Uzbek foreign ministry said the men had been treated well and asked Astana to mark the line more clearly.";
        var found = Detect.All(text, "2026-11-30");
        found.Count(i => i.Type == IncidentType.Statement).ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void A_warm_front_crossing_the_border_is_no_incident()
    {
        var text = "Forecasters in Dushanbe said a warm front crossing from Afghanistan would bring rain to Kulob and Khorog on Friday.";
        var found = Detect.All(text, "2026-11-30");
        found.Where(i => i.Type == IncidentType.CrossBorderMovement).ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void What_private_people_say_of_how_things_stand_is_no_incident()
    {
        foreach (var text in new[]
                 {
                     "Shepherds near the Kazakh frontier at Zhibek Zholy say the grass on their side has been thin since August.",
                     "Lorry drivers at the Dostuk crossing say the wait has doubled since the autumn.",
                 })
        {
            var found = Detect.All(text, "2026-11-30");
            found.ShouldBeEmpty(Detect.Describe(text, found));
        }
    }

    [Fact]
    public void What_private_people_say_a_party_did_stays_a_record()
    {
        var text = "Shepherds near Zhibek Zholy say Uzbek soldiers have put up a second fence on the hill above the village since August.";
        Detect.All(text, "2026-11-30").ShouldNotBeEmpty();
    }
}
