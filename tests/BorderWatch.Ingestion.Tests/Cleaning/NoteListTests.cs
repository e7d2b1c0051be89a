using BorderWatch.Ingestion.Cleaning;
using Shouldly;
using Xunit;

namespace BorderWatch.Ingestion.Tests.Cleaning;

/// <summary>
/// A notes or references list (entries "[n] source ...") whose marks the text cites as footnotes is not prose: its
/// entries name sources, not events. Texts written for these tests; no corpus sentence.
/// </summary>
public class NoteListTests
{
    [Fact]
    public void The_entries_of_a_notes_list_the_text_cites_are_dropped()
    {
        const string text =
            "Herders moved their flocks to the upper valley in early May.[1] Guards counted some 400 animals at the ford.[2]\n\n" +
            "SOURCES\n" +
            "[1] District administration, bulletin, 9 May 2027.\n" +
            "[2] Interview with a guard, 11 May 2027.\n";
        var cleaned = ArticleCleaner.Clean(text);
        cleaned.ShouldContain("Herders moved their flocks to the upper valley in early May.[1]");
        cleaned.ShouldNotContain("District administration, bulletin");
        cleaned.ShouldNotContain("Interview with a guard");
    }

    [Fact]
    public void Numbered_lines_the_text_does_not_cite_stay()
    {
        // A transcript's numbered turns, never cited as footnotes.
        const string text =
            "Minutes of the joint commission, second sitting.\n\n" +
            "[1] The chair opened the sitting and read the agenda aloud.\n" +
            "[2] The delegations agreed to survey the disputed pasture in June.\n";
        var cleaned = ArticleCleaner.Clean(text);
        cleaned.ShouldContain("[1] The chair opened the sitting");
        cleaned.ShouldContain("[2] The delegations agreed to survey the disputed pasture in June.");
    }

    [Fact]
    public void A_single_cited_entry_is_no_list()
    {
        const string text =
            "A new crossing opened at the pass in June.[1]\n\n" +
            "[1] The crossing closed again in July after a landslide buried the road.\n";
        ArticleCleaner.Clean(text).ShouldContain("[1] The crossing closed again in July");
    }
}
