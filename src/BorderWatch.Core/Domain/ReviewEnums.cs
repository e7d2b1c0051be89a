namespace BorderWatch.Core.Domain;

/// <summary>What an audit entry records.</summary>
public enum AuditAction
{
    Confirm, Correct, Reject, Merge, Split, Note,
    /// <summary>The pipeline moved an incident carrying decisions onto the fresh incident of the same sentence.</summary>
    Reattach,
    /// <summary>The pipeline found nothing in the sentence of an incident carrying decisions: kept as superseded.</summary>
    Orphan,
    /// <summary>An analyst dismissed an orphaned decision (with a reason): it leaves the list of orphaned decisions.</summary>
    OrphanDismiss,
    /// <summary>A reprocess run rewrote the machine's output of at least one article: one entry per run, with its counts.</summary>
    Reprocess,
    /// <summary>The machine proposed an event; an analyst made one, accepted a proposal or undid an event.</summary>
    EventPropose, EventCreate, EventAccept, EventUndo,
    /// <summary>An analyst added reports to an existing event.</summary>
    EventAdd,
    /// <summary>Account changes (<see cref="AuditEntry.Account"/> names the account; no password, token or hash is ever logged).</summary>
    AccountAdd, AccountRole, AccountLock, AccountUnlock, AccountRemove, PasswordChange, PasswordReset, TokenCreate, TokenRevoke,
}

/// <summary>Which part of the work an audit entry belongs to (the audit page's and export's <c>area</c> filter).</summary>
public enum AuditArea
{
    /// <summary>Decisions on incidents and the pipeline's moves on them.</summary>
    Incidents,
    /// <summary>Events: proposals, groupings, undos.</summary>
    Events,
    /// <summary>Accounts: added, re-roled, locked, unlocked, removed; passwords changed or reset; API tokens made or revoked.</summary>
    Accounts,
}

public static class AuditAreas
{
    public static AuditArea AreaOf(this AuditAction action) => action switch
    {
        AuditAction.EventPropose or AuditAction.EventCreate or AuditAction.EventAccept or AuditAction.EventUndo or AuditAction.EventAdd => AuditArea.Events,
        AuditAction.AccountAdd or AuditAction.AccountRole or AuditAction.AccountLock or AuditAction.AccountUnlock or AuditAction.AccountRemove
            or AuditAction.PasswordChange or AuditAction.PasswordReset or AuditAction.TokenCreate or AuditAction.TokenRevoke => AuditArea.Accounts,
        _ => AuditArea.Incidents,
    };

    /// <summary>The actions of <paramref name="area"/>.</summary>
    public static IReadOnlyList<AuditAction> Actions(this AuditArea area) => Enum.GetValues<AuditAction>().Where(a => a.AreaOf() == area).ToList();
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

/// <summary>Where an incident's decisions stand after re-extraction (ADR 0008, amended).</summary>
public enum DecisionAttachment
{
    /// <summary>The incident's sentence is found by the pipeline (or it was never re-extracted).</summary>
    Attached,
    /// <summary>A reprocess found nothing in the sentence of an incident carrying analysts' work: kept, superseded, listed for analysts.</summary>
    Orphaned,
    /// <summary>An analyst carried the decisions over to another incident of the same article (<c>Incident.ReattachedToId</c>).</summary>
    Reattached,
    /// <summary>An analyst looked at the orphaned decision and dismissed it with a reason.</summary>
    Dismissed,
}
