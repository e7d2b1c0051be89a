namespace BorderWatch.Core.Domain;

/// <summary>
/// One line of the append-only audit log: who did what, when, to which incident or event, the value before and
/// after (JSON) and why. Written for every analyst decision and for every move the pipeline makes on analysts'
/// work (re-attachment, orphaning). Rows are never updated or deleted (<c>AppendOnlyRows</c> refuses it).
/// No foreign keys: the log outlives whatever it describes.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The analyst's user name, or "pipeline VERSION" for the pipeline's own moves.</summary>
    public required string Actor { get; set; }
    public AuditAction Action { get; set; }
    public int? IncidentId { get; set; }
    public int? EventId { get; set; }
    /// <summary>The account an account change is about (its user name at the time); null for other entries.</summary>
    public string? Account { get; set; }
    /// <summary>Other incidents the change involves (a merge's target, a split's former target).</summary>
    public int? RelatedIncidentId { get; set; }
    /// <summary>Effective values before the change, as JSON (null when nothing was there).</summary>
    public string? Before { get; set; }
    /// <summary>Effective values after the change, as JSON.</summary>
    public string? After { get; set; }
    /// <summary>Typed reason of a rejection.</summary>
    public RejectionReason? RejectionReason { get; set; }
    /// <summary>Why, in the analyst's words (or the pipeline's explanation).</summary>
    public string? Reason { get; set; }
}

/// <summary>
/// Where an incident's decisions stand after re-extraction, when not simply attached (no row = attached): orphaned by a
/// reprocess (listed for analysts until they act), re-attached by an analyst to another incident, or dismissed. A small
/// table of its own (a few rows), so the incident rows and everything that writes them are unchanged.
/// </summary>
public class IncidentAttachment
{
    public int IncidentId { get; set; }
    public DecisionAttachment State { get; set; }
    /// <summary>The incident an analyst carried the decisions over to (<see cref="DecisionAttachment.Reattached"/>).</summary>
    public int? ReattachedToId { get; set; }
}
