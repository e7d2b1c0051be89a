using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// border30: a transcript's speaker whose state only the page head gives (<see cref="SpeakerParties"/>), a column whose
/// items each name one side (<see cref="ArticleBorders.Vote"/>), a near spelling of a place off the borders
/// (<see cref="FuzzyPlaces"/>), Kaldar and Aivaj in the gazetteer, the source introducers in statements.json. Pages and
/// sentences of our own, in no corpus.
/// </summary>
public class Border30Tests
{
    private static readonly GazetteerIndex Gazetteer = GazetteerIndex.Default;

    // A briefing whose head names the office's state once and whose speaker is introduced by office alone.
    private static string Briefing(string head, string turn) => $"""
        HIGHLAND MEDIA CENTRE
        {head}
        Friday 11 December 2026, 10:00
        Participants: Major Kubat Omurov, head of the department; host Nurzat Abdyldaeva.

        ABDYLDAEVA: Good morning. The major will speak first and then answer questions.

        OMUROV: Thank you. {turn}

        ABDYLDAEVA: Thank you, everyone.
        """;

    private const string NarynHead = "Record of a briefing by the head of the Naryn Region department of the Border Service";

    [Theory]
    [InlineData("On 3 December our patrol detained two Chinese herders who had driven their yaks across the border below the pass.", "detained")]
    [InlineData("Last month I met the Chinese border delegate at the pass to discuss the winter schedule.", "met")]
    [InlineData("In January we will hold a joint exercise with the Chinese border guards on the upper pastures.", "exercise")]
    public void A_speaker_introduced_by_office_takes_the_state_of_the_page_head(string turn, string words)
    {
        var text = Briefing(NarynHead, turn);
        var found = Detect.Quoting(text, words, "2026-12-11");
        found.BorderCode.ShouldBe("CHN-KGZ", Detect.Describe(text, Detect.All(text, "2026-12-11")));
        found.Countries().ShouldContain("KGZ");
    }

    private const string PatrolTurn = "On 3 December our patrol detained two Chinese herders who had driven their yaks across the border below the pass.";

    [Fact]
    public void A_head_naming_no_state_gives_the_speaker_none()
    {
        var text = Briefing("Record of a briefing by the head of the regional border department", PatrolTurn);
        var found = Detect.Quoting(text, "detained", "2026-12-11");
        found.Countries().ShouldNotContain("KGZ", Detect.Describe(text, [found]));
        found.BorderCode.ShouldNotBe("CHN-KGZ");
    }

    // mend30: made able to fail (the detention must be found); it found no record at all under this head, so the
    // ShouldAllBe it had passed on nothing. border31: the page is dropped as no security story (ArticleRelevance): its only
    // security phrase is "border services", the plural of a listed one. Reading listed phrases in the plural brought the
    // record back but made fresh1's sports distractor ("organisers have asked both border services to open extra lanes")
    // a security story with three extras, so it was not kept (left). The test now asks the speaker's state itself, which
    // can fail without a record: none from a head naming two states (HeadState read only the first state of a head
    // sentence before border31, so the Naryn and Sughd head gave Kyrgyzstan), Kyrgyzstan from a head naming one.
    [Theory]
    [InlineData("Record of a joint briefing of the Naryn Region and Sughd departments of the border services", null)]
    [InlineData("Record of a joint briefing of the Batken Region and Sughd departments of the border services", null)]
    [InlineData(NarynHead, "KGZ")]
    public void A_head_naming_two_states_gives_the_speaker_none(string head, string? expected)
    {
        var text = Briefing(head, PatrolTurn);
        var input = AnalysisInput.FromText(text);
        var si = Enumerable.Range(0, input.Sentences.Count).First(i => input.Sentences[i].Text.Contains("our patrol detained"));
        var state = SpeakerParties.SpeakerState(Lexicon.Default, SpeakerLexicon.Default, input, si, EntityRecognizer.Default.Recognize(text, new DocumentContext()),
            NameNormalizer.Tokenize(text), Gazetteer.Find, DateRules.Default.Finder);
        state.Select(m => m.Entry.Key).SingleOrDefault().ShouldBe(expected);
    }

    [Fact]
    public void A_speaker_introduced_with_a_state_of_his_own_keeps_it()
    {
        var text = $"""
            HIGHLAND MEDIA CENTRE
            {NarynHead}
            Friday 11 December 2026, 10:00
            Participants: Major Kubat Omurov of the Tajik border troops; host Nurzat Abdyldaeva.

            OMUROV: On 3 December our patrol detained two Chinese herders who had driven their yaks across the border below the pass.
            """;
        var found = Detect.Quoting(text, "detained", "2026-12-11");
        found.Countries().ShouldContain("TJK", Detect.Describe(text, [found]));
        found.BorderCode.ShouldBe("CHN-TJK");
    }

    // A police column: each item names one side, the page names two states and never the hub.
    private const string Column = """
        Police notes: the week in the valley

        Flour runner sentenced
        The district court on Monday gave a 29-year-old driver two years for crossing into Tajikistan along an orchard lane and bringing back twenty sacks of flour.

        Two held at the canal
        Police said on Friday that two citizens of Tajikistan were held near the canal after crossing the border at night.

        Patrol attacked
        Three men will stand trial for throwing stones at a Kyrgyz border patrol in August.

        Bicycle theft
        A bicycle was stolen from a yard on School Street.
        """;

