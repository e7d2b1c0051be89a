using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Which type wins when a sentence holds triggers of several types; sentences written for these tests.</summary>
public class TriggerPrecedenceTests
{
    [Theory]
    // Fighting during a crossing attempt is an armed clash, whichever comes first in the clause.
    [InlineData("Uzbek guards opened fire on smugglers trying to cross the Surkhan river near Sherabad, the border service said.")]
    [InlineData("Gunmen attempting to cross the Panj fired at a Tajik patrol on Thursday.")]
    [InlineData("Turkmen guards exchanged fire with a gang that had tried to cross the frontier near Tagtabazar.")]
    public void Fighting_during_a_crossing_attempt_is_an_armed_clash(string text) =>
        Detect.One(text).Type.ShouldBe(IncidentType.ArmedClash);

    [Fact]
    public void A_fight_in_a_relative_clause_describes_the_people_crossing() =>
        Detect.One("Afghan soldiers who had fought the Taliban for weeks fled across the river into Uzbekistan.").Type
            .ShouldBe(IncidentType.CrossBorderMovement);

    [Fact]
    public void Fleeing_the_fighting_is_still_a_crossing() =>
        Detect.One("Hundreds of villagers fleeing the fighting crossed into Tajikistan on Monday.").Type.ShouldBe(IncidentType.CrossBorderMovement);

    [Theory]
    [InlineData("Kyrgyzstan has reinforced the protection of its border with Tajikistan in Batken, officials said.", IncidentType.PatrolSurveillance)]
    [InlineData("Kyrgyzstan has reinforced its garrison in Batken, officials said.", IncidentType.Deployment)]
    public void A_longer_trigger_wins_over_a_shorter_one_inside_it(string text, IncidentType type) =>
        Detect.One(text).Type.ShouldBe(type);

    [Fact]
    public void What_a_party_refuses_to_allow_is_no_event()
    {
        var incident = Detect.One("Dushanbe will not allow militants to use its territory for attacks on its neighbours, the foreign minister said.");
        incident.Type.ShouldBe(IncidentType.Statement);
    }

    [Fact]
    public void An_armed_group_returning_to_power_takes_territory_but_a_president_coming_to_power_does_not()
    {
        Detect.One("The Taliban returned to power in Kabul in August 2021 after the government collapsed.").Type.ShouldBe(IncidentType.TerritorialControl);
        Detect.All("President Sadyr Japarov came to power in Bishkek in 2020.").ShouldBeEmpty();
    }

    [Fact]
    public void A_capture_verb_with_a_named_place_is_a_takeover()
    {
        var incident = Detect.One("Taliban fighters seized Taloqan in 2021.");
        incident.Type.ShouldBe(IncidentType.TerritorialControl);
        incident.Date.ShouldBe(PartialDate.OfYear(2021));
    }

    [Fact]
    public void A_clause_that_goes_on_with_a_denied_claim_is_denied_too()
    {
        const string text = "Tashkent denied reports that Afghan fighters crossed the Amu Darya and attacked an Uzbek border post on Saturday.";
        Detect.Quoting(text, "attacked").Status.ShouldBe(IncidentStatus.Denied);
    }
}
