using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Stage 6 as the detector applies it: what date an incident gets when the text says little.</summary>
public class IncidentDateTests
{
    [Fact]
    public void This_week_against_a_publication_day_is_that_weeks_month()
    {
        var i = Detect.One("Tajik border guards clashed with smugglers in Badakhshan this week.", "2024-03-06");
        i.Date.ShouldBe(PartialDate.OfMonth(2024, 3));
        i.DateInferred.ShouldBeTrue();
    }

    [Fact]
    public void This_week_straddling_two_months_keeps_only_the_year() =>
        Detect.One("Tajik border guards clashed with smugglers in Badakhshan this week.", "2024-03-01").Date.ShouldBe(PartialDate.OfYear(2024));

    [Fact]
    public void A_plan_for_next_month_gets_that_month()
    {
        var i = Detect.One("Uzbekistan will hold joint exercises with Russia near Termez next month.", "2024-03-06");
        i.Status.ShouldBe(IncidentStatus.Planned);
        i.Date.ShouldBe(PartialDate.OfMonth(2024, 4));
    }

    [Fact]
    public void A_plan_for_the_autumn_gets_the_year_of_that_autumn()
    {
        var i = Detect.One("Uzbekistan will hold joint exercises with Russia near Termez in the autumn.", "2024-03-06");
        i.Status.ShouldBe(IncidentStatus.Planned);
        i.Date.ShouldBe(PartialDate.OfYear(2024));
    }

    [Fact]
    public void A_plan_for_the_autumn_written_in_the_winter_is_next_year() =>
        Detect.One("Uzbekistan will hold joint exercises with Russia near Termez in the autumn.", "2024-12-10").Date.ShouldBe(PartialDate.OfYear(2025));

    [Fact]
    public void A_plan_without_a_date_is_unknown_not_the_announcement_day()
    {
        var i = Detect.One("Uzbekistan will hold joint exercises with Russia near Termez.", "2024-03-06");
        i.Status.ShouldBe(IncidentStatus.Planned);
        i.Date.ShouldBe(PartialDate.Unknown);
    }

    [Theory]
    [InlineData("Tajik border guards detained five smugglers near Panj.")]
    public void An_undated_sentence_gets_the_publication_month_not_its_day(string text)
    {
        var i = Detect.One(text, "2024-03-06");
        i.Date.ShouldBe(PartialDate.OfMonth(2024, 3));
        i.DateInferred.ShouldBeTrue();
    }

    [Fact]
    public void An_undated_state_in_the_present_gets_the_publication_day()
    {
        var i = Detect.One("Turkmen troops are stationed along the Afghan border.", "2024-03-06");
        i.Date.ShouldBe(PartialDate.OfDay(2024, 3, 6));
        i.DateInferred.ShouldBeTrue();
    }

    [Fact]
    public void An_undated_sentence_against_a_publication_month_gets_that_month() =>
        Detect.One("Turkmen troops are stationed along the Afghan border.", "2024-03").Date.ShouldBe(PartialDate.OfMonth(2024, 3));

    [Fact]
    public void Yesterday_against_a_publication_day_keeps_the_day() =>
        Detect.One("Militants attacked a Tajik border post yesterday.", "2024-03-06").Date.ShouldBe(PartialDate.OfDay(2024, 3, 5));

    [Fact]
    public void A_plan_before_the_end_of_the_year_gets_that_year()
    {
        var i = Detect.One("Tashkent will deliver ten patrol boats to the Afghan side before the end of the year, the ministry said.", "2025-05-14");
        i.Status.ShouldBe(IncidentStatus.Planned);
        i.Date.ShouldBe(PartialDate.OfYear(2025));
    }

    [Fact]
    public void The_day_before_counts_back_from_the_day_its_own_sentence_names() =>
        Detect.One("On 3 May 2025, back at the hotel, we read that Tajik and Kyrgyz officials had met in Isfara the day before to discuss the border.", "2025-05-14")
            .Date.ShouldBe(PartialDate.OfDay(2025, 5, 2));

    [Fact]
    public void What_an_agreement_allows_later_does_not_date_the_agreeing() =>
        Detect.Quoting("Kyrgyz and Tajik commanders met in Batken on 20 May 2025. They agreed that farmers from both villages could use the canal between 1 June and 30 August.",
            "agreed that", "2025-06-10").Date.ShouldBe(PartialDate.OfDay(2025, 5, 20));

    [Fact]
    public void A_note_under_which_a_gate_opens_later_is_dated_by_its_signing() =>
        Detect.Quoting("Uzbek and Afghan officials met at the bridge on 20 May 2025 and signed a note under which the gate will stay open at night from 1 July.",
            "signed a note", "2025-06-10").Date.ShouldBe(PartialDate.OfDay(2025, 5, 20));
}
