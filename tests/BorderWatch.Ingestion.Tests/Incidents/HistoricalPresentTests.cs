using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>Dated chronology and table entries told in the historical present; the present of prose left alone.</summary>
public class HistoricalPresentTests
{
    [Theory]
    [InlineData("hands", "handed")]
    [InlineData("votes", "voted")]
    [InlineData("carries", "carried")]
    [InlineData("pushes", "pushed")]
    public void An_entrys_present_verb_is_read_in_its_past(string present, string past) =>
        HistoricalPresent.PastOf(present).ShouldBe(past);

    [Fact]
    public void A_chronology_entry_under_a_date_line_reports_its_transfer()
    {
        const string text = "Quarterly chronology\n\nMay 2025\n\n6 May\n\nTurkmenistan hands the Afghan border police twelve lorries under an aid deal.\n\n19 May\n\nKyrgyz and Kazakh deputy ministers meet in Bishkek to discuss the Kordai crossing.";
        Detect.Quoting(text, "twelve lorries", "2025-07-01").Type.ShouldBe(IncidentType.ArmsTransfer);
    }

    [Fact]
    public void A_table_row_with_its_date_cell_a_few_cells_before_reports_its_transfer()
    {
        const string text = "Date\n\nPlace\n\nWhat happened\n\n2025-03-14\n\nKordai\n\nTurkmenistan hands the Afghan border police twelve lorries under an aid deal.\n\n2025-04-02\n\nOsh\n\nKyrgyz guards detain four smugglers who crossed the line near Osh.";
        Detect.Quoting(text, "twelve lorries", "2025-07-01").Type.ShouldBe(IncidentType.ArmsTransfer);
    }

    [Fact]
    public void The_same_words_in_undated_prose_stay_as_the_parser_read_them()
    {
        const string text = "Border trade on the Kyrgyz-Kazakh line has grown this year, officials say.\n\nTurkmenistan hands the Afghan border police twelve lorries under an aid deal.";
        HistoricalPresent.IsDatedEntry(AnalysisInput.FromText(text), 1, DateRules.Default.Finder).ShouldBeFalse();
        // The rules alone (the trained model's fill, which may read any sentence, off): no transfer read from prose.
        var rules = TypeModelServices.Detector(TypeModelOptions.Off, RulesParser.Value).Detect(AnalysisInput.FromText(text));
        rules.Select(i => text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart)).ShouldNotContain(e => e.Contains("twelve lorries"));
    }

    private static readonly Lazy<ISentenceParser> RulesParser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));

    [Fact]
    public void A_paragraph_after_a_sentence_of_prose_is_no_dated_entry()
    {
        const string text = "On 6 May the commission met in Almaty.\n\nTurkmenistan hands the Afghan border police twelve lorries.";
        HistoricalPresent.IsDatedEntry(AnalysisInput.FromText(text), 1, DateRules.Default.Finder).ShouldBeFalse();
    }
}
