using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Dates;

/// <summary>A story's opening dateline: its length in the paragraph and the date it states, if any.</summary>
/// <param name="Length">Characters of the dateline, separator included (the story's first sentence starts after them).</param>
/// <param name="DateText">The date written in the dateline ("November 8, 2021", "Jan 12"), or null ("BISHKEK (AP) —"): read
/// with <see cref="LeadDatelines.DateIn"/> and the date stage's finder.</param>
public sealed record LeadDateline(int Length, string Text, string? DateText);

/// <summary>
/// Recognises the dateline that opens a news story's first paragraph: "DUSHANBE, November 8, 2021 - ",
/// "ASHGABAT, Jan 12 (Reuters) - ", "BISHKEK, Kyrgyzstan (AP) — ", "DUSHANBE, October 5. /TASS/. ",
/// "April 19, 2022 (RFE/RL) -- ", "HERAT, Dec 4 (Agency): ", a press release's "Istanbul, 9 September 2025 - ". It says where and when the
/// story was filed, so its date is the publication date, never the date of the first sentence's event. A date alone
/// before a dash ("14 August 2025 – patrols ...") names no place and no agency: it opens a chronology's item, and dates it.
/// </summary>
public static partial class LeadDatelines
{
    private const string MonthWord =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
        @"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|" +
        @"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|" +
        @"JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?";
    // "November 8, 2021", "Nov. 8", "8 November 2021", "October 5".
    private const string DatePart =
        @"(?:" + MonthWord + @"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + MonthWord + @"(?:,?\s+\d{4})?)";
    // A place in capitals ("DUSHANBE", "MAZAR-I-SHARIF", "NEW DELHI"), or two filed from jointly ("ALMATY/TASHKENT"),
    // optionally followed by its country ("BISHKEK, Kyrgyzstan").
    private const string OnePlace = @"[A-Z][A-Z'’.\-]*[A-Z](?:\s+[A-Z][A-Z'’.\-]*[A-Z]){0,3}";
    private const string Place = OnePlace + @"(?:/" + OnePlace + @")?";
    private const string Agency = @"\((?<agency>[^()\n]{2,40})\)";
    private const string AgencySlashes = @"/\s*(?<agency>[A-Za-z][A-Za-z\-]{1,20})\s*/\.?";
    private const string Dash = @"(?:--|[-–—])";
    // After the dateline the story's first sentence starts, on the same line or, in a wire brief that sets the dateline
    // on a line of its own ("MASHHAD, Iran, Dec. 3 (Agency) -" then a blank line), on the next one.
    private const string StoryFollows = @"(?:\s+(?=[\p{Lu}\d“""‘'«])|\s*$)";

    [GeneratedRegex(
        @"^(?<place>" + Place + @")" +
        // Then its date and its country, in either order ("KABUL, Afghanistan, Aug. 15").
        @"(?:,\s*(?<date>" + DatePart + @")|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?){0,2}" +
        @"(?:" +
            @"\.?\s*" + AgencySlashes +
            // An agency's dateline may close with a colon instead of a dash ("QALA-I-NAW, Dec 4 (Agency): ..."), with a date
            // ("QUESTION (Agency): ..." is a turn of a transcript).
            @"|\s*" + Agency + @"\s*(?:" + Dash + @"|(?<colon>:))" +
            @"|\s*" + Dash +
        @")" + StoryFollows)]
    private static partial Regex PlaceFirst();

    // A press release's "Istanbul, 9 September 2025 - ": a place in title case, then a full date with its year and a dash.
    [GeneratedRegex(
        @"^(?<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}),\s*(?<date>" + MonthWord + @"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MonthWord + @",?\s+\d{4})" +
        @"\s*" + Dash + StoryFollows)]
    private static partial Regex TitlePlaceFullDate();

    // "April 19, 2022 (RFE/RL) -- ": a date first needs its agency. A bare "12 October 2024 – guards ..." opens a
    // chronology's item or a table row, and that date is the item's event date.
    [GeneratedRegex(
        @"^(?<date>" + MonthWord + @"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MonthWord + @",?\s+\d{4})" +
        @"\s*" + Agency + @"\s*" + Dash + StoryFollows)]
    private static partial Regex DateFirst();

    /// <summary>The dateline at the start of <paramref name="paragraph"/>, or null.</summary>
    public static LeadDateline? Match(string paragraph)
    {
        var m = PlaceFirst().Match(paragraph);
        // A place dateline needs a date or an agency: "NATO - the alliance ..." is no dateline.
        if (m.Success && (m.Groups["date"].Success || (m.Groups["agency"].Success && !m.Groups["colon"].Success)) && m.Groups["place"].Value.Count(char.IsLetter) >= 3)
            return Build(paragraph, m);
        m = DateFirst().Match(paragraph);
        if (m.Success) return Build(paragraph, m);
        m = TitlePlaceFullDate().Match(paragraph);
        return m.Success ? Build(paragraph, m) : null;
    }

    private static LeadDateline Build(string paragraph, Match m) =>
        new(m.Length, paragraph[..m.Length].TrimEnd(), m.Groups["date"].Success ? m.Groups["date"].Value : null);

    /// <summary>The day a dateline states ("November 8, 2021", "Jan 12", "5 OCT 2021"), or null; offsets are into <paramref name="dateline"/>.</summary>
    public static DateExpression? DateIn(string dateline, DateExpressionFinder finder)
    {
        // Month names in capitals read as in title case.
        var normal = Capitals().Replace(dateline, x => x.Groups[1].Value + x.Groups[2].Value.ToLowerInvariant());
        return finder.Find(normal).FirstOrDefault(e => e.Kind is DateExpressionKind.Absolute or DateExpressionKind.MonthDay);
    }

    [GeneratedRegex(@"\b([A-Z])([A-Z]+)\b")]
    private static partial Regex Capitals();
}
