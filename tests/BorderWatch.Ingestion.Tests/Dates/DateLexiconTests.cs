using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date29: the date rules' words live in Lexicon/dates.json (<see cref="DateLexicon"/>): the stop-list of a past act's
/// place, the words opening a clause of their own, the speech verbs told to a listener, the weekday names and a header
/// line's labels. Each pattern is built from the lexicon it is given, so a word taken out of the list changes what the
/// rule reads. Sentences of their own, in no corpus.
/// </summary>
public class DateLexiconTests
{
    private static readonly DateLexicon Words = DateLexicon.Default;

    private static DateLexicon Without(string word) => Words with
    {
        PastActStops = Words.PastActStops.Where(w => w != word).ToList(),
        ClauseOpeners = Words.ClauseOpeners.Where(w => w != word).ToList(),
        SpeechToListener = Words.SpeechToListener.Where(w => w != word).ToList(),
        HeaderLabels = Words.HeaderLabels.Where(w => w != word).ToList(),
        WritingLabels = Words.WritingLabels.Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase)).ToList(),
    };

    [Fact]
    public void The_embedded_lexicon_holds_every_list()
    {
        Words.PastActStops.ShouldContain("then");
        Words.ClauseOpeners.ShouldBe(["how", "whether"], ignoreOrder: true);
        Words.SpeechToListener.ShouldContain("told");
        Words.Weekdays.Count.ShouldBe(7);
        Words.HeaderLabels.ShouldContain("Sent");
    }

    [Theory]
    [InlineData("Monday", DayOfWeek.Monday)]
    [InlineData("sunday", DayOfWeek.Sunday)]
    [InlineData("Thursday", DayOfWeek.Thursday)]
    public void A_weekday_name_gives_its_day(string name, DayOfWeek day) => Words.WeekdayOf(name).ShouldBe(day);

    [Fact]
    public void A_word_that_is_no_weekday_gives_none() => Words.WeekdayOf("Holiday").ShouldBeNull();

    [Fact]
    public void A_lexicon_without_seven_weekdays_is_refused() =>
        Should.Throw<InvalidOperationException>(() => DateLexicon.Parse(
            """{"pastActStops":[],"clauseOpeners":[],"speechToListener":[],"weekdays":["Monday"],"headerLabels":[]}"""));

    [Theory]
    // The words before a date (the pattern reads up to it). A stop word after the place's name opens no noun of it:
    // the date is not read as the past act's.
    [InlineData("the envoys lunched at the Tash Rabat and on", "and")]
    [InlineData("the herders gathered at the Kok Jar again in", "again")]
    [InlineData("customs officers trained with the Aral Customs also on", "also")]
    public void A_stop_word_after_the_place_breaks_the_past_act(string before, string stop)
    {
        IncidentDating.PastActFor(Words).IsMatch(before).ShouldBeFalse();
        IncidentDating.PastActFor(Without(stop)).IsMatch(before).ShouldBeTrue();
    }

    [Theory]
    [InlineData("the convoy halted at the Kyzyl Art pass on")]
    [InlineData("both mayors signed at the Dostuk hall in")]
    public void A_common_noun_after_the_place_keeps_the_past_act(string before) =>
        IncidentDating.PastActFor(Words).IsMatch(before).ShouldBeTrue();

    [Theory]
    [InlineData("The two district chiefs met on Friday to decide whether the ferry will run at night.", "whether")]
    [InlineData("Engineers inspected the dam on Monday to work out how the gates will be repaired.", "how")]
    public void A_will_after_a_clause_opener_plans_nothing_for_the_date(string text, string opener)
    {
        IncidentDating.ClauseBoundaryFor(Words).IsMatch(text).ShouldBeTrue();
        IncidentDating.ClauseBoundaryFor(Without(opener)).IsMatch(text).ShouldBeFalse();
        var sentence = TextSegmenter.Sentences(text)[0];
        var date = DateRules.Default.Finder.Find(text)[0];
        DateRules.Default.Dating.ForwardInOwnClause(sentence, date).ShouldBeFalse();
    }

    [Fact]
    public void A_will_in_the_dates_own_clause_still_looks_ahead()
    {
        const string text = "The two district chiefs will meet on Friday at the ferry landing.";
        DateRules.Default.Dating.ForwardInOwnClause(TextSegmenter.Sentences(text)[0], DateRules.Default.Finder.Find(text)[0]).ShouldBeTrue();
    }

    [Theory]
    [InlineData("The commandant told villagers on")]
    [InlineData("a ministry spokeswoman told journalists in")]
    public void A_speech_verb_told_to_a_listener_dates_the_saying(string before)
    {
        IncidentDating.PastSpeechVerbFor(Words).IsMatch(before).ShouldBeTrue();
        IncidentDating.PastSpeechVerbFor(Without("told")).IsMatch(before).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Shepherds will be told on")]
    [InlineData("the families are being told in")]
    public void A_passive_still_to_come_is_no_past_saying(string before) =>
        IncidentDating.PastSpeechVerbFor(Words).IsMatch(before).ShouldBeFalse();

    [Theory]
    [InlineData("Sent: Wednesday 2 June 10:40", "Sent")]
    [InlineData("Dated: Saturday, 19 September", "Dated")]
    public void A_header_label_before_the_weekday_is_read(string field, string label)
    {
        WeekdayHeader.WeekdayDayFor(Words).IsMatch(field).ShouldBeTrue();
        WeekdayHeader.WeekdayDayFor(Without(label)).IsMatch(field).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Filed under: Wednesday 2 June")]
    [InlineData("Wednesdays 2 June")]
    public void A_field_without_a_known_label_or_weekday_is_no_header(string field) =>
        WeekdayHeader.WeekdayDayFor(Words).IsMatch(field).ShouldBeFalse();

    // dates45: a writing label (writingLabels) before the weekday, a word before it at most ("First published").
    [Theory]
    [InlineData("Posted: Wednesday 2 June", "posted")]
    [InlineData("First published Wednesday 2 June, 08:40", "published")]
    [InlineData("Updated on Wednesday 2 June", "updated")]
    public void A_writing_label_before_the_weekday_is_read(string field, string label)
    {
        WeekdayHeader.WeekdayDayFor(Words).IsMatch(field).ShouldBeTrue();
        WeekdayHeader.WeekdayDayFor(Without(label)).IsMatch(field).ShouldBeFalse();
    }
}
