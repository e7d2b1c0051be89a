using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// An agreement told in a sentence of its own after the meeting that reached it ("The sides agreed that the crossing
/// will open around the clock", "It was also agreed that ...", "Following the talks, the ministers signed ...") is dated
/// by that meeting when the text gives it no date of its own: the dates in its content ("from 15 December") are the
/// plan's, and the document's date only says when it was reported (a day heading of the agreement's own post or section
/// still dates it). The meeting is the last one found up to
/// <see cref="Reach"/> sentences before, told as having taken place and dated.
/// </summary>
internal static class AgreementDates
{
    /// <summary>How many sentences back the meeting may be (a readout tells the talks, then what was agreed at them).</summary>
    internal const int Reach = 6;

    internal const string Note = "an agreement reached at the meeting told before it: the meeting's date";

    internal static ExtractedIncident Apply(AnalysisInput input, int si, ExtractedIncident incident, IReadOnlyList<ExtractedIncident> found)
    {
        // (Only the document's date at a coarser precision: a post's or a section's day heading dates its items.)
        if (incident.Type != IncidentType.Agreement || incident.DateBasis != DateBasis.Document || incident.Date.Precision == DatePrecision.Day ||
            incident.Status == IncidentStatus.Planned) return incident;
        var from = input.Sentences[Math.Max(0, si - Reach)].Start;
        var meeting = found.LastOrDefault(r => r.ExcerptStart >= from && r.Type == IncidentType.DiplomaticMeeting &&
                                               r.Status is IncidentStatus.Reported or IncidentStatus.Unconfirmed && r.Date.IsKnown);
        return meeting is null ? incident : incident with { Date = meeting.Date, DateInferred = true, DateNote = Note, DateBasis = DateBasis.EarlierIncident };
    }
}