    [Theory]
    [InlineData("crossing into Tajikistan")]
    [InlineData("two citizens of Tajikistan")]
    public void A_column_naming_two_states_and_never_the_hub_is_on_their_border(string words)
    {
        var found = Detect.Quoting(Column, words, "2026-12-12");
        found.BorderCode.ShouldBe("KGZ-TJK", Detect.Describe(Column, Detect.All(Column, "2026-12-12")));
    }

    [Fact]
    public void A_column_that_names_the_hub_keeps_the_hubs_border()
    {
        var text = Column.Replace("A bicycle was stolen from a yard on School Street.", "A bicycle stolen in Afghanistan was found in a yard on School Street.");
        var found = Detect.Quoting(text, "crossing into Tajikistan", "2026-12-12");
        found.BorderCode.ShouldBe("AFG-TJK", Detect.Describe(text, Detect.All(text, "2026-12-12")));
    }

    [Fact]
    public void The_page_vote_takes_the_only_two_states_named_when_no_sentence_names_both()
    {
        BorderEvidence One(string state) => new([state], true, null, IncidentType.Statement, false);
        ArticleBorders.Vote([One("UZB"), One("UZB"), One("KGZ")], Gazetteer, "AFG").ShouldBe("KGZ-UZB");
        // The hub named: the hub's border with the one neighbour, as before.
        ArticleBorders.Vote([One("UZB"), One("UZB"), new(["AFG"], false, null, IncidentType.Statement, false)], Gazetteer, "AFG").ShouldBe("AFG-UZB");
        // Three states: no pair.
        ArticleBorders.Vote([One("UZB"), One("KGZ"), One("KAZ")], Gazetteer, "AFG").ShouldNotBe("KGZ-UZB");
    }

    private static bool HasPlace(string text, string key) =>
        FuzzyPlaces.Corroborated(EntityRecognizer.Default.Recognize(text, new DocumentContext()), Gazetteer).Any(m => m.Entry.Key == key);

    [Fact]
    public void The_near_spelling_is_a_fuzzy_match_of_a_town_off_the_borders() =>
        EntityRecognizer.Default.Recognize("Shopkeepers in Talokan closed early.", new DocumentContext())
            .ShouldContain(m => m.Entry.Key == "taloqan" && m.Match == MatchKind.Fuzzy);

    [Theory]
    [InlineData("Kyrgyz police in Talokan village said two cows had gone missing.")]
    [InlineData("The Talokan road was closed by Uzbek workers for repairs.")]
    public void A_near_spelling_of_a_town_whose_state_the_page_never_names_is_dropped(string text) =>
        HasPlace(text, "taloqan").ShouldBeFalse();

    [Theory]
    [InlineData("Afghan traders in Talokan said prices had doubled.")]
    [InlineData("Shopkeepers in Talokan, in northern Afghanistan, closed early.")]
    public void A_near_spelling_of_a_town_whose_state_the_page_names_stays(string text) =>
        HasPlace(text, "taloqan").ShouldBeTrue();

    [Fact]
    public void Kaldar_faces_both_Uzbekistan_and_Tajikistan_and_Aivaj_is_on_the_Tajik_Afghan_border()
    {
        Gazetteer.FindPlace("kaldar").ShouldNotBeNull().BorderCodes.ShouldBe(["AFG-UZB", "AFG-TJK"], ignoreOrder: true);
        Gazetteer.FindPlace("aivaj").ShouldNotBeNull().BorderCodes.ShouldBe(["AFG-TJK"]);
    }

    [Theory]
    [InlineData("Tajik guards exchanged fire with smugglers on the river opposite Kaldar on Monday.", "AFG-TJK")]
    [InlineData("Uzbek guards exchanged fire with smugglers on the river opposite Kaldar on Monday.", "AFG-UZB")]
    [InlineData("Tajik guards at Ayvaj detained three men who had crossed from the Afghan bank on Monday.", "AFG-TJK")]
    public void The_sides_named_pick_among_Kaldars_borders(string text, string border) =>
        Detect.All(text, "2026-12-09").ShouldContain(i => i.BorderCode == border, Detect.Describe(text, Detect.All(text, "2026-12-09")));

    [Fact]
    public void Kaldar_alone_says_nothing_of_which_border()
    {
        const string text = "Smugglers from Kaldar were caught on the river on Monday.";
        Detect.All(text, "2026-12-09").ShouldNotBeEmpty();
        Detect.All(text, "2026-12-09").ShouldAllBe(i => i.BorderCode != "AFG-TJK" && i.BorderCode != "AFG-UZB", Detect.Describe(text, Detect.All(text, "2026-12-09")));
    }

    [Fact]
    public void The_source_introducers_are_read_from_the_lexicon_in_order() =>
        Lexicon.Default.SourceIntroducers.Select(i => string.Join(' ', i))
            .ShouldBe(["according to", "as reported by", "reported by", "as noted by", "citing"]);

    [Theory]
    [InlineData("Two Afghan men were detained after crossing the river into Tajikistan on Monday, according to the district governor.", "the district governor")]
    [InlineData("Local radio reported that two Afghan men were detained after crossing the river into Tajikistan on Monday, citing the district governor.", "the district governor")]
    public void A_source_introducer_names_who_asserts_the_claim(string text, string source) =>
        Detect.All(text, "2026-12-09").ShouldContain(i => i.Attribution == source, Detect.Describe(text, Detect.All(text, "2026-12-09")));
}
