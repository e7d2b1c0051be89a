using System.Globalization;
using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>Options for <see cref="DateExpressionFinder.Find(string, DateFinderOptions?)"/>.</summary>
/// <param name="RangeStartAsYear">Report a span of years ("from 1996 to 2001") as its start year instead of a range.</param>
public sealed record DateFinderOptions(bool RangeStartAsYear = false);

/// <summary>
/// Finds date expressions in English news text: absolute dates, months, years, seasons, relative and anaphoric
/// phrases. Durations ("for five years", "18 months to leave"), counts ("2,000 militants", "201st") and clock
/// times are not dates and are not returned. Pure: the same text gives the same expressions.
/// Built from one <see cref="DateLexicon"/> (its month, weekday and count words), once per lexicon: <see cref="DateRules"/>
/// owns the instance the date stage reads (di42: no static patterns).
/// </summary>
public sealed partial class DateExpressionFinder
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>The finder for the words of <paramref name="words"/>: its patterns and word sets are built here, once;
    /// each pattern runs interpreted for its first <paramref name="compileAfter"/> uses, compiled after (<see cref="TieredRegex"/>).</summary>
    public DateExpressionFinder(DateLexicon words, int compileAfter = TieredRegex.DefaultCompileAfter)
    {
        Words = words;
        MonthNames = DateLexicon.Alternation(words.Months);
        MonthAlt = MonthAlternation(words);
        Mon = "(?<mon>" + MonthAlt + ")(?![A-Za-z])";
        Weekdays = DateLexicon.Alternation(words.Weekdays);
        FullMonthNames = [.. words.Months];
        CountNouns = new(words.CountNouns, StringComparer.OrdinalIgnoreCase);
        CountLeads = new(words.CountLeads, StringComparer.OrdinalIgnoreCase);
        MonthPrepositions = new(words.MonthPrepositions, StringComparer.OrdinalIgnoreCase);
        Patterns = BuildPatterns();
        tiered = Tiered(Patterns.Select(p => p.Pattern).Append(SinceBefore).Append(TargetBefore).Append(ReportBefore).Append(EventBefore), compileAfter);
    }

    /// <summary>The words the finder was built from.</summary>
    public DateLexicon Words { get; }

    /// <summary>The twelve month names (dates.json months), as a regex alternation.</summary>
    internal string MonthNames { get; }

    /// <summary>Month names, their abbreviations (with or without a dot) and their capitals (headers in capitals: "5 OCT
    /// 2021, 14:20", "MARCH 3, 2019"; not "MAY", dates.json monthsNotInCapitals), as a regex alternation (dates.json
    /// months and monthAbbreviations).</summary>
    internal string MonthAlt { get; }

    /// <summary>The month alternation for <paramref name="words"/>: names, abbreviations with an optional dot, then both in capitals.</summary>
    internal static string MonthAlternation(DateLexicon words)
    {
        var capitals = words.Months.Concat(words.MonthAbbreviations).Where(w => !words.MonthsNotInCapitals.Contains(w)).Select(w => w.ToUpperInvariant());
        return string.Join("|", new[]
        {
            DateLexicon.Alternation(words.Months),
            string.Join("|", words.MonthAbbreviations.Select(a => System.Text.RegularExpressions.Regex.Escape(a) + "\\.?")),
            DateLexicon.Alternation(capitals),
        }.Where(p => p.Length > 0));
    }

    private readonly string Mon;
    private const string DayNum = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])";
    private const string YearNum = "(?<year>\\d{4})(?![\\d:]|,\\d|\\.\\d)";
    private const string MonthModifier =
        "(?<mod>(?i:early|mid|late|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of))";
    private readonly string Weekdays;
    /// <summary>Numbers written as words that count days, weeks or months ("two days later", "a five-day exercise").</summary>
    internal const string CountWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen";
    private const string NumberWord = "(?<n>\\d{1,2}|(?i:a|an|" + CountWords + "))";
    // A count of days compared with a plan or an expectation ("two days earlier than planned") tells no day (date33).
    private const string NotCompared = @"(?!\s+(?i:than)\b)";

    private delegate DateExpression? Builder(Match m, string text);

    private readonly (Regex Pattern, Builder Build)[] Patterns;

    // Longest, most specific shapes first: a later pattern never takes text an earlier one claimed.
    private (Regex Pattern, Builder Build)[] BuildPatterns() =>
    [
        (new Regex(@"(?<!\d)(?<year>\d{4})-(?<m>\d{2})-(?<day>\d{2})(?!\d)"), (m, _) =>
            Day(m, Int(m, "year"), Int(m, "m"), Int(m, "day"))),
        (new Regex(@"(?<![\d.:/])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<year>\d{4})(?![\d.]\d)"), (m, _) => NumericDay(m)),
        (new Regex(@"(?i:from|between)\s+(?<y1>\d{4})\s+(?i:to|and|until|till|through)\s+(?<y2>\d{4})(?!\d)"), (m, _) => YearRange(m)),
        (new Regex(@"(?<![\d,.])(?<y1>\d{4})\s*[–—-]\s*(?<y2>\d{4}|\d{2})(?![\d-])"), (m, _) => YearRange(m)),
        // Days of one month: "12-15 Oct", "from 2 to 10 August", "the clashes of 14 to 16 September 2022": a span inside
        // the month, so the month is its date; "the night of 7 to 8 September" is the night's first day.
        (new Regex(@"(?<![\d.:/])(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[–—-]\s*|\s+(?i:to|and|until|till)\s+)(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Mon + @"(?:,?\s+" + YearNum + ")?"), DayRange),
        // "December 7-11", "from December 7 to 11" (not "and": "December 7 and 11" may be two days).
        (new Regex(Mon + @"\s+(?<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[–—-]\s*|\s+(?i:to|until|till|through)\s+)(?<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])(?!,\d)(?:,?\s+" + YearNum + ")?"), DayRange),
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
        (new Regex(@"(?i:(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?<u>days|weeks|months|day|week|month)|in\s+recent\s+(?<u>days|weeks|months))(?![-\w])(?!\s+of\b)"), (m, _) =>
            Make(m, DateExpressionKind.Relative) with { Unit = m.Groups["u"].Value.Equals("days", StringComparison.OrdinalIgnoreCase) ? RelativeUnit.RecentDays : RelativeUnit.RecentPeriod }),
        (new Regex(@"(?i:the\s+(?:following|next)\s+(?<u>day|month|year)|following\s+(?<u>day|month|year)|an?\s+(?<u>day|month|year)\s+later|(?<u>day)\s+later)(?![-\w])"), (m, _) => AnaphoraNext(m)),
        // "before the end of the year", "by the end of this month": the current one (a target, read as such by its governor).
        (new Regex(@"(?i:(?:the\s+)?(?:end|close)\s+of\s+(?<w>the|this)\s+(?<u>month|year))(?![-\w])"), (m, _) => RelativeUnitPhrase(m)),
        (new Regex(@"(?i:(?:(?<rel>early|late)\s+)?(?<w>last|this|next)\s+(?<u>week|month|year))(?![-\w])(?!\s+of\b)"), (m, _) => RelativeUnitPhrase(m)),
        // "in the coming year": the next one ("the coming weeks" are no single period).
        (new Regex(@"(?i:the\s+(?<w>coming)\s+(?<u>week|month|year))(?![-\w])"), (m, _) => RelativeUnitPhrase(m)),
        (new Regex(@"(?<w>(?i:last|this|next|in\s+the|during\s+the|over\s+the|by\s+the|in\s+early|in\s+late|early\s+this|late\s+this|later\s+this|earlier\s+this))\s+(?<s>(?i:spring|summer|autumn|fall|winter))(?![-\w])(?!,?\s+(?:of\s+)?\d)(?!\s+of\b)"), (m, _) => Season(m)),
        (new Regex(@"(?<s>(?i:spring|summer|autumn|fall|winter))(?=\s*(?:[–—:]|-\s))"), (m, text) => OpensItem(m, text) ? Season(m) : null),
        (new Regex(@"(?i:(?<w>earlier|later)\s+(?:this|in\s+the)\s+(?<u>week|month|year))(?![-\w])"), (m, _) => RelativeUnitPhrase(m)),
        (new Regex(@"(?i:(?<w>earlier|later|early|late)\s+(?:in\s+)?that\s+(?<u>day|month|year)|that\s+same\s+(?<u>day|month|year)|the\s+same\s+(?<u>day|month|year)|that\s+(?<u>month|year))(?![-\w])"), (m, _) => Anaphora(m)),
        (new Regex(@"(?i:at\s+that\s+time|at\s+the\s+same\s+time|(?<!the\s+)that\s+day)(?![-\w])"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = m.Value.EndsWith("day", StringComparison.OrdinalIgnoreCase) ? AnaphoraScope.Day : AnaphoraScope.Same }),
        // "hours later", "that afternoon", "the next morning", "two days later": from the event told just before.
        (new Regex(@"(?i:(?:(?:a\s+few|several|two|three|some)\s+)?(?:hours|minutes)\s+later|(?:later\s+)?that\s+(?:morning|afternoon|evening|night)|the\s+same\s+(?:morning|afternoon|evening|night))(?![-\w])"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day }),
        (new Regex(@"(?i:the\s+(?:following|next)\s+(?:morning|afternoon|evening|night))(?![-\w])"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = 1 }),
        (new Regex(NumberWord + @"\s+(?<u>(?i:days|weeks))\s+(?i:later|afterwards)(?![-\w])" + NotCompared), (m, _) => DaysLater(m)),
        // "two days after the Khujand meeting", "the day after the talks": counted from the event told before.
        (new Regex(@"(?i:(?:" + NumberWord + @"\s+(?<u>days|weeks)|(?:the|a)\s+day)\s+after)(?=\s+(?i:the|that|this|its|their|his|her)\b)"), (m, _) =>
            DaysLater(m) is { } after ? after with { NamesAntecedent = true } : null),
        // "the day before", "two nights earlier": back from the event told just before (not "the day before the vote").
        (new Regex(@"(?i:the\s+(?:day|night|evening)\s+before)(?![-\w])(?!\s+(?i:yesterday|the|a|an|his|her|their|its|this|that|last)\b)"), (m, _) =>
            Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = -1 }),
        (new Regex(NumberWord + @"\s+(?i:nights)\s+(?i:earlier|before)(?![-\w])"), (m, _) =>
            NumberValue(m.Groups["n"].Value) is int n ? Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = -n } : null),
        // "two days earlier", "a week earlier": back from the day told before, as "two nights earlier" (date32); "ago" counts from now.
        // Not a comparison ("two days earlier than planned", "a week later than expected"): no day is counted (date33).
        (new Regex(NumberWord + @"\s+(?<u>(?i:day|days|week|weeks))\s+(?i:earlier)(?![-\w])" + NotCompared), (m, _) => DaysEarlier(m)),
        (new Regex(NumberWord + @"\s+(?<u>(?i:day|days|week|weeks|month|months|year|years))\s+(?i:ago|earlier)(?![-\w])" + NotCompared), (m, _) => Ago(m)),
        (new Regex(@"(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)(?![-\w])"), (m, _) => DayWord(m)),
        // "detained nine men overnight": the night that ends on the day of writing ("overnight on Monday" is Monday's).
        (new Regex(@"(?i:overnight)(?![-\w])(?!\s+(?:on|into|to|from|before|between|of)\b)"), (m, _) => DayWord(m)),
        (new Regex(@"(?:(?<w>(?i:last|this|next|on|early\s+on|late\s+on))\s+)?(?<wd>" + Weekdays + @")(?:\s+(?:and|to)\s+(?:on\s+)?(?<wd2>" + Weekdays + @"))?(?!,?\s*(?:\d|" + MonthAlt + "))"), (m, _) => Weekday(m)),
        (new Regex(@"(?:" + MonthModifier + @"[\s-]+)?" + YearNum), YearOnly),
        (new Regex(@"(?:" + MonthModifier + @"[\s-]+)?" + Mon), MonthOnly),
    ];

    /// <summary>Every date expression in <paramref name="text"/>, in text order.</summary>
    private IReadOnlyList<DateExpression> Scan(string text, DateFinderOptions? options = null)
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

    /// <summary>The first full date (day, month and year; not a span of days such as "1-31 October 2026") in
    /// <paramref name="text"/>, or null: how a page's date element, top bar or header row gives the page's own day.</summary>
    public DateExpression? FirstFullDay(string text) => Find(text).FirstOrDefault(e => e.Kind == DateExpressionKind.Absolute && !e.DaySpan);
}
