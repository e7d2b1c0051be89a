using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Rule 5 of issue 8, document context: the article's (or a digest section's) main border, a single state beside a
/// border word in an article about another of its borders, and the hub's actors in an article about one of its
/// borders. Evidence and texts of their own, in no corpus.
/// </summary>
public class ArticleBorderTests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Default;
    private static readonly BorderAssigner Assigner = new(Gazetteer);

    private static BorderEvidence Border(params string[] states) => new(states, true, null, IncidentType.Statement, false);

    [Fact]
    public void A_single_state_beside_a_border_word_does_not_outvote_the_pair_the_article_names()
    {
        // "Kyrgyz and Tajik surveyors ... the border", then three sentences about "Tajik border guards" alone.
        var votes = new[] { Border("KGZ", "TJK"), Border("TJK"), Border("TJK"), Border("TJK") };
        ArticleBorders.Vote(votes, Gazetteer, "AFG").ShouldBe("KGZ-TJK");
    }

    [Fact]
    public void A_single_state_beside_a_border_word_means_its_border_with_the_hub_when_no_border_is_named()
    {
        ArticleBorders.Vote([Border("TJK"), Border("TJK")], Gazetteer, "AFG").ShouldBe("AFG-TJK");
        // (border30: on a page that never names the hub, its only two states are a pair, Border30Tests; with the hub named, a tie.)
        ArticleBorders.Vote([Border("TJK"), Border("UZB"), new BorderEvidence(["AFG"], false, null, IncidentType.Statement, false)], Gazetteer, "AFG").ShouldBeNull();
    }

    [Fact]
    public void Sentences_without_a_border_word_do_not_vote() =>
        ArticleBorders.Vote([new BorderEvidence(["KGZ", "UZB"], false, null, IncidentType.Statement, false)], Gazetteer, "AFG").ShouldBeNull();

    [Fact]
    public void One_state_beside_a_border_word_takes_the_article_border_that_includes_it_not_the_hub_border() =>
        Assigner.Assign(new BorderEvidence(["TJK"], true, null, IncidentType.Deployment, false, SingularBorder: true), "KGZ-TJK").ShouldBe("KGZ-TJK");

    [Fact]
    public void The_hubs_actors_alone_fit_an_article_about_one_of_its_borders_but_the_hub_named_as_a_whole_does_not()
    {
        var actors = new BorderEvidence(["AFG"], false, null, IncidentType.TerritorialControl, false, CountriesByName: [], NearMainBorder: true);
        Assigner.Assign(actors, "AFG-UZB").ShouldBe("AFG-UZB");
        var wholeCountry = actors with { CountriesByName = ["AFG"] };
        Assigner.Assign(wholeCountry, "AFG-UZB").ShouldBeNull();
    }

    [Fact]
    public void The_hubs_actors_far_from_any_sentence_about_the_border_or_states_borrowed_from_before_do_not_fit_it()
    {
        var far = new BorderEvidence(["AFG"], false, null, IncidentType.TerritorialControl, false, CountriesByName: [], NearMainBorder: false);
        Assigner.Assign(far, "AFG-UZB").ShouldBeNull();
        var borrowed = new BorderEvidence(["UZB"], false, null, IncidentType.Exercise, false, StatesBorrowed: true, NearMainBorder: true);
        Assigner.Assign(borrowed, "AFG-UZB").ShouldBeNull();
        Assigner.Assign(borrowed with { StatesBorrowed = false }, "AFG-UZB").ShouldBe("AFG-UZB");
    }

    [Fact]
    public void Every_border_of_a_state_at_once_is_no_single_border() =>
        Assigner.Assign(new BorderEvidence(["KGZ"], true, null, IncidentType.Statement, false, BordersInGeneral: true), "KGZ-TJK").ShouldBeNull();

    [Fact]
    public void A_pair_of_neighbours_outweighs_a_province_on_another_of_their_borders()
    {
        // "Kyrgyz and Uzbek traders in Osh province": the province reaches two borders; the pair names one of them.
        var province = new GazetteerEntry
        {
            Key = "some-province", Kind = EntryKind.Place, CanonicalName = "Some Province", DisplayName = "Some Province",
            Country = "KGZ", PlaceKind = PlaceKind.Province, BorderCodes = ["KGZ-TJK"],
        };
        var votes = new[] { new BorderEvidence(["KGZ", "UZB"], true, province, IncidentType.Statement, false) };
        ArticleBorders.Vote(votes, Gazetteer, "AFG").ShouldBe("KGZ-UZB");
    }

    private static GazetteerEntry PlaceOn(string border, PlaceKind kind) => new()
    {
        Key = "a-place", Kind = EntryKind.Place, CanonicalName = "A Place", DisplayName = "A Place", Country = border[..3], PlaceKind = kind, BorderCodes = [border],
    };

    [Fact]
    public void A_town_on_a_border_votes_once_without_the_word_border_and_a_province_not_at_all()
    {
        BorderEvidence PlaceOnly(PlaceKind kind) => new(["KGZ"], false, PlaceOn("KGZ-TJK", kind), IncidentType.Statement, false);
        ArticleBorders.Vote([PlaceOnly(PlaceKind.Town), PlaceOnly(PlaceKind.Crossing)], Gazetteer, "AFG").ShouldBe("KGZ-TJK");
        ArticleBorders.Vote([PlaceOnly(PlaceKind.Town)], Gazetteer, "AFG").ShouldBeNull();
        ArticleBorders.Vote([Border("KGZ", "UZB"), PlaceOnly(PlaceKind.Town)], Gazetteer, "AFG").ShouldBe("KGZ-UZB");
        ArticleBorders.Vote([PlaceOnly(PlaceKind.Province), PlaceOnly(PlaceKind.Province)], Gazetteer, "AFG").ShouldBeNull();
    }

    private const string Inland =
        "Uzbek and Afghan border guards met at the crossing on the Afghan-Uzbek border on 2 June 2024.\n\n" +
        "Taliban fighters held a parade in the town of Maimana on 3 June 2024. " +
        "Taliban officials said the parade drew several thousand people.\n";

    [Fact]
    public void Near_the_main_border_looks_back_three_sentences_and_stops_where_the_story_moves_inland()
    {
        var sentences = TextSegmenter.Sentences(Inland);
        var evidence = new List<BorderEvidence>
        {
            new(["UZB", "AFG"], true, null, IncidentType.DiplomaticMeeting, false),
            new(["AFG"], false, new GazetteerEntry { Key = "a-town", Kind = EntryKind.Place, CanonicalName = "A Town", DisplayName = "A Town", Country = "AFG", PlaceKind = PlaceKind.Town },
                IncidentType.Statement, false),
            new(["AFG"], false, null, IncidentType.Statement, false),
        };
        var borders = ArticleBorders.From(sentences, evidence, Gazetteer, "AFG");
        borders.Article.ShouldBe("AFG-UZB");
        borders.NearMain(0).ShouldBeTrue();
        borders.NearMain(1).ShouldBeTrue();  // its own town is weighed by the span's rules, not here
        borders.NearMain(2).ShouldBeFalse(); // the sentence before moved the story to a town inland
    }

    private const string TwoBorderSentences =
        "Kyrgyz and Uzbek officials opened a new gate on the Kyrgyz-Uzbek border near Sokh on 5 March 2024. " +
        "Kyrgyz and Uzbek border guards held a joint patrol along the border on 6 March 2024. ";

    [Theory]
    [InlineData("The Kyrgyz minister warned that his country would defend all its borders and would not yield any land.", "all its borders")]
    [InlineData("The Kyrgyz president said his government would settle all border issues by talks alone.", "all border issues")]
    public void A_policy_on_every_border_in_an_article_about_one_border_gets_no_border(string sentence, string words)
    {
        var policy = Detect.Quoting(TwoBorderSentences + sentence + "\n", words);
        policy.BorderCode.ShouldBeNull();
    }
}
