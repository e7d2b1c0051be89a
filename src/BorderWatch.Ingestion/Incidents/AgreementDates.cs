using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An agreement told in a sentence of its own after the meeting that reached it ("The sides agreed that the crossing
/// will open around the clock", "It was also agreed that ...", "Following the talks, the ministers signed ...") is dated
/// by that meeting when the text gives it no date of its own: the dates in its content ("from 15 December") are the
/// plan's, and the document's date only says when it was reported (a day heading of the agreement's own post or section
/// still dates it, unless the meeting is told under that same heading). The meeting is the last one found up to
/// <see cref="Reach"/> sentences before, told as having taken place and dated.
/// </summary>
/// <remarks>
/// So is a saying told in the past in a readout of the meeting ("On 19 November the minister received the delegation. ...
/// The guests asked the ministry to extend the checkpoint's hours."): what was said there was said that day, not on the
/// day the readout was posted. Only while the readout runs on: every record between the meeting and the saying is a
/// meeting, an agreement, a saying or a plan (a clash told in between starts another story), and the meeting is dated to its day.
/// Whether it was said there is <see cref="ReadoutSayings"/>'s to say (the caller's <c>saidThere</c>): told in the past, and
/// after the meeting's paragraph by one of its parties; a saying in the present ("The ministry calls on ...", "The regiment
/// urges residents ...") is made on the day of writing and stays so.
/// </remarks>
internal static class AgreementDates
{
    /// <summary>How many sentences back the meeting may be (a readout tells the talks, then what was agreed at them).</summary>
    internal const int Reach = 6;

    /// <summary>How many sentences back the meeting may be for a saying (a readout may tell the agreements and plans first).</summary>
    internal const int SayingReach = 8;

    internal const string Note = "an agreement reached at the meeting told before it: the meeting's date";
    internal const string SaidNote = "a saying in the readout of the meeting told before it: the meeting's date";

    internal static ExtractedIncident Apply(AnalysisInput input, int si, ExtractedIncident incident, IReadOnlyList<ExtractedIncident> found,
        DateContext context, Func<ExtractedIncident, int, bool>? saidThere = null)
    {
        if (incident.DateBasis != DateBasis.Document || incident.Status == IncidentStatus.Planned) return incident;
        var saying = incident.Type == IncidentType.Statement;
        if (!saying && incident.Type != IncidentType.Agreement || saying && saidThere is null) return incident;
        var from = input.Sentences[Math.Max(0, si - (saying ? SayingReach : Reach))].Start;
        var at = found.Count - 1;
        while (at >= 0 && found[at].ExcerptStart >= from && !IsMeeting(found[at]))
        {
            if (saying && !InReadout(found[at])) return incident;
            at--;
        }
        if (at < 0 || found[at].ExcerptStart < from) return incident;
        var meeting = found[at];
        // (A post's or a section's day heading dates its items, unless the meeting is told under that same heading.)
        var meetingSentence = input.SentenceAt(meeting.ExcerptStart);
        var sameSection = context.Sections.SameSection(si, Math.Max(0, meetingSentence));
        if (incident.Date.Precision == DatePrecision.Day && !sameSection) return incident;
        if (saying && (meeting.Date.Precision != DatePrecision.Day || !sameSection || meeting.Date.End > incident.Date.End || meeting.Date == incident.Date
                       || !saidThere!(meeting, meetingSentence))) return incident;
        return incident with { Date = meeting.Date, DateInferred = true, DateNote = saying ? SaidNote : Note, DateBasis = DateBasis.EarlierIncident };
    }

    // What a readout tells after the talks: sayings, agreements, other meetings, the plans agreed there.
    private static bool InReadout(ExtractedIncident r) =>
        r.Type is IncidentType.Statement or IncidentType.Agreement or IncidentType.DiplomaticMeeting || r.Status == IncidentStatus.Planned;

    private static bool IsMeeting(ExtractedIncident r) =>
        r.Type == IncidentType.DiplomaticMeeting && r.Status is IncidentStatus.Reported or IncidentStatus.Unconfirmed && r.Date.IsKnown;
}
