namespace BorderWatch.Ingestion.Dates;

/// <summary>What a date expression states.</summary>
public enum DateExpressionKind
{
    /// <summary>A full day: "July 9, 2021", "9 July 2021", "2021-07-09", "09.07.2021".</summary>
    Absolute,
    /// <summary>A month of a year: "October 2015", "end of November 2018".</summary>
    MonthYear,
    /// <summary>A year: "in 2012", "since 2014", "mid-2019", "in the spring of 2016".</summary>
    Year,
    /// <summary>A day of a month with no year: "on December 18".</summary>
    MonthDay,
    /// <summary>A month with no year: "in April", "in early October".</summary>
    Month,
    /// <summary>A span of years: "from 1996 to 2001", "1996–2001". No single date.</summary>
    Range,
    /// <summary>Relative to the time of writing: "last year", "on Sunday", "two days ago", "in the autumn".</summary>
    Relative,
    /// <summary>Refers back to an earlier dated statement: "later that month", "the same day".</summary>
    Anaphoric,
}

/// <summary>The word that governs a date and so tells what the date is of.</summary>
public enum DateGovernor
{
    None,
    /// <summary>"since 2014", "from 2014": the start of a state of affairs.</summary>
    Since,
    /// <summary>"until 2042", "by 2020": the end of a term or a target, not when something happened.</summary>
    Target,
    /// <summary>"Reuters reported on January 27": the date of a report about the event.</summary>
    Report,
    /// <summary>"signed in 2012", "killed in April 2018": the date of an event.</summary>
    Event,
}

/// <summary>The unit a relative expression counts in.</summary>
/// <remarks><see cref="RecentDays"/> is "in recent days", "over the past few days" (the week before the reference day);
/// <see cref="RecentPeriod"/> any other recent stretch ("in the past month", "in recent weeks").</remarks>
public enum RelativeUnit { Day, Weekday, Week, Month, Year, NamedMonth, RecentPeriod, Season, RecentDays }

/// <summary>What an anaphoric expression takes from its antecedent.</summary>
public enum AnaphoraScope { Day, Month, Year, Same }

/// <summary>
/// One date expression found in a text, with offsets (<c>text[Start..End] == Text</c>) and its meaning.
/// Only the parts the text states are set: a month-day has no <see cref="Year"/>.
/// </summary>
public sealed record DateExpression(int Start, int End, string Text, DateExpressionKind Kind)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    /// <summary>Last year of a <see cref="DateExpressionKind.Range"/>.</summary>
    public int? EndYear { get; init; }
    public RelativeUnit? Unit { get; init; }
    /// <summary>Steps from the reference: -1 "last", 0 "this", +1 "next", -2 "two days ago".</summary>
    public int Offset { get; init; }
    public DayOfWeek? Weekday { get; init; }
    /// <summary>The last day of a pair of weekdays ("on Saturday and Sunday"): two days, not one.</summary>
    public DayOfWeek? LastWeekday { get; init; }
    public AnaphoraScope? Scope { get; init; }
    /// <summary>An anaphoric expression that names the event it counts from ("two days after the Khujand meeting"),
    /// which may lie further back than the sentence before.</summary>
    public bool NamesAntecedent { get; init; }
    public DateGovernor Governor { get; init; }
    /// <summary>date33: the first day of a span of days ("22-23 September", "from 7 to 12 December"): the incident's day, but
    /// no day of writing and no day "the same day" points back to (those read the span's month, as before).</summary>
    public bool DaySpan { get; init; }

    /// <summary>True for kinds that fix a year by themselves.</summary>
    public bool HasExplicitYear => Kind is DateExpressionKind.Absolute or DateExpressionKind.MonthYear or DateExpressionKind.Year;
}
