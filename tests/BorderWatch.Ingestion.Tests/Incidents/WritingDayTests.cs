using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// An event or a saying told in the present, with no date of its own, happens on the day of writing; an event in the simple
/// past keeps the month of writing (reported by then), a saying in the past is the news of the writing day. Texts of their own, in no corpus.
/// </summary>
public class WritingDayTests
{
    [Fact]
    public void An_event_in_the_present_progressive_is_of_the_writing_day()
    {
        const string text = "Uzbek and Kyrgyz border commanders are holding talks at the Dostuk crossing, the Kyrgyz border service reports.";
        Detect.Quoting(text, "holding talks", "2029-05-17").Date.ShouldBe(PartialDate.OfDay(2029, 5, 17));
    }

    [Fact]
    public void An_event_in_the_present_perfect_is_of_the_writing_day()
    {
        const string text = "Tashkent has since moved an extra battalion of border troops to the Surkhandarya stretch of the Afghan border.";
        Detect.Quoting(text, "moved an extra battalion", "2029-05-17").Date.ShouldBe(PartialDate.OfDay(2029, 5, 17));
    }

    [Fact]
    public void An_event_in_the_simple_past_keeps_the_month()
    {
        const string text = "Tashkent moved an extra battalion of border troops to the Surkhandarya stretch of the Afghan border.";
        Detect.Quoting(text, "moved an extra battalion", "2029-05-17").Date.ShouldBe(PartialDate.OfMonth(2029, 5));
    }

    [Fact]
    public void A_saying_in_the_present_is_of_the_writing_day_not_the_sentence_before()
    {
        // Thursday 17 May 2029: Monday is the 14th.
        const string text = "Kazakh guards stopped a lorry of smuggled fuel at the Kyrgyz border near Korday on Monday. " +
                            "The Kazakh border service says Bishkek must tighten controls on its side of the Kyrgyz-Kazakh border.";
        var said = Detect.Quoting(text, "says Bishkek", "2029-05-17");
        said.Type.ShouldBe(IncidentType.Statement);
        said.Date.ShouldBe(PartialDate.OfDay(2029, 5, 17));
        Detect.Quoting(text, "stopped a lorry", "2029-05-17").Date.ShouldBe(PartialDate.OfDay(2029, 5, 14));
    }

    [Fact]
    public void A_saying_in_the_past_with_no_day_of_its_own_is_of_the_writing_day()
    {
        // date23: the saying is the news the dispatch brings (gold dates such warnings and requests by the release).
        const string text = "The Kazakh border service said Bishkek must tighten controls on its side of the Kyrgyz-Kazakh border.";
        Detect.Quoting(text, "said Bishkek", "2029-05-17").Date.ShouldBe(PartialDate.OfDay(2029, 5, 17));
    }

    [Fact]
    public void A_warning_in_the_past_is_of_the_writing_day_but_an_event_beside_it_keeps_the_month()
    {
        const string text = "Turkmen guards turned back a group of Afghan traders at the Serhetabat checkpoint. " +
                            "Separately, the regiment's commander warned that anyone approaching the fence after dark would be shot.";
        var warning = Detect.Quoting(text, "commander warned", "2029-05-17");
        warning.Type.ShouldBe(IncidentType.Statement);
        warning.Date.ShouldBe(PartialDate.OfDay(2029, 5, 17));
        Detect.Quoting(text, "turned back", "2029-05-17").Date.ShouldBe(PartialDate.OfMonth(2029, 5));
    }

    [Fact]
    public void A_saying_in_the_past_keeps_a_day_of_its_own()
    {
        // Thursday 17 May 2029: Tuesday is the 15th.
        const string text = "The Kazakh border service said on Tuesday that Bishkek must tighten controls on its side of the Kyrgyz-Kazakh border.";
        Detect.Quoting(text, "said on Tuesday", "2029-05-17").Date.ShouldBe(PartialDate.OfDay(2029, 5, 15));
    }
}
