using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Which date an incident without a date of its own gets; texts written for these tests.</summary>
public class FollowUpDateTests
{
    // Friday 30 April 2021.
    private const string Published = "2021-04-30";

    [Fact]
    public void A_follow_up_of_the_same_kind_takes_the_date_of_the_incident_before()
    {
        const string text = "Kyrgyz and Tajik guards exchanged fire near Vorukh on Tuesday, officials said.\n\nAccording to the officials, Tajik troops then shelled a Kyrgyz post.";
        Detect.Quoting(text, "shelled", Published).Date.ShouldBe(PartialDate.OfDay(2021, 4, 27));
    }

    [Fact]
    public void A_casualty_sentence_is_part_of_its_clash()
    {
        // One incident per event (issue 8): the casualties elaborate the clash, they are not a second incident.
        const string text = "Tajik guards exchanged fire with smugglers on the Panj on Wednesday.\n\nTwo of the smugglers were killed in the clash, the committee said.";
        Detect.One(text, Published).Date.ShouldBe(PartialDate.OfDay(2021, 4, 28));
    }

    [Fact]
    // (Told in the present perfect, it is dated to the writing day since dates19's WritingDay, not to Tuesday.)
    public void An_incident_of_another_kind_keeps_the_document_month()
    {
        const string text = "Kyrgyz and Tajik guards exchanged fire near Vorukh on Tuesday, officials said.\n\nKyrgyzstan has deployed more troops to Batken.";
        Detect.Quoting(text, "deployed", Published).Date.ShouldBe(PartialDate.OfDay(2021, 4, 30));
    }

    [Fact]
    public void A_date_in_a_relative_clause_about_a_place_does_not_date_the_event()
    {
        var incident = Detect.One("Uzbek guards have stepped up patrols along the Amu Darya, where the water fell sharply last summer.", "2023-03-15");
        incident.Type.ShouldBe(IncidentType.PatrolSurveillance);
        incident.Date.ShouldBe(PartialDate.OfDay(2023, 3, 15)); // the writing day: told in the present perfect
    }

    [Fact]
    public void A_month_in_a_new_paragraph_is_read_against_the_publication_day_not_an_earlier_paragraph_year()
    {
        const string text = "Tajik guards clashed with smugglers in the summer of 2021, a researcher said.\n\nIn March, Tajik troops were deployed to Khorog.";
        Detect.Quoting(text, "In March", "2023-05-02").Date.ShouldBe(PartialDate.OfMonth(2023, 3));
    }

    [Fact]
    public void A_month_in_the_same_paragraph_still_takes_the_year_just_named()
    {
        const string text = "Tajik guards clashed with smugglers in February 2021. In March, Tajik troops were deployed to Khorog.";
        Detect.Quoting(text, "In March", "2023-05-02").Date.ShouldBe(PartialDate.OfMonth(2021, 3));
    }
}
