using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// border31: a state named as a person's citizenship (<see cref="Citizenship"/>: review30
/// items 2 and 3), interview cues that tell of the talk (<see cref="InterviewDay.TellsOfTalk"/>: review30 item 4), the
/// source introducers read by one unit (<see cref="SourceIntroducers"/>). Pages and sentences of our own, in no corpus.
/// </summary>
public class Border31Tests
{
    // ---- Citizenship: no side of the page's border ----

    [Theory]
    [InlineData("Two of the men were Kyrgyz nationals.")]
    [InlineData("One of the couriers was a citizen of Kyrgyzstan, the police said.")]
    [InlineData("Both men later proved to be citizens of Kyrgyzstan.")]
    public void A_courier_s_citizenship_does_not_make_his_state_a_side_of_the_page(string citizenship)
    {
        var text = $"""
            Boat stopped on the river

            Kulob, 9 December 2026

            Tajik border guards stopped a motor boat with 30 kg of hashish at a riverside post on Monday and detained its crew. {citizenship}
            """;
        var found = Detect.Quoting(text, "stopped a motor boat", "2026-12-09");
        found.BorderCode.ShouldBe("AFG-TJK", Detect.Describe(text, Detect.All(text, "2026-12-09")));
    }

    [Theory]
    [InlineData("Kyrgyz citizens", "KGZ")]
    [InlineData("two Uzbek nationals", "UZB")]
    [InlineData("a citizen of Tajikistan", "TJK")]
    [InlineData("passport holders of Kazakhstan", "KAZ")]
    public void A_state_beside_a_citizenship_noun_is_a_citizenship(string phrase, string state)
    {
        var text = $"Guards held {phrase} at the gate.";
        var tokens = NameNormalizer.Tokenize(text);
        var mentions = EntityRecognizer.Default.Recognize(text, new DocumentContext());
        Citizenship.Only(Lexicon.Default, tokens, mentions).ShouldBe([state]);
    }

    [Theory]
    [InlineData("Kyrgyz guards held two men at the gate.")]
    [InlineData("Guards of Kyrgyzstan held two men at the gate.")]
    [InlineData("Kyrgyz citizens crossed into Kyrgyzstan at the gate.")]
    public void A_state_named_as_a_side_too_is_no_mere_citizenship(string text)
    {
        var tokens = NameNormalizer.Tokenize(text);
        var mentions = EntityRecognizer.Default.Recognize(text, new DocumentContext());
        Citizenship.Only(Lexicon.Default, tokens, mentions).ShouldBeEmpty();
    }

    // A briefing whose head names the topic's people and whose speaker is introduced by office alone; the turn names
    // where the men came from, so the detention is found whatever the speaker's state.
    private static string Briefing(string head) => $"""
        RIVERSIDE PRESS HALL
        {head}
        Thursday 10 December 2026, 11:00
        Participants: Colonel Temirlan Bekov, head of the department; host Saltanat Ermekova.

        ERMEKOVA: Good morning. The colonel will begin.

        BEKOV: Thank you. On 7 December our patrol detained three men who had crossed the canal from Uzbekistan at night without documents.

        ERMEKOVA: Thank you, everyone.
        """;

    [Theory]
    [InlineData("Press conference on the detention of Tajik citizens near the canal", "TJK")]
    [InlineData("Briefing on the case of two Kazakh nationals held at the canal", "KAZ")]
    [InlineData("Press conference about a citizen of Tajikistan detained at the canal", "TJK")]
    public void A_head_naming_the_topic_s_citizens_gives_the_speaker_no_state(string head, string topic)
    {
        var text = Briefing(head);
        var found = Detect.Quoting(text, "our patrol detained", "2026-12-10");
        found.Countries().ShouldNotContain(topic, Detect.Describe(text, [found]));
    }

    [Fact]
    public void A_head_naming_the_office_s_place_beside_the_topic_s_citizens_keeps_the_office_s_state()
    {
        var text = Briefing("Press conference of the Batken department on the detention of Tajik citizens near the canal");
        var found = Detect.Quoting(text, "our patrol detained", "2026-12-10");
        found.Countries().ShouldContain("KGZ", Detect.Describe(text, [found]));
    }

    // ---- Interview cues that tell of the talk ----

    private const string Written = "2026-12-08";

    private static PartialDate D(string s) => PartialDate.TryParse(s, out var d) ? d : throw new ArgumentException(s);

    private static string Interview(string standfirst) => $"""
        "The winter posts stay manned"

        Lakeside Gazette, Tuesday 8 December 2026

        {standfirst} Colonel Farrukh Nazarov of the Tajik Border Troops answered our questions.

        GAZETTE: How calm is the river now?

        NAZAROV: The Tajik side says the river is calm and the winter posts are manned.

        GAZETTE: And the Afghan bank?

        NAZAROV: We have warned the Afghan side that any fire will be answered.
        """;

    [Theory]
    [InlineData("The department recorded three shootings on 9 November.")]
    [InlineData("Our reporter spoke to farmers at the canal on 2 December.")]
    [InlineData("The weather station recorded the first frost on Friday, 4 December.")]
    public void A_cue_word_about_another_act_dates_no_answer(string standfirst)
    {
        var text = Interview(standfirst);
        var saying = Detect.Quoting(text, "the winter posts are manned", Written);
        saying.Type.ShouldBe(IncidentType.Statement);
        saying.Date.ShouldBe(D(Written), Detect.Describe(text, [saying]));
    }

