using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date30: the date words still spelled in C# moved to Lexicon/dates.json (past speech verbs, forward participles, the
/// short weekday names of a dated heading, the month names and their short forms). The patterns built from the lexicon
/// are the very patterns the C# spelled (behaviour preserved), and a word taken out of the lexicon is no longer read.
/// </summary>
public class DateWordsInDataTests
{
    private static readonly DateLexicon Words = DateLexicon.Default;

    [Fact]
    public void The_patterns_built_from_the_lexicon_are_the_ones_spelled_before()
    {
        IncidentDating.PastSpeechVerbFor(Words).ToString().ShouldBe(
            @"(?i)(?<!\b(?:be|being)\s+)\b(?:announced|said|stated|declared|decided|agreed|promised|pledged|warned|confirmed|reported|(?:told)(?:\s+(?-i:\p{Ll}{3,}))?)\s+(?:on|in|at|late\s+on|early\s+in|late\s+in)?\s*$");
        IncidentDating.ForwardParticipleFor(Words).ToString().ShouldBe(@"(?i)^(?:scheduled|planned|set|slated|timed|earmarked|expected|intended|proposed)$");
        SectionHeadings.LeadFor(Words).ToString().ShouldBe(
            @"^[\s\[(]*(?:\d{1,3}[.)]\s+)?(?:(?i:update[sd]?|live)\s*[,:–—-]?\s*)?(?:(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+)?");
        SectionHeadings.WeekdayFor(Words).ToString().ShouldBe(@"\(?\b(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\)?");
        DateRules.Default.Finder.MonthAlt.ShouldBe(
            "January|February|March|April|May|June|July|August|September|October|November|December|" +
            @"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?|" +
            "JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|" +
            "JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC");
    }

    [Theory]
    [InlineData("The ministry pledged on", true)]
    [InlineData("The commander cautioned on", false)]
    public void A_past_speech_verb_is_read_from_the_lexicon(string before, bool matches)
    {
        IncidentDating.PastSpeechVerbFor(Words).IsMatch(before).ShouldBe(matches);
        IncidentDating.PastSpeechVerbFor(Words with { PastSpeechVerbs = Words.PastSpeechVerbs.Where(w => w != "pledged").ToList() })
            .IsMatch("The ministry pledged on ").ShouldBeFalse();
    }

    [Fact]
    public void A_forward_participle_is_read_from_the_lexicon()
    {
        IncidentDating.ForwardParticipleFor(Words).IsMatch("slated").ShouldBeTrue();
        IncidentDating.ForwardParticipleFor(Words).IsMatch("signed").ShouldBeFalse();
        IncidentDating.ForwardParticipleFor(Words with { ForwardParticiples = ["scheduled"] }).IsMatch("slated").ShouldBeFalse();
    }

    [Fact]
    public void A_heading_s_short_weekday_is_read_from_the_lexicon()
    {
        SectionHeadings.LeadFor(Words).Match("Thu 12 March 2026").Length.ShouldBe(4);
        SectionHeadings.LeadFor(Words with { WeekdayAbbreviations = [] }).Match("Thu 12 March 2026").Length.ShouldBe(0);
        SectionHeadings.WeekdayFor(Words).IsMatch("(Saturday)").ShouldBeTrue();
        SectionHeadings.WeekdayFor(Words).IsMatch("Sabbath").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Sept.", 9)]
    [InlineData("OCTOBER", 10)]
    [InlineData("may", 5)]
    public void A_month_s_number_comes_from_the_lexicon_s_order(string name, int month) =>
        DateRules.Default.Finder.MonthNumber(name).ShouldBe(month);

    [Fact]
    public void May_in_capitals_is_no_month()
    {
        DateRules.Default.Finder.Find("TROOPS MAY 5 HOURS").ShouldNotContain(e => e.Month == 5);
        DateRules.Default.Finder.Find("FIGHTING ON JUNE 5, 2026").ShouldContain(e => e.Month == 6 && e.Day == 5);
        DateExpressionFinder.MonthAlternation(Words with { MonthsNotInCapitals = [] }).ShouldContain("|MAY|");
    }
}
