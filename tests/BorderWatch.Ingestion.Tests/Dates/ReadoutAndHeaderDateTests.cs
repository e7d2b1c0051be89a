using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Tests.Incidents;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date31: a saying after a meeting's readout is the meeting's only when it was said there (told in the past; after the
/// meeting's paragraph, by one of its parties); a page's date as the opening sentence of a paragraph is its date line; a
/// day the text plans for proves no later year of writing. Sentences of their own, in no corpus.
/// </summary>
public class ReadoutAndHeaderDateTests
{
    // Thursday 19 November 2026; the talks on Tuesday 17 November.
    private const string Written = "2026-11-19";
    private const string MeetingDay = "2026-11-17";

    private const string Readout =
        "On 17 November the deputy interior minister of Kazakhstan received a delegation of the Kyrgyz border service in Almaty.\n\n" +
        "The sides discussed water sharing on the Chu and the timetable of the Almaty-Bishkek trains.\n\n";

    [Theory]
    // The issuing body's appeal in the present, after the meeting's paragraph: made on the day it writes.
    [InlineData(Readout + "The border department urges herders to keep their flocks away from the Chu river bank after dark.", "urges herders")]
    [InlineData(Readout + "The ministry calls on lorry drivers to carry their papers in Russian and Kazakh at the Korday crossing.", "calls on lorry drivers")]
    // Present perfect: the news of now, not of the talks.
    [InlineData(Readout + "The Kazakh border department has warned herders that anyone crossing the Chu river at night will be detained.", "has warned herders")]
    public void A_saying_in_the_present_after_a_readout_is_not_the_meeting_s(string text, string words)
    {
        var saying = Detect.Quoting(text, words, Written);
        saying.Type.ShouldBe(IncidentType.Statement);
        saying.Date.IsKnown.ShouldBeTrue();
        saying.Date.ShouldNotBe(D(MeetingDay));
    }

    [Theory]
    // The issuing body naming itself, in the past, after the meeting's paragraph: not one of the meeting's parties.
    [InlineData(Readout + "The department's press office warned herders that anyone crossing the Chu river at night would be detained.", "press office warned")]
    [InlineData(Readout + "The Almaty customs office urged lorry drivers not to queue at Korday before dawn.", "urged lorry drivers")]
    public void A_past_saying_after_the_meeting_s_paragraph_by_no_party_of_it_is_not_the_meeting_s(string text, string words)
    {
        var saying = Detect.Quoting(text, words, Written);
        saying.Date.IsKnown.ShouldBeTrue();
        saying.Date.ShouldNotBe(D(MeetingDay));
    }

    [Theory]
    // A word for a party of talks, or the noun the meeting's sentence names, in the past.
    [InlineData(Readout + "They also asked the Kazakh side to open a second lane for empty lorries at Korday.", "asked the Kazakh side")]
    [InlineData(Readout + "The delegation proposed a joint hotline between the Korday and Ak-Zhol posts.", "proposed a joint hotline")]
    [InlineData(Readout + "The minister assured the guests that Kazakh guards would not fire on herders crossing by mistake.", "minister assured")]
    public void A_past_saying_of_the_meeting_s_parties_is_the_meeting_s(string text, string words)
    {
        var saying = Detect.Quoting(text, words, Written);
        saying.Type.ShouldBe(IncidentType.Statement);
        saying.Date.ShouldBe(D(MeetingDay));
    }

    [Fact]
    public void A_past_saying_in_the_meeting_s_own_paragraph_is_the_meeting_s_whoever_said_it()
    {
        const string text = "On 17 November the deputy interior minister of Kazakhstan received a delegation of the Kyrgyz border service in Almaty. " +
                            "The department's spokesman said afterwards that Kazakhstan stood ready to keep the Korday post open at night for Kyrgyz lorries.";
        var saying = Detect.Quoting(text, "spokesman said afterwards", Written);
        saying.Date.ShouldBe(D(MeetingDay));
    }

    [Fact]
    public void A_plural_noun_with_a_subject_and_a_clause_is_a_verb_in_the_present()
    {
        // "The ministry stresses that guards will stay": the tagger's plural noun for "stresses", built by hand.
        var parse = new ParsedSentence([
            new ParsedToken(0, "The", "the", Upos.DET, "DT", 1, "det", 0, 3),
            new ParsedToken(1, "ministry", "ministry", Upos.NOUN, "NN", 2, "nsubj", 4, 12),
            new ParsedToken(2, "stresses", "stress", Upos.NOUN, "NNS", -1, "root", 13, 21),
            new ParsedToken(3, "that", "that", Upos.SCONJ, "IN", 6, "mark", 22, 26),
            new ParsedToken(4, "guards", "guard", Upos.NOUN, "NNS", 6, "nsubj", 27, 33),
            new ParsedToken(5, "will", "will", Upos.AUX, "MD", 6, "aux", 34, 38),
            new ParsedToken(6, "stay", "stay", Upos.VERB, "VB", 2, "ccomp", 39, 43),
            new ParsedToken(7, ".", ".", Upos.PUNCT, ".", 2, "punct", 43, 44),
        ]);
        WritingDay.TenseOf(parse, parse.Tokens[2]).ShouldBe(WritingDay.Tense.Present);
        // Without a subject it stays a noun ("Stresses on the bridge ...").
        var noSubject = parse with { Tokens = parse.Tokens.Select(t => t.Index == 1 ? t with { Relation = "nmod" } : t).ToList() };
        WritingDay.TenseOf(noSubject, noSubject.Tokens[2]).ShouldBe(WritingDay.Tense.Unknown);
        // With a copula, the copula's tense ("The ministers were the hosts").
        var hosts = new ParsedSentence([
            new ParsedToken(0, "The", "the", Upos.DET, "DT", 1, "det", 0, 3),
            new ParsedToken(1, "ministers", "minister", Upos.NOUN, "NNS", 4, "nsubj", 4, 13),
            new ParsedToken(2, "were", "be", Upos.AUX, "VBD", 4, "cop", 14, 18),
            new ParsedToken(3, "the", "the", Upos.DET, "DT", 4, "det", 19, 22),
            new ParsedToken(4, "hosts", "host", Upos.NOUN, "NNS", -1, "root", 23, 28),
        ]);
        WritingDay.TenseOf(hosts, hosts.Tokens[4]).ShouldBe(WritingDay.Tense.Past);
    }

    [Theory]
    [InlineData("KARATAL RADIO - HEADLINES\nFriday, 4 December 2026. Items in the order they were read on air.\n\n", "2026-12-04")]
    [InlineData("NIGHT DESK\n\nMonday 7 December 2026. Compiled by the night editor from the wires.\n\n", "2026-12-07")]
    [InlineData("Border digest\n\nWednesday, 2 December 2026. All times are local.\n\n", "2026-12-02")]
    public void A_paragraph_opening_with_its_date_dates_the_page(string header, string expected)
    {
        var text = header + "07:40 | Kazakh guards on Thursday detained two riders who had crossed the Tekes river outside a post.\n\n" +
                   "11:35 | Grain trucks will get a queue of their own at Kalzhat from 15 December, the commandants decided.";
        var (sentences, context) = Read(text);
        context.Reference.ShouldBe(D(expected));
        context.Source.ShouldBe(PublishedDateSource.StatedInText);
        At(sentences, context, "on Thursday").Date.Year.ShouldBe(2026);
    }

    [Theory]
    // A story's own sentence opening a paragraph is no date line.
    [InlineData("On 4 December 2026 Kazakh guards detained two riders near the Tekes river. Both were released the same evening.\n\n")]
    // A date inside a longer first sentence.
    [InlineData("Guards said on Friday, 4 December 2026, that two riders had been detained. Both were released.\n\n")]
    public void A_story_sentence_with_a_full_date_is_no_date_line(string opening)
    {
        var (_, context) = Read(opening + "The commandants met at the Kalzhat post.");
        context.Source.ShouldNotBe(PublishedDateSource.StatedInText);
    }

    [Theory]
    [InlineData("Kazakh guards detained two riders near the Tekes river on 4 December 2026. Grain trucks will get a queue of their own at Kalzhat from 15 December, the commandants decided.")]
    [InlineData("The two posts exchanged notes on 2 December 2026 about the river ice. A joint patrol of the frozen Tekes is to start on 20 December.")]
    public void A_day_the_text_plans_for_proves_no_later_year_of_writing(string text)
    {
        var (_, context) = Read(text);
        context.Reference.Year.ShouldBe(2026);
    }

    [Fact]
    public void A_bare_past_day_beside_a_full_date_still_proves_a_later_year()
    {
        var (_, context) = Read("The border talks that closed on 22 December 2025 settled nothing. On 18 December the riders had crossed the Tekes again.");
        context.Reference.Year.ShouldBe(2026);
    }

    [Theory]
    // Thursday 3 December 2026.
    [InlineData("Herders say guards fired shots right next to the Tekes bridge on Wednesday.", "on Wednesday", "2026-12-02")]
    [InlineData("A patrol car was parked next to the Kalzhat barrier on Monday, villagers said.", "on Monday", "2026-11-30")]
    // A time ahead by its own words, or a forward verb, still looks ahead.
    [InlineData("The commissions sit down again next Wednesday.", "next Wednesday", "2026-12-09")]
    [InlineData("Guards will put a second post next to the Tekes bridge on Wednesday.", "on Wednesday", "2026-12-09")]
    public void Next_to_a_place_looks_ahead_to_no_time(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, D("2026-12-03"));
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Theory]
    [InlineData("The border department kept two extra boats on the Tekes throughout October, the commandant told the court.", "throughout October", "2026-10")]
    [InlineData("Throughout September the Kalzhat post worked around the clock.", "Throughout September", "2026-09")]
    public void Throughout_a_month_dates_by_that_month(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, D("2026-11-20"));
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Fact]
    public void A_month_name_after_a_word_of_no_time_is_no_date()
    {
        DateRules.Default.Finder.Find("Veterans of the October war laid flowers at the Kalzhat post.").ShouldBeEmpty();
        DateRules.Default.Finder.Find("Herders moved the flocks up to the March pastures above Kalzhat.").ShouldBeEmpty();
    }

    [Fact]
    public void The_sentence_holding_an_offset()
    {
        var input = AnalysisInput.FromText("Guards met at the post. Herders crossed the river.");
        input.SentenceAt(0).ShouldBe(0);
        input.SentenceAt(input.Sentences[1].Start + 3).ShouldBe(1);
        input.SentenceAt(input.Text.Length + 5).ShouldBe(-1);
    }
}
