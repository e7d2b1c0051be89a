namespace BorderWatch.Core.Domain;

/// <summary>Who put an event together.</summary>
public enum EventOrigin { Machine, Analyst }

/// <summary>Where an event stands: a machine proposal, accepted by an analyst, or undone (kept for the record).</summary>
public enum EventStatus { Proposed, Accepted, Undone }

/// <summary>
/// One happening reported by one or more incidents (reports) from one or more articles and outlets. Counts, charts
/// and the map count accepted events; the reports keep each source's version.
/// </summary>
public class Event
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public IncidentType Type { get; set; }
    public int? BorderSegmentId { get; set; }
    public BorderSegment? BorderSegment { get; set; }
    /// <summary>First and last day the reports' dates cover.</summary>
    public DateOnly? DateStart { get; set; }
    public DateOnly? DateEnd { get; set; }
    public EventOrigin Origin { get; set; }
    public EventStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The analyst who made or last decided it, or "proposer" for the machine.</summary>
    public required string DecidedBy { get; set; }
    public List<EventReport> Reports { get; set; } = [];
}

/// <summary>An incident as one source's report of an event. The incident is never deleted while linked.</summary>
public class EventReport
{
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public int IncidentId { get; set; }
    public Incident? Incident { get; set; }
}
