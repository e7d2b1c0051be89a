using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// An "and" inside one phrase of a clause (two things agreed on, two acts alleged) is no boundary between two clauses:
/// what was agreed or alleged is part of the agreement or the accusation, not an incident of its own. Sentences written
/// for these tests.
/// </summary>
public class PhraseCoordinationTests
{
    [Fact]
    public void What_a_meeting_agreed_on_is_part_of_the_agreement_not_a_deployment()
    {
        const string text = "The next morning, the two district governors met at the Chorku bridge and agreed on a truce and the withdrawal of the extra units both armies had moved up overnight.";
        var found = Detect.All(text, "2026-05-04");
        // One record typed by the meeting: what it agreed in a coordinated predicate is its outcome (type23, the corpora's convention).
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting], Detect.Describe(text, found));
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldEndWith("moved up overnight.");
    }

    [Fact]
    public void Two_acts_of_one_accusation_are_one_statement()
    {
        const string text = "In a statement on Monday, Tajikistan's border troops accused Kyrgyz guards of starting the fire at a Tajik post near Vorukh and of moving mortars up to the line overnight.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("overnight.");
    }

    [Fact]
    public void A_ratified_treaty_on_border_and_customs_control_at_a_crossing_is_one_agreement()
    {
        const string text = "The Kazakh Senate on Tuesday ratified the treaty with Kyrgyzstan on joint border and customs control at the Karasu crossing, the Senate press office said.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Agreement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void A_second_clause_with_a_subject_of_its_own_stays_an_incident_of_its_own()
    {
        const string text = "Uzbek guards detained two Afghan smugglers near Termez on Monday, and Afghan troops shelled a village across the river.";
        var found = Detect.All(text, "2026-05-04");
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement, IncidentType.ArmedClash], Detect.Describe(text, found));
    }
}
