using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An interview's answers are said when the talk took place, which its standfirst often tells apart from the day it was
/// published ("Sayram Journal spoke to him in Shymkent on Wednesday, 2 December.", "Recorded: Tuesday, 1 December 2026, at
/// the post", "The interview was recorded in Khorog on 24 November."). A saying in the turns with no date of its own is
/// dated to that day, not to the day of publication.
/// </summary>
/// <remarks>
/// The turns are sentences opened by a speaker's label that opens at least two of them ("OSPANOV: ...", "Davlat Sharipov:
/// ..."): a label used once ("Broadcast: Thursday ...", "Recorded: ...") is a header line. The day is the first one told
/// after a cue of dates.json interviewCues in a sentence before the first turn, to the day and not after the time of
/// writing. Only sayings: an act the speaker tells ("Our patrol stopped a boat") has its own time, not the talk's.
/// </remarks>
public sealed class InterviewDay
{
    internal const string Note = "a saying in an interview: the day its standfirst says the talk took place";

    private readonly Regex cue;
    private readonly HashSet<string> listeners;
    private readonly HashSet<string> passives;
    private readonly HashSet<string> talks;
    private readonly DateResolver resolver;
    private readonly Recognition.EntityRecognizer recognizer;

    /// <param name="dates">The date stage whose words (interviewCues, interviewListeners, ...) and resolver read the standfirst.</param>
    /// <param name="recognizer">Tells a state's name before a common noun ("spoke to Afghan traders").</param>
    public InterviewDay(DateRules dates, Recognition.EntityRecognizer recognizer)
    {
        var words = dates.Words;
        resolver = dates.Resolver;
        this.recognizer = recognizer;
        cue = new Regex(@"(?i)\b(?:" + string.Join("|", words.InterviewCues.Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+"))) + @")\b",
            RegexOptions.CultureInvariant);
        listeners = new HashSet<string>(words.InterviewListeners, StringComparer.OrdinalIgnoreCase);
        passives = new HashSet<string>(words.InterviewPassives, StringComparer.OrdinalIgnoreCase);
        talks = new HashSet<string>(words.InterviewTalkNouns, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// border31 (review30, item 4): the cue tells of the talk, not of another act: it opens its line or a colon follows it
    /// ("Recorded: Tuesday ..."), it is passive ("The interview was recorded in Khorog"), or the person talked to follows
    /// it, by name or rank ("spoke to Colonel ...") or by a listener word ("spoke to him", "spoke to our studio"), or the
    /// talk is its object ("recorded this conversation in Taraz"). "The
    /// department recorded three shootings on 9 November", "spoke to farmers at the canal" date no answer.
    /// </summary>
    internal bool TellsOfTalk(string sentence, Match m)
    {
        if (sentence[..m.Index].Trim().Length == 0) return true;
        var rest = sentence[(m.Index + m.Length)..].TrimStart();
        if (rest.StartsWith(':')) return true;
        var before = sentence[..m.Index].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        // (A passive of the talk itself, "The interview was recorded"; "Two violations were recorded" tells of another act: mend31.)
        if (passives.Contains(previous)) return Words(before).Any(talks.Contains);
        var next = new string(rest.TakeWhile(char.IsLetter).ToArray());
        // (A capital opens the listener's name or rank, "spoke to Colonel Nazarov", not a state's adjective before a common
        // noun, "spoke to Afghan traders": mend31.)
        if (next.Length > 0 && (listeners.Contains(next) || char.IsUpper(next[0]) && !CommonNounAfterCapitals(rest))) return true;
        // The talk itself as the object: "recorded this conversation in Taraz on Tuesday".
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Any(w => talks.Contains(new string(w.TakeWhile(char.IsLetter).ToArray())));
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetter).ToArray()));

    // A state's name or adjective right before a word in lower case: a people, "Afghan traders", "Uzbek farmers".
    private bool CommonNounAfterCapitals(string rest)
    {
        var first = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (first.Length < 2 || first[0].Any(c => !char.IsLetter(c)) || !char.IsLower(first[1][0])) return false;
        return recognizer.Recognize(first[0], new BorderWatch.Ingestion.Recognition.DocumentContext())
            .Any(m => m.Start == 0 && m.Entry.Kind == BorderWatch.Ingestion.Gazetteer.EntryKind.State);
    }

    /// <summary>The first turn's sentence and the day of the talk, when the text is an interview whose standfirst dates it.</summary>
    public (int FirstTurn, PartialDate Day)? Find(IReadOnlyList<Sentence> sentences, DateContext context)
    {
        var labels = sentences.Select(s => QuestionTurns.Label(s.Text)).ToList();
        var first = labels.FindIndex(l => l is not null && labels.Count(x => x == l) >= 2);
        for (var k = first - 1; k >= 0; k--)
        {
            var s = sentences[k];
            if (cue.Matches(s.Text).FirstOrDefault(x => TellsOfTalk(s.Text, x)) is not { } m) continue;
            var r = resolver.Resolve(sentences, k, s.Start + m.Index + m.Length, s.End, context);
            if (r is { HasExpression: true, Expression: { } e } && e.Start >= s.Start + m.Index + m.Length && r.Date.Precision == DatePrecision.Day
                && !DateResolver.AfterWriting(r.Date, context.At(k)))
                return (first, r.Date);
        }
        return null;
    }

    /// <summary>The saying of sentence <paramref name="si"/> dated to the talk's day, when it is in the turns and has no date of its own.</summary>
    internal static ExtractedIncident Apply(int si, ExtractedIncident incident, (int FirstTurn, PartialDate Day)? interview)
    {
        if (interview is not { } talk || si < talk.FirstTurn || incident.Type != IncidentType.Statement || incident.DateBasis != DateBasis.Document
            || incident.Status == IncidentStatus.Planned || talk.Day == incident.Date || !(talk.Day.End <= incident.Date.End)) return incident;
        return incident with { Date = talk.Day, DateInferred = true, DateNote = Note };
    }
}
