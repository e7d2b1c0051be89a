using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// border28: one page-border vote (<see cref="ArticleBorders.Settled"/>), shared by the sentences' evidence and the
/// incidents' borders; sections of a digest or of a wrap-up parted by a heading in capitals well into the story.
/// Pages of our own, in no corpus.
/// </summary>
public class PageBorderVoteTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Default;

    private static BorderEvidence Plain() => new([], false, null, IncidentType.Statement, false);

    private static BorderEvidence Named(string border) =>
        new(border.Split('-'), true, null, IncidentType.Statement, false, ExplicitBorder: border);

    // The evidence of each sentence: the named border where the sentence contains its key word, none elsewhere.
    private static ArticleBorders Page(string text, params (string Word, string Border)[] named)
    {
        var input = AnalysisInput.FromText(text);
        var evidence = input.Sentences.Select(s => named.FirstOrDefault(n => s.Text.Contains(n.Word, StringComparison.Ordinal)) is { Word: not null } hit
            ? Named(hit.Border) : Plain()).ToList();
        return ArticleBorders.From(input.Sentences, evidence, Gazetteer, "AFG");
    }

    private const string OneStory = "Guards on the river met at dawn. A boat was stopped. Officials spoke later. The road stayed shut.";

    [Fact]
    public void On_a_page_without_sections_the_incidents_majority_settles_it()
    {
        var page = Page(OneStory);
        page.Settled([0, 1, 2, 3], ["KGZ-UZB", "KGZ-UZB", null, "KAZ-UZB"]).ShouldAllBe(b => b == "KGZ-UZB");
    }

    [Fact]
    public void Without_a_majority_nothing_is_settled()
    {
        var page = Page(OneStory);
        page.Settled([0, 1, 2], ["KGZ-UZB", "KAZ-UZB", null]).ShouldAllBe(b => b == null);
    }

    [Fact]
    public void With_no_incident_bordered_the_sentences_evidence_stands()
    {
        var page = Page("Talks on the Kazakh-Uzbek border opened in Tashkent. The delegates ate together. Officials spoke later. The talks went on.",
            ("Kazakh-Uzbek", "KAZ-UZB"));
        page.Article.ShouldBe("KAZ-UZB");
        page.Settled([1, 2], [null, null]).ShouldAllBe(b => b == "KAZ-UZB");
    }

    private const string WrapUp = """
        Two borders in one day, wire round-up

        By a staff writer

        Officials said the Kyrgyz-Uzbek border post was shut on Monday. Lorries queued for hours.

        Traders complained about the queue. The post stayed closed overnight.

        The customs service said it would reopen on Wednesday.

        MOUNTAIN TALKS

        Negotiators met in the south on the Kyrgyz-Tajik border question. They signed a protocol.

        A third round is due in spring.
        """;

    [Fact]
    public void A_heading_in_capitals_well_into_a_wrap_up_parts_two_borders()
    {
        var page = Page(WrapUp, ("Kyrgyz-Uzbek", "KGZ-UZB"), ("Kyrgyz-Tajik", "KGZ-TJK"));
        var sentences = AnalysisInput.FromText(WrapUp).Sentences;
        int Index(string words) => sentences.First(s => s.Text.Contains(words, StringComparison.Ordinal)).Index;
        page.At(Index("Traders complained")).ShouldBe("KGZ-UZB");
        page.At(Index("They signed a protocol")).ShouldBe("KGZ-TJK");
        page.At(Index("A third round")).ShouldBe("KGZ-TJK");
        // with no incident bordered, each part's evidence vote stands; with a majority, it settles the whole page
        page.Settled([Index("Traders complained"), Index("A third round")], [null, null]).ShouldBe(["KGZ-UZB", "KGZ-TJK"]);
        page.Settled([Index("Lorries queued"), Index("Traders complained"), Index("A third round")], ["KGZ-UZB", null, null])
            .ShouldAllBe(b => b == "KGZ-UZB");
    }

    [Fact]
    public void A_heading_at_the_top_of_a_story_parts_nothing()
    {
        const string text = """
            BORDER NEWS

            Officials said the Kyrgyz-Uzbek border post was shut on Monday. Lorries queued for hours.

            Negotiators met in the south on the Kyrgyz-Tajik border question.

            Traders complained about the queue.
            """;
        var page = Page(text, ("Kyrgyz-Uzbek", "KGZ-UZB"), ("Kyrgyz-Tajik", "KGZ-TJK"));
        var sentences = AnalysisInput.FromText(text).Sentences;
        var last = sentences.First(s => s.Text.Contains("Traders", StringComparison.Ordinal)).Index;
        var first = sentences.First(s => s.Text.Contains("Lorries", StringComparison.Ordinal)).Index;
        page.At(last).ShouldBe(page.At(first));
    }

    // A sentence beside a border word naming Turkmen guards and a province on both the Afghan and the Uzbek border.
    private static BorderEvidence ProvinceOnTwoBorders(params string[] states) =>
        new(states, true, Gazetteer.FindPlace("lebap"), IncidentType.Deployment, false);

    [Fact]
    public void A_province_on_two_borders_is_not_the_hubs_on_a_page_that_never_names_the_hub()
    {
        var spans = new List<BorderEvidence>
        {
            ProvinceOnTwoBorders("TKM"),
            new(["TKM", "UZB"], true, null, IncidentType.CrossBorderMovement, false),
            Plain(),
        };
        ArticleBorders.Vote(spans, Gazetteer, "AFG").ShouldBe("TKM-UZB");
    }

    [Fact]
    public void A_province_on_two_borders_keeps_the_hubs_border_where_the_hub_is_named()
    {
        var spans = new List<BorderEvidence>
        {
            ProvinceOnTwoBorders("TKM"),
            ProvinceOnTwoBorders("TKM"),
            new(["AFG", "TKM"], false, null, IncidentType.Statement, false),
        };
        ArticleBorders.Vote(spans, Gazetteer, "AFG").ShouldBe("AFG-TKM");
    }
}
