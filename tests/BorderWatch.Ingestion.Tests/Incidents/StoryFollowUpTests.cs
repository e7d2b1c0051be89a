using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// An undated sentence in the simple past carries on the dated paragraph just before it (wire copy), unless that date is
/// background of another year; a start still to come ("from 15 December") dates no signing. Texts of their own.
/// </summary>
public class StoryFollowUpTests
{
    [Fact]
    public void A_sentence_after_the_dated_paragraph_takes_its_day()
    {
        // Friday 5 March 2027: Tuesday is the 2nd.
        const string text = "Uzbek and Kazakh customs officers held talks at the Gisht-Kuprik crossing on Tuesday, the customs committee said.\n\n" +
                            "A Kazakh patrol then stopped a van of smuggled fuel on the Uzbek border near Saryagash.";
        Detect.Quoting(text, "stopped a van", "2027-03-05").Date.ShouldBe(PartialDate.OfDay(2027, 3, 2));
    }

    [Fact]
    public void A_background_year_in_the_paragraph_before_lends_no_date()
    {
        const string text = "Kyrgyzstan and Tajikistan fought a short border war in September 2022.\n\n" +
                            "Kyrgyz guards detained three Tajik herders near the canal, the border service said.";
        Detect.Quoting(text, "detained three Tajik herders", "2026-11-20").Date.ShouldBe(PartialDate.OfMonth(2026, 11));
    }

    [Fact]
    public void A_month_in_the_paragraph_before_frames_a_stretch_and_lends_nothing()
    {
        const string text = "Farmers near Shaymak said Chinese patrols had driven along the valley twice in March.\n\n" +
                            "Tajik guards detained two Chinese herders near the pass, the border service said.";
        Detect.Quoting(text, "detained two Chinese herders", "2025-04-22").Date.ShouldBe(PartialDate.OfMonth(2025, 4));
    }

    [Fact]
    public void A_start_still_to_come_does_not_date_the_signing()
    {
        // Thursday 3 December 2026: Wednesday is the 2nd.
        const string text = "The governors of Osh and Andijan met at the Dostuk crossing on Wednesday.\n\n" +
                            "They signed a protocol on reopening the border footbridge between Kyrgyzstan and Uzbekistan from 15 December.";
        Detect.Quoting(text, "signed a protocol", "2026-12-03").Date.ShouldBe(PartialDate.OfDay(2026, 12, 2));
    }
}
