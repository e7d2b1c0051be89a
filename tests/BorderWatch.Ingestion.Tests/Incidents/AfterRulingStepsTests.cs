namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// review24: a clause told after a court's ruling in the same sentence goes through the steps every clause goes through
/// (retyping, declarations, the habit filter, the report's own acts). Texts of their own, in no corpus.
/// </summary>
public class AfterRulingStepsTests
{
    private const string Ruling = "A district court in Khorog jailed a courier for three years for carrying opium over the Panj, and ";

    [Fact]
    public void A_habit_told_after_a_ruling_is_no_incident()
    {
        var text = Ruling + "Tajik guards usually stop such couriers at the Ishkashim bridge.";
        var found = Detect.All(text, "2029-03-14");
        Detect.Quoting(text, found, "usually stop").ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_silence_told_after_a_ruling_is_no_incident()
    {
        // NonIncidents.Of: a party that "has said nothing" reports no event, whatever the words after it name.
        var text = Ruling + "Kabul has said nothing about the couriers who crossed the river.";
        var found = Detect.All(text, "2029-03-14");
        Detect.Quoting(text, found, "said nothing").ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void An_event_told_after_a_ruling_stays()
    {
        var text = Ruling + "Tajik guards detained two more couriers at the Ishkashim bridge on Sunday.";
        var found = Detect.All(text, "2029-03-14");
        Detect.Quoting(text, found, "detained two more").ShouldNotBeEmpty(Detect.Describe(text, found));
    }
}
