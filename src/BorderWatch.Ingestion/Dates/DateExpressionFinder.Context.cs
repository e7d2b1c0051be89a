using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Dates;

/// <summary>The finder's context checks (a count, a name part, a month's preposition, what governs a date) and small parts.</summary>
public sealed partial class DateExpressionFinder
{
    // Words after a number that make it a count or a measure, not a year ("2000 troops"), and words before it ("some 2000"):
    // dates.json countNouns, countLeads (tidy37).
    private readonly HashSet<string> CountNouns;

    private readonly HashSet<string> CountLeads;

    // "Interaction-2025", "Zapad-2021": a year joined by a hyphen to a capitalised word names an exercise or a
    // programme; it does not date anything.
    private static bool IsNamePart(Match m, string text)
    {
        if (m.Groups["mod"].Success || m.Index < 2 || text[m.Index - 1] != '-' || !char.IsLetter(text[m.Index - 2])) return false;
        var i = m.Index - 2;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return char.IsUpper(text[i]);
    }

    // "a herder, born 1979," / "born in 1985": a person's year of birth describes them; it dates no event.
    private static bool IsBirthYear(Match m, string text)
    {
        if (m.Groups["mod"].Success) return false;
        var previous = WordBefore(text, m.Index);
        if (previous is not null && previous.Equals("in", StringComparison.OrdinalIgnoreCase))
            previous = WordBefore(text, text.LastIndexOf(previous, m.Index - 1, StringComparison.OrdinalIgnoreCase));
        return string.Equals(previous, "born", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsCount(Match m, string text)
    {
        var end = m.Index + m.Length;
        if (end < text.Length && (text[end] is '%' or '-' && !(end + 1 < text.Length && char.IsDigit(text[end + 1])))) return true;
        var next = WordAfter(text, end);
        var previous = WordBefore(text, m.Index);
        if (m.Index > 0 && text[m.Index - 1] == '$') return true;
        return (next is not null && CountNouns.Contains(next))
            || (previous is not null && CountLeads.Contains(previous));
    }

    // The words before a month name that make it a date ("in October", "planned for October", "throughout October"): dates.json monthPrepositions.
    private readonly HashSet<string> MonthPrepositions;

    /// <summary>
    /// The date that opens a chronology's item, a table row or a list line, set off by a dash or colon: "March – the
    /// commission met", "Spring: guards were sent". It is that item's date (a month or season alone there is no verb).
    /// </summary>
    private static bool OpensItem(Match m, string text) =>
        ItemOpening().IsMatch(text.AsSpan(0, m.Index)) && ItemDateEnd().IsMatch(text.AsSpan(m.Index + m.Length));

    [GeneratedRegex(@"^[\s*•·\-–—]*$")]
    private static partial Regex ItemOpening();

    [GeneratedRegex(@"^\s*(?:[–—:]|-\s)")]
    private static partial Regex ItemDateEnd();

    private bool HasMonthPreposition(Match m, string text)
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

    private DateGovernor GovernorOf(string text, DateExpression e)
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

    private static bool ValidYear(int year) => year is >= MinYear and <= MaxYear;

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private int MonthOf(Match m) => MonthNumber(m.Groups["mon"].Value);

    /// <summary>1..12 for an English month name or abbreviation ("Sept.", "October").</summary>
    public int MonthNumber(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        key = key.Length >= 3 ? key[..3] : key;
        // (The months of dates.json, January first, by their first three letters.)
        var months = Words.Months;
        for (var i = 0; i < months.Count; i++)
            if (months[i].Length >= 3 && months[i][..3].Equals(key, StringComparison.OrdinalIgnoreCase)) return i + 1;
        throw new ArgumentException($"not a month: {name}", nameof(name));
    }

    private static AnaphoraScope ScopeOf(string unit) => unit.ToLowerInvariant() switch
    {
        "day" => AnaphoraScope.Day,
        "month" => AnaphoraScope.Month,
        _ => AnaphoraScope.Year,
    };

    /// <summary>The number a count word or numeral stands for ("a", "five", "14"), or null.</summary>
    internal static int? NumberValue(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fourteen" => 14,
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
