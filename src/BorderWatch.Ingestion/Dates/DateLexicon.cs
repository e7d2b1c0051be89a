using System.Text.Json;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// The words the date rules read (Lexicon/dates.json): what stops a past act's place name, the words that open a clause
/// of their own, the speech verbs told to a listener, the weekday names and the labels of a header line's date.
/// Registered in DI (<see cref="Incidents.TypeModel.TypeModelServices.AddIncidentDetection"/>) and given to the detector
/// (<see cref="Incidents.DetectorLexicons.Dates"/>), which builds its date stage from it (<see cref="DateRules"/>: every
/// pattern and word set once per lexicon). <see cref="Default"/> is the embedded file, the composition roots' default (di42).
/// </summary>
public sealed record DateLexicon(
    IReadOnlyList<string> PastActStops, IReadOnlyList<string> ClauseOpeners, IReadOnlyList<string> SpeechToListener,
    IReadOnlyList<string> Weekdays, IReadOnlyList<string> HeaderLabels)
{
    /// <summary>The words by which an interview's standfirst tells when the talk took place ("spoke to him in Shymkent on
    /// Wednesday, 2 December", "Recorded: Tuesday, 1 December 2026") (Incidents/InterviewDay).</summary>
    public IReadOnlyList<string> InterviewCues { get; init; } = [];

    /// <summary>border31: words right after an interview cue naming the person talked to ("spoke to him"), and words right
    /// before it making it passive ("was recorded"): with either (or a capitalised name, a colon, the cue opening its line)
    /// the cue tells of the talk, not of another act ("recorded three shootings") (Incidents/InterviewDay).</summary>
    public IReadOnlyList<string> InterviewListeners { get; init; } = [];
    public IReadOnlyList<string> InterviewPassives { get; init; } = [];
    /// <summary>border31: the talk as the cue's object ("recorded this conversation in Taraz on Tuesday").</summary>
    public IReadOnlyList<string> InterviewTalkNouns { get; init; } = [];

    /// <summary>Past verbs of saying or deciding whose date is of that act ("announced in September that towers will be
    /// built") (IncidentDating.AfterPastSpeechVerb).</summary>
    public IReadOnlyList<string> PastSpeechVerbs { get; init; } = [];

    /// <summary>Participles of planning that look ahead after a past act's shape ("an exercise scheduled for October")
    /// (IncidentDating.AfterPastAct).</summary>
    public IReadOnlyList<string> ForwardParticiples { get; init; } = [];

    /// <summary>The twelve month names, January first (DateExpressionFinder, DatedSections).</summary>
    public IReadOnlyList<string> Months { get; init; } = [];

    /// <summary>The months' short forms, written with or without a dot ("Sept.", "Oct").</summary>
    public IReadOnlyList<string> MonthAbbreviations { get; init; } = [];

    /// <summary>Month names not read in capitals ("MAY" is the verb of a headline in capitals).</summary>
    public IReadOnlyList<string> MonthsNotInCapitals { get; init; } = [];

    /// <summary>Short weekday names a dated heading may open with ("Tue 14 May") (DatedSections).</summary>
    public IReadOnlyList<string> WeekdayAbbreviations { get; init; } = [];

    /// <summary>Words (lemmas) for a party of talks as a saying's subject ("the sides", "the guests", "they"): a past saying
    /// with one after a meeting's paragraph was made at the meeting (Incidents/ReadoutSayings).</summary>
    public IReadOnlyList<string> ReadoutSpeakers { get; init; } = [];

    /// <summary>The words before a bare month name that make it a date ("in October", "planned for October", "throughout
    /// October") (DateExpressionFinder.HasMonthPreposition).</summary>
    public IReadOnlyList<string> MonthPrepositions { get; init; } = [];

    /// <summary>Words by which a story refers back to the day its paragraph opens with ("that morning"): mend31.</summary>
    public IReadOnlyList<string> BackReferences { get; init; } = [];

    /// <summary>date32: the auxiliaries of the present progressive ("is holding", "are meeting") and the words that put a
    /// sentence at the time of writing ("today"), by which an opening sentence tells the page's own day (Dates/OpeningDay).</summary>
    public IReadOnlyList<string> PresentAuxiliaries { get; init; } = [];
    public IReadOnlyList<string> NowWords { get; init; } = [];
    /// <summary>date32: words opening another act's clause between the present verb and the date ("who crossed on ...").</summary>
    public IReadOnlyList<string> OtherActOpeners { get; init; } = [];

    /// <summary>date33: the occasions a page records, the words between an occasion and its day, and the lower-case words a
    /// header line naming it may hold (Dates/OccasionLine).</summary>
    public IReadOnlyList<string> OccasionNouns { get; init; } = [];
    public IReadOnlyList<string> OccasionLinks { get; init; } = [];
    public IReadOnlyList<string> OccasionJoiners { get; init; } = [];
    /// <summary>date33: present progressives whose object is a past act ("are investigating a shooting ... on Sunday 29
    /// November"): the day is that act's, not the page's (Dates/OpeningDay).</summary>
    public IReadOnlyList<string> LookBackProgressives { get; init; } = [];

    /// <summary>tidy37: words that label a date as the text's own anywhere in a sentence ("Published 4 November 2026"), words
    /// that label it only on a header line of its own ("Filed 3 May 2019"), and the small words such a line may hold around
    /// its date ("Date of issue: ...") (Dates/WritingDate).</summary>
    public IReadOnlyList<string> WritingLabels { get; init; } = [];
    public IReadOnlyList<string> HeaderOnlyLabels { get; init; } = [];
    public IReadOnlyList<string> HeaderLineWords { get; init; } = [];

    /// <summary>tidy37: words after a number ("2000 troops") or before it ("some 2000") that make it a count, not a year
    /// (DateExpressionFinder.IsCount).</summary>
    public IReadOnlyList<string> CountNouns { get; init; } = [];
    public IReadOnlyList<string> CountLeads { get; init; } = [];

    public static DateLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        List<string> List(string name) => doc.RootElement.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList()
            : throw new InvalidOperationException($"dates.json: the list '{name}' is missing");
        var weekdays = List("weekdays");
        if (weekdays.Count != 7) throw new InvalidOperationException("dates.json: 'weekdays' names the seven days, Monday first");
        var months = List("months");
        if (months.Count != 12) throw new InvalidOperationException("dates.json: 'months' names the twelve months, January first");
        return new(List("pastActStops"), List("clauseOpeners"), List("speechToListener"), weekdays, List("headerLabels"))
        {
            InterviewCues = List("interviewCues"),
            InterviewListeners = List("interviewListeners"),
            InterviewPassives = List("interviewPassives"),
            InterviewTalkNouns = List("interviewTalkNouns"),
            PastSpeechVerbs = List("pastSpeechVerbs"),
            ForwardParticiples = List("forwardParticiples"),
            WeekdayAbbreviations = List("weekdayAbbreviations"),
            Months = months,
            MonthAbbreviations = List("monthAbbreviations"),
            MonthsNotInCapitals = List("monthsNotInCapitals"),
            ReadoutSpeakers = List("readoutSpeakers"),
            MonthPrepositions = List("monthPrepositions"),
            BackReferences = List("backReferences"),
            PresentAuxiliaries = List("presentAuxiliaries"),
            NowWords = List("nowWords"),
            OtherActOpeners = List("otherActOpeners"),
            OccasionNouns = List("occasionNouns"),
            OccasionLinks = List("occasionLinks"),
            OccasionJoiners = List("occasionJoiners"),
            LookBackProgressives = List("lookBackProgressives"),
            WritingLabels = List("writingLabels"),
            HeaderOnlyLabels = List("headerOnlyLabels"),
            HeaderLineWords = List("headerLineWords"),
            CountNouns = List("countNouns"),
            CountLeads = List("countLeads"),
        };
    }

    /// <summary>The words of <paramref name="words"/> as a regex alternation (escaped); an empty list matches nothing.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        words.Any() ? string.Join("|", words.Select(System.Text.RegularExpressions.Regex.Escape)) : "(?!)";

    /// <summary>The day a weekday name stands for (the list is Monday first).</summary>
    public DayOfWeek? WeekdayOf(string name)
    {
        for (var i = 0; i < Weekdays.Count; i++)
            if (string.Equals(Weekdays[i], name, StringComparison.OrdinalIgnoreCase)) return (DayOfWeek)((i + 1) % 7);
        return null;
    }

    private static readonly Lazy<DateLexicon> Instance = new(() => Parse(LexiconResource.Read("dates.json")));

    public static DateLexicon Default => Instance.Value;
}