    [Theory]
    [InlineData("Our reporter spoke to him in Kulob on Thursday, 3 December.", "2026-12-03")]
    [InlineData("He spoke to Gazette readers by phone on 5 December.", "2026-12-05")]
    [InlineData("The talk was recorded at the post on Friday, 4 December.", "2026-12-04")]
    [InlineData("Recorded: Wednesday, 2 December 2026, at the Panj post.", "2026-12-02")]
    [InlineData("Our host taped the interview at the post on Friday, 4 December.", "2026-12-08")]
    [InlineData("Our host recorded this interview at the post on Friday, 4 December.", "2026-12-04")]
    [InlineData("The editor recorded the conversation in Kulob on Thursday, 3 December.", "2026-12-03")]
    public void A_cue_telling_of_the_talk_dates_the_answers(string standfirst, string day)
    {
        var text = Interview(standfirst);
        var saying = Detect.Quoting(text, "the winter posts are manned", Written);
        saying.Date.ShouldBe(D(day), Detect.Describe(text, [saying]));
    }

    [Theory]
    [InlineData("The department recorded three shootings on 9 November.", false)]
    [InlineData("They interviewed 40 traders at the market on Monday.", false)]
    [InlineData("We talked with him at the post on Monday.", true)]
    [InlineData("The conversation was recorded on Monday.", true)]
    [InlineData("Recorded on Monday at the post.", true)]
    // mend31 (review31 item 7): a listener named by a state's adjective before a common noun, an agentless passive of
    // counted events, and the talk as the passive's subject.
    [InlineData("Our correspondent spoke to Afghan traders on 2 December.", false)]
    [InlineData("Two violations were recorded on 9 November.", false)]
    [InlineData("Five crossings were recorded at the post on Monday.", false)]
    [InlineData("She talked with Uzbek farmers at the market on Monday.", false)]
    [InlineData("She talked with Colonel Umarov at the post on Monday.", true)]
    [InlineData("Our interview with the colonel was recorded on Monday.", true)]
    public void Whether_a_cue_tells_of_the_talk(string sentence, bool talk)
    {
        var day = new InterviewDay(DateRules.Default, EntityRecognizer.Default);
        var m = Regex.Match(sentence, @"recorded|interviewed|talked with|spoke to", RegexOptions.IgnoreCase);
        day.TellsOfTalk(sentence, m).ShouldBe(talk);
    }

    // ---- Source introducers: one unit ----

    [Theory]
    [InlineData("Two posts were shelled, according to the ministry.", 6)]
    [InlineData("Two posts were shelled, citing nobody.", 5)]
    [InlineData("Two posts were shelled, according to", -1)]
    public void A_source_starts_after_its_introducer_and_an_introducer_at_the_end_introduces_none(string sentence, int start)
    {
        var tokens = NameNormalizer.Tokenize(sentence);
        var starts = SourceIntroducers.SourceStarts(Lexicon.Default.SourceIntroducers, tokens).ToList();
        if (start < 0) starts.ShouldBeEmpty();
        else starts.ShouldBe([start]);
    }

    // ---- A home state's page: a clash, crossing or capture told with one other state ----

    // A Kyrgyz ministry's channel: its own places (Leilek, Batken region), never the hub.
    internal static string Channel(string post) => $"""
        Defence Ministry of the Kyrgyz Republic: channel posts
        [07.12.2026 09:10]
        Engineers of the Batken region garrison finished the new barracks in Leilek district.
        [08.12.2026 18:40]
        {post}
        """;

    [Theory]
    [InlineData("Servicemen of the Tajik side took a hill near the upper canal last night; our units are in position.", "took a hill")]
    [InlineData("Last night a group of Tajik citizens crossed the canal outside any checkpoint and was detained.", "crossed the canal")]
    [InlineData("Tajik troops fired on a herders' camp near the upper canal last night.", "fired on")]
    public void On_a_home_state_s_page_an_act_told_with_one_other_state_is_on_their_border(string post, string words)
    {
        var text = Channel(post);
        var found = Detect.Quoting(text, words, "2026-12-08");
        found.BorderCode.ShouldBe("KGZ-TJK", Detect.Describe(text, Detect.All(text, "2026-12-08")));
    }

    [Fact]
    public void A_statement_told_with_one_other_state_takes_no_border_from_the_home_state()
    {
        var assigner = new BorderAssigner(BorderWatch.Ingestion.Gazetteer.Gazetteer.Default);
        var said = new BorderEvidence(["TJK"], false, null, IncidentType.Statement, false);
        assigner.Assign(said, null, null, "KGZ").ShouldBeNull();
        // (mend31: a capture told with a place, a border word or beside the border's sentence; "Kazakh troops retook the
        // airport" alone says nothing of where.)
        var taken = said with { Type = IncidentType.TerritorialControl, NearMainBorder = true };
        assigner.Assign(taken, null, null, "KGZ").ShouldBe("KGZ-TJK");
        assigner.Assign(taken with { NearMainBorder = false }, null, null, "KGZ").ShouldBeNull();
        // (No home state, the page names the hub: nothing from this rule.)
        assigner.Assign(taken, null, null, null).ShouldBeNull();
    }
}
