using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Dates;

/// <summary>Options for <see cref="DateExpressionFinder.Find(string, DateFinderOptions?)"/>.</summary>
/// <param name="RangeStartAsYear">Report a span of years ("from 1996 to 2001") as its start year instead of a range.</param>
public sealed record DateFinderOptions(bool RangeStartAsYear = false);

/// <summary>
/// Finds date expressions in English news text: absolute dates, months, years, seasons, relative and anaphoric
/// phrases. Durations ("for five years", "18 months to leave"), counts ("2,000 militants", "201st") and clock
/// times are not dates and are not returned. Pure: the same text gives the same expressions.
/// </summary>
public static partial class DateExpressionFinder
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    private const string MonthAlt =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?|" +
        // Headers in capitals: "5 OCT 2021, 14:20", "MARCH 3, 2019".
        "JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|" +
        "JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC";
    private const string Mon = "(?<mon>" + MonthAlt + ")(?![A-Za-z])";
    private const string DayNum = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])";
    private const string YearNum = "(?<year>\\d{4})(?![\\d:]|,\\d|\\.\\d)";
    private const string MonthModifier =
        "(?<mod>(?i:early|mid|late|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of))";
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string NumberWord = "(?<n>\\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))";

    private delegate DateExpression? Builder(Match m, string text);

    // Longest, most specific shapes first: a later pattern never takes text an earlier one claimed.
    private static readonly (Regex Pattern, Builder Build)[] Patterns =
    [
        (new Regex(@"(?<!\d)(?<year>\d{4})-(?<m>\d{2})-(?<day>\d{2})(?!\d)"), (m, _) =>
            Day(m, Int(m, "year"), Int(m, "m"), Int(m, "day"))),
        (new Regex(@"(?<![\d.:/])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<year>\d{4})(?![\d.]\d)"), (m, _) => NumericDay(m)),
        (new Regex(@"(?i:from|between)\s+(?<y1>\d{4})\s+(?i:to|and|until|till|through)\s+(?<y2>\d{4})(?!\d)"), (m, _) => YearRange(m)),
        (new Regex(@"(?<![\d,.])(?<y1>\d{4})\s*[–—-]\s*(?<y2>\d{4}|\d{2})(?![\d-])"), (m, _) => YearRange(m)),
        // Days of one month: "12-15 Oct", "from 2 to 10 August", "the clashes of 14 to 16 September 2022": a span inside
        // the month, so the month is its date; "the night of 7 to 8 September" is the night's first day.
        (new Regex(@"(?<![\d.:/])(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[–—-]\s*|\s+(?i:to|and|until|till)\s+)(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Mon + @"(?:,?\s+" + YearNum + ")?"), DayRange),
        (new Regex(Mon + @"\s+(?<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*[–—-]\s*(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?:,?\s+" + YearNum + ")?"), DayRange),
        // Year first with the month written out, as page titles of day pages have it: "2025 September 8".
        (new Regex(@"(?<![\d,.])(?<year>\d{4})\s+" + Mon + @"\s+" + DayNum), (m, _) =>
            Day(m, Int(m, "year"), MonthOf(m), Int(m, "day"))),
        (new Regex(Mon + @"\s+" + DayNum + @",?\s+" + YearNum), (m, _) =>
            Day(m, Int(m, "year"), MonthOf(m), Int(m, "day"))),
        (new Regex(DayNum + @"\s+(?:of\s+)?" + Mon + @",?\s+" + YearNum), (m, _) =>
            Day(m, Int(m, "year"), MonthOf(m), Int(m, "day"))),
        (new Regex(@"(?:" + MonthModifier + @"[\s-]+)?" + Mon + @",?\s+(?:of\s+)?" + YearNum), (m, _) =>
            ValidYear(Int(m, "year")) ? Make(m, DateExpressionKind.MonthYear) with { Year = Int(m, "year"), Month = MonthOf(m) } : null),
        (new Regex(@"(?i:(?:the\s+)?(?:spring|summer|autumn|fall|winter))\s+(?i:of\s+)?" + YearNum), YearOnly),
        (new Regex(@"(?<rel>(?i:(?:early\s+|late\s+)?(?:last|this|next)))\s+" + Mon + @"(?!\s*\d)"), (m, _) => NamedMonth(m)),
        (new Regex(Mon + @"\s+" + DayNum), (m, _) => MonthDay(m)),
        (new Regex(@"(?<![\d,.])" + DayNum + @"\s+(?:of\s+)?" + Mon), (m, _) => MonthDay(m)),
        (new Regex(@"(?i:(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks|months|day|week|month)|in\s+recent\s+(?:days|weeks|months))(?![-\w])"), (m, _) =>
            Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.RecentPeriod }),
        (new Regex(@"(?i:the\s+(?:following|next)\s+(?<u>day|month|year)|following\s+(?<u>day|month|year)|an?\s+(?<u>day|month|year)\s+later|(?<u>day)\s+later)(?![-\w])"), (m, _) => AnaphoraNext(m)),
        (new Regex(@"(?i:(?:(?<rel>early|late)\s+)?(?<w>last|this|next)\s+(?<u>week|month|year))(?![-\w])"), (m, _) => RelativeUnitPhrase(m)),
        (new Regex(@"(?<w>(?i:last|this|next|in\s+the|during\s+the|over\s+the|by\s+the|in\s+early|in\s+late|early\s+this|late\s+this|later\s+this|earlier\s+this))\s+(?<s>(?i:spring|summer|autumn|fall|winter))(?![-\w])(?!,?\s+(?:of\s+)?\d)(?!\s+of\b)"), (m, _) => Season(m)),
        (new Regex(@"(?i:(?<w>earlier|later)\s+this\s+(?<u>week|month|year))(?![-\w])"), (m, _) => RelativeUnitPhrase(m)),
        (new Regex(@"(?i:(?<w>earlier|later|early|late)\s+(?:in\s+)?that\s+(?<u>day|month|year)|that\s+same\s+(?<u>day|month|year)|the\s+same\s+(?<u>day|month|year)|that\s+(?<u>month|year))(?![-\w])"), (m, _) => Anaphora(m)),
        (new Regex(@"(?i:at\s+that\s+time|at\s+the\s+same\s+time|(?<!the\s+)that\s+day)(?![-\w])"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = m.Value.EndsWith("day", StringComparison.OrdinalIgnoreCase) ? AnaphoraScope.Day : AnaphoraScope.Same }),
        // "hours later", "that afternoon", "the next morning", "two days later": from the event told just before.
        (new Regex(@"(?i:(?:(?:a\s+few|several|two|three|some)\s+)?(?:hours|minutes)\s+later|(?:later\s+)?that\s+(?:morning|afternoon|evening|night)|the\s+same\s+(?:morning|afternoon|evening|night))(?![-\w])"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day }),
        (new Regex(@"(?i:the\s+(?:following|next)\s+(?:morning|afternoon|evening|night))(?![-\w])"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = 1 }),
        (new Regex(NumberWord + @"\s+(?<u>(?i:days|weeks))\s+(?i:later|afterwards)(?![-\w])"), (m, _) => DaysLater(m)),
        // "two days after the Khujand meeting", "the day after the talks": counted from the event told before.
        (new Regex(@"(?i:(?:" + NumberWord + @"\s+(?<u>days|weeks)|(?:the|a)\s+day)\s+after)(?=\s+(?i:the|that|this|its|their|his|her)\b)"), (m, _) =>
            (m.Groups["n"].Success ? NumberValue(m.Groups["n"].Value) : 1) is int n
                ? Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = m.Groups["u"].Value.StartsWith('w') || m.Groups["u"].Value.StartsWith('W') ? 7 * n : n, NamesAntecedent = true }
                : null),
        // "the day before", "two nights earlier": back from the event told just before (not "the day before the vote").
        (new Regex(@"(?i:the\s+(?:day|night|evening)\s+before)(?![-\w])(?!\s+(?i:yesterday|the|a|an|his|her|their|its|this|that|last)\b)"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = -1 }),
        (new Regex(NumberWord + @"\s+(?i:nights)\s+(?i:earlier|before)(?![-\w])"), (m, _) =>
            NumberValue(m.Groups["n"].Value) is int n ? Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = -n } : null),
        (new Regex(NumberWord + @"\s+(?<u>(?i:day|days|week|weeks|month|months|year|years))\s+(?i:ago|earlier)(?![-\w])"), (m, _) => Ago(m)),
        (new Regex(@"(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)(?![-\w])"), (m, _) => DayWord(m)),
        (new Regex(@"(?:(?<w>(?i:last|this|next|on|early\s+on|late\s+on))\s+)?(?<wd>" + Weekdays + @")(?:\s+(?:and|to)\s+(?:on\s+)?(?<wd2>" + Weekdays + @"))?(?!,?\s*(?:\d|" + MonthAlt + "))"), (m, _) => Weekday(m)),
        (new Regex(@"(?:" + MonthModifier + @"[\s-]+)?" + YearNum), YearOnly),
        (new Regex(@"(?:" + MonthModifier + @"[\s-]+)?" + Mon), MonthOnly),
    ];

    /// <summary>Every date expression in <paramref name="text"/>, in text order.</summary>
    private static IReadOnlyList<DateExpression> Scan(string text, DateFinderOptions? options = null)
    {
        options ??= new DateFinderOptions();
        var taken = new bool[text.Length];
        var found = new List<DateExpression>();
        foreach (var (pattern, build) in Patterns)
        {
            foreach (Match m in Fast(pattern).Matches(text))
            {
                if (m.Length == 0 || Overlaps(taken, m.Index, m.Index + m.Length)) continue;
                if (!IsWordStart(text, m.Index)) continue;
                var e = build(m, text);
                if (e is null) continue;
                if (e.Kind == DateExpressionKind.Range && options.RangeStartAsYear)
                    e = e with { Kind = DateExpressionKind.Year, Governor = DateGovernor.Since };
                for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                found.Add(e);
            }
        }
        return found
            .Select(e => e.Governor == DateGovernor.None ? e with { Governor = GovernorOf(text, e) } : e)
            .OrderBy(e => e.Start)
            .ToList();
    }

    // ---- builders ----

    private static DateExpression Make(Match m, DateExpressionKind kind) => new(m.Index, m.Index + m.Length, m.Value, kind);

    private static DateExpression? Day(Match m, int year, int month, int day) =>
        ValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Make(m, DateExpressionKind.Absolute) with { Year = year, Month = month, Day = day }
            : null;

    // "09.07.2021" is day-first (European and Central Asian usage); a slash date is read day-first
    // too unless only a month-first reading is valid ("07/25/2021").
    private static DateExpression? NumericDay(Match m)
    {
        int a = Int(m, "a"), b = Int(m, "b"), year = Int(m, "year");
        if (m.Groups["sep"].Value == "/" && b > 12 && a <= 12) (a, b) = (b, a);
        return Day(m, year, b, a);
    }

    private static DateExpression? YearRange(Match m)
    {
        var y1 = Int(m, "y1");
        var y2Text = m.Groups["y2"].Value;
        var y2 = y2Text.Length == 2 ? y1 / 100 * 100 + int.Parse(y2Text, CultureInfo.InvariantCulture) : int.Parse(y2Text, CultureInfo.InvariantCulture);
        if (!ValidYear(y1) || !ValidYear(y2) || y2 <= y1) return null;
        return Make(m, DateExpressionKind.Range) with { Year = y1, EndYear = y2 };
    }

    private static DateExpression? YearOnly(Match m, string text)
    {
        var year = Int(m, "year");
        if (!ValidYear(year) || IsCount(m, text) || IsNamePart(m, text)) return null;
        // "in the 2000s": a decade, no single year.
        if (m.Index + m.Length < text.Length && text[m.Index + m.Length] == 's') return null;
        return Make(m, DateExpressionKind.Year) with { Year = year };
    }

    private static DateExpression? MonthDay(Match m)
    {
        var day = Int(m, "day");
        if (day is < 1 or > 31) return null;
        var month = MonthOf(m);
        if (day > DateTime.DaysInMonth(2000, month)) return null;
        return Make(m, DateExpressionKind.MonthDay) with { Month = month, Day = day };
    }

    private static readonly HashSet<string> FullMonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static DateExpression? MonthOnly(Match m, string text)
    {
        // An abbreviation alone is too often something else; a bare month name needs a preposition
        // or a modifier ("in April", "early October"), which also keeps "may" and "march" out.
        if (!FullMonthNames.Contains(m.Groups["mon"].Value)) return null;
        if (!m.Groups["mod"].Success && !HasMonthPreposition(m, text)) return null;
        return Make(m, DateExpressionKind.Month) with { Month = MonthOf(m) };
    }

    private static DateExpression NamedMonth(Match m)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var offset = rel.EndsWith("last", StringComparison.Ordinal) ? -1 : rel.EndsWith("next", StringComparison.Ordinal) ? 1 : 0;
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.NamedMonth, Month = MonthOf(m), Offset = offset };
    }

    private static DateExpression RelativeUnitPhrase(Match m)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var offset = w switch { "last" => -1, "next" => 1, _ => 0 };
        var unit = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "week" => RelativeUnit.Week,
            "month" => RelativeUnit.Month,
            _ => RelativeUnit.Year,
        };
        return Make(m, DateExpressionKind.Relative) with { Unit = unit, Offset = offset };
    }

    // A season with no year ("in the autumn", "last spring"): its first month and which occurrence is meant.
    private static DateExpression Season(Match m)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var offset = w.StartsWith("last", StringComparison.Ordinal) ? -1 : w.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
        var month = m.Groups["s"].Value.ToLowerInvariant() switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.Season, Month = month, Offset = offset };
    }

    private static DateExpression? DayRange(Match m, string text)
    {
        int first = Int(m, "d1"), last = Int(m, "day"), month = MonthOf(m);
        int? year = m.Groups["year"].Success ? Int(m, "year") : null;
        if (first < 1 || last <= first || last > DateTime.DaysInMonth(year ?? 2000, month) || (year is int y && !ValidYear(y))) return null;
        // "the night of 7 to 8 September": one night, dated by the day it began.
        if (last == first + 1 && NightOf().IsMatch(text[..m.Index]))
            return year is int ny ? Make(m, DateExpressionKind.Absolute) with { Year = ny, Month = month, Day = first }
                : Make(m, DateExpressionKind.MonthDay) with { Month = month, Day = first };
        return year is int yy ? Make(m, DateExpressionKind.MonthYear) with { Year = yy, Month = month }
            : Make(m, DateExpressionKind.Month) with { Month = month };
    }

    [GeneratedRegex(@"(?i)\bnight\s+of\s+(?:the\s+)?$")]
    private static partial Regex NightOf();

    private static DateExpression Anaphora(Match m) =>
        Make(m, DateExpressionKind.Anaphoric) with { Scope = ScopeOf(m.Groups["u"].Value) };

    private static DateExpression AnaphoraNext(Match m) =>
        Make(m, DateExpressionKind.Anaphoric) with { Scope = ScopeOf(m.Groups["u"].Value), Offset = 1 };

    private static DateExpression? DaysLater(Match m) =>
        NumberValue(m.Groups["n"].Value) is int n
            ? Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = m.Groups["u"].Value.StartsWith('w') || m.Groups["u"].Value.StartsWith('W') ? 7 * n : n }
            : null;

    private static DateExpression? Ago(Match m)
    {
        var n = NumberValue(m.Groups["n"].Value);
        if (n is null) return null;
        var u = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
        var (unit, steps) = u switch
        {
            "day" => (RelativeUnit.Day, n.Value),
            "week" => (RelativeUnit.Day, n.Value * 7),
            "month" => (RelativeUnit.Month, n.Value),
            _ => (RelativeUnit.Year, n.Value),
        };
        return Make(m, DateExpressionKind.Relative) with { Unit = unit, Offset = -steps };
    }

    private static DateExpression DayWord(Match m)
    {
        var offset = m.Value.ToLowerInvariant() switch
        {
            "yesterday" => -1,
            var v when v.StartsWith("last", StringComparison.Ordinal) => -1,
            "tomorrow" => 1,
            var v when v.StartsWith("the day before", StringComparison.Ordinal) => -2,
            _ => 0,
        };
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.Day, Offset = offset };
    }

    private static DateExpression Weekday(Match m)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var day = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        var offset = w switch { "last" => -1, "next" => 1, _ => 0 };
        DayOfWeek? last = m.Groups["wd2"].Success ? Enum.Parse<DayOfWeek>(m.Groups["wd2"].Value) : null;
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.Weekday, Weekday = day, Offset = offset, LastWeekday = last };
    }

    // ---- context checks ----

    // Words after a number that make it a count or a measure, not a year ("2000 troops").
    private static readonly HashSet<string> CountNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "troops", "soldiers", "militants", "fighters", "people", "men", "women", "personnel", "refugees", "families",
        "km", "kilometres", "kilometers", "miles", "metres", "meters", "tons", "tonnes", "dollars", "euros", "rubles",
        "roubles", "times", "members", "officers", "guards", "police", "civilians", "vehicles", "tanks", "units",
        "strong", "year", "years", "month", "months", "day", "days", "hours",
    };

    private static readonly HashSet<string> CountLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "some", "about", "around", "nearly", "approximately", "almost", "than", "roughly", "estimated", "least",
        "up", "over", "under", "only", "another", "total", "$", "no.", "number",
    };

    // "Interaction-2025", "Zapad-2021": a year joined by a hyphen to a capitalised word names an exercise or a
    // programme; it does not date anything.
    private static bool IsNamePart(Match m, string text)
    {
        if (m.Groups["mod"].Success || m.Index < 2 || text[m.Index - 1] != '-' || !char.IsLetter(text[m.Index - 2])) return false;
        var i = m.Index - 2;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return char.IsUpper(text[i]);
    }

    private static bool IsCount(Match m, string text)
    {
        var end = m.Index + m.Length;
        if (end < text.Length && (text[end] is '%' or '-' && !(end + 1 < text.Length && char.IsDigit(text[end + 1])))) return true;
        var next = WordAfter(text, end);
        var previous = WordBefore(text, m.Index);
        if (m.Index > 0 && text[m.Index - 1] == '$') return true;
        return (next is not null && CountNouns.Contains(next))
            || (previous is not null && CountLeads.Contains(previous));
    }

    private static readonly HashSet<string> MonthPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "since", "by", "until", "till", "during", "from", "of", "through", "before", "after",
        "early", "late", "mid", "last", "next", "this", "between", "and", "to",
    };

    private static bool HasMonthPreposition(Match m, string text)
    {
        var previous = WordBefore(text, m.Index);
        return previous is not null && MonthPrepositions.Contains(previous);
    }

    private static readonly Regex ReportBefore = new(
        @"(?i:\b(?:reported|reports|wrote|writes|cited|quoted|according\s+to\s+[^,.;]{1,80}?|published|broadcast)\s*(?:on|in|late\s+on|earlier\s+on)?\s*)$");
    // "since 2014", and a date inside a since-clause: "since he became leader in late 2016".
    private static readonly Regex SinceBefore = new(
        @"(?i:\b(?:since|from|starting|beginning)\s+(?:early\s+|late\s+|mid-?|the\s+)?|\bsince\s+[^.;:,]{1,60}?\b(?:in|on)\s+)$");
    private static readonly Regex TargetBefore = new(@"(?i:\b(?:until|till|through|by|to\s+last\s+until|no\s+later\s+than|before|\b(?:plan|programme|program|budget|measures|schedule|strategy)\b[^.;:]{0,80}?\bfor)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?)$");
    private static readonly Regex EventBefore = new(
        @"(?i:\b(?:signed|taken|took|held|killed|captured|seized|launched|began|begun|started|attacked|clashed|crossed|deployed|visited|met|agreed|withdrew|withdrawn|fled|opened|closed|established|announced|occurred|happened|took\s+place|conducted|carried\s+out|arrested|detained|shot|fought|joined|left|admitted|raised|concluded|ratified)\b[^.;:]{0,40})$");

    private static DateGovernor GovernorOf(string text, DateExpression e)
    {
        if (e.Kind is DateExpressionKind.Anaphoric) return DateGovernor.None;
        var from = Math.Max(0, e.Start - 80);
        var before = text[from..e.Start];
        var phrase = e.Text;
        if (phrase.StartsWith("since", StringComparison.OrdinalIgnoreCase) || Fast(SinceBefore).IsMatch(before)) return DateGovernor.Since;
        if (Fast(TargetBefore).IsMatch(before)) return DateGovernor.Target;
        if (Fast(ReportBefore).IsMatch(before)) return DateGovernor.Report;
        if (Fast(EventBefore).IsMatch(before)) return DateGovernor.Event;
        return DateGovernor.None;
    }

    // ---- small parts ----

    private static bool ValidYear(int year) => year is >= MinYear and <= MaxYear;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthOf(Match m) => MonthNumber(m.Groups["mon"].Value);

    /// <summary>1..12 for an English month name or abbreviation ("Sept.", "October").</summary>
    public static int MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        key = key.Length >= 3 ? key[..3] : key;
        return key switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => throw new ArgumentException($"not a month: {name}", nameof(name)),
        };
    }

    private static AnaphoraScope ScopeOf(string unit) => unit.ToLowerInvariant() switch
    {
        "day" => AnaphoraScope.Day,
        "month" => AnaphoraScope.Month,
        _ => AnaphoraScope.Year,
    };

    private static int? NumberValue(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var d when int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static bool Overlaps(bool[] taken, int start, int end)
    {
        for (var i = start; i < end; i++) if (taken[i]) return true;
        return false;
    }

    private static bool IsWordStart(string text, int index) => index == 0 || !char.IsLetterOrDigit(text[index - 1]);

    private static string? WordAfter(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] == ' ') i++;
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '.')) i++;
        return i > start ? text[start..i].TrimEnd('.') : null;
    }

    private static string? WordBefore(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '-') i--;
        var end = i + 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '.' or '$')) i--;
        return end > i + 1 ? text[(i + 1)..end] : null;
    }
}
