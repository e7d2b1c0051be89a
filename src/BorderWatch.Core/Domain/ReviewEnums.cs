namespace BorderWatch.Core.Domain;

/// <summary>What an audit entry records.</summary>
public enum AuditAction
{
    Confirm, Correct, Reject, Merge, Split, Note,
    /// <summary>The pipeline moved an incident carrying decisions onto the fresh incident of the same sentence.</summary>
    Reattach,
    /// <summary>The pipeline found nothing in the sentence of an incident carrying decisions: kept as superseded.</summary>
    Orphan,
    /// <summary>The machine proposed an event; an analyst made one, accepted a proposal or undid an event.</summary>
    EventPropose, EventCreate, EventAccept, EventUndo,
}

/// <summary>Why an analyst rejects an incident (ACLED-style typed reasons; free text goes with them).</summary>
public enum RejectionReason
{
    /// <summary>Nothing happened: background, opinion, a generic statement.</summary>
    NotAnIncident,
    /// <summary>Not border security in the covered region.</summary>
    OutOfScope,
    /// <summary>An earlier, already coded event retold as background.</summary>
    HistoricalReference,
    /// <summary>Hypothetical, forecast or rumour the text itself discounts.</summary>
    Speculation,
    /// <summary>The machine misread the sentence (wrong subject, negation, quotation).</summary>
    MisreadText,
    /// <summary>Anything else: the free text says what.</summary>
    Other,
}
