using System.Globalization;
using System.Text.Json;
using BorderWatch.Core.Domain;

namespace BorderWatch.Web.Components.Decisions;

/// <summary>Audit entries in words: the action, and which effective values changed (from the before/after JSON).</summary>
public static class AuditText
{
    public static string Describe(AuditEntry e) => e.Action switch
    {
        AuditAction.Confirm => "Confirmed",
        AuditAction.Correct => "Corrected",
        AuditAction.Reject => "Rejected",
        AuditAction.Merge => e.RelatedIncidentId is int t ? $"Merged into #{t}" : "Merged",
        AuditAction.Split => e.RelatedIncidentId is int f ? $"Split from #{f}" : "Split",
        AuditAction.Note => "Note",
        AuditAction.Reattach => e.Actor.StartsWith("pipeline ", StringComparison.Ordinal) ? "Re-attached by reprocessing"
            : e.RelatedIncidentId is int to ? $"Decisions re-attached to #{to}" : "Decisions re-attached",
        AuditAction.Orphan => "Orphaned by reprocessing",
        AuditAction.OrphanDismiss => "Orphaned decision dismissed",
        AuditAction.Reprocess => "Store reprocessed",
        AuditAction.EventPropose => $"Event #{e.EventId} proposed",
        AuditAction.EventCreate => $"Event #{e.EventId} made",
        AuditAction.EventAccept => $"Event #{e.EventId} accepted",
        AuditAction.EventUndo => $"Event #{e.EventId} undone",
        AuditAction.EventAdd => $"Reports added to event #{e.EventId}",
        AuditAction.AccountAdd => "Account added",
        AuditAction.AccountRole => "Role changed",
        AuditAction.AccountLock => "Account locked",
        AuditAction.AccountUnlock => "Account unlocked",
        AuditAction.AccountRemove => "Account removed",
        AuditAction.PasswordChange => "Password changed by its holder",
        AuditAction.PasswordReset => "Password reset by an admin",
        AuditAction.TokenCreate => "API token created",
        AuditAction.TokenRevoke => "API token revoked",
        _ => e.Action.ToString(),
    };

    /// <summary>"Type: Clash → Statement" for each top-level field whose value differs between before and after.</summary>
    public static IReadOnlyList<string> Changes(AuditEntry e)
    {
        // An account added or removed, a token created: the one side there is, in full.
        if (e.Account is not null && (e.Before is null) != (e.After is null)) return Fields(e.Before ?? e.After!);
        if (e.Before is null || e.After is null) return [];
        try
        {
            using var before = JsonDocument.Parse(e.Before);
            using var after = JsonDocument.Parse(e.After);
            if (before.RootElement.ValueKind != JsonValueKind.Object || after.RootElement.ValueKind != JsonValueKind.Object) return [];
            var was = before.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
            return after.RootElement.EnumerateObject()
                .Where(p => p.Name is not ("Corrections" or "ReviewedBy" or "ReviewedAt" or "State") && was.GetValueOrDefault(p.Name) != p.Value.GetRawText())
                .Select(p => $"{p.Name}: {Short(was.GetValueOrDefault(p.Name))} → {Short(p.Value.GetRawText())}")
                .ToList();
        }
        catch (JsonException) { return ["(values not readable)"]; }
    }

    private static IReadOnlyList<string> Fields(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? doc.RootElement.EnumerateObject().Select(p => $"{p.Name}: {Short(p.Value.GetRawText())}").ToList()
                : [];
        }
        catch (JsonException) { return ["(values not readable)"]; }
    }

    private static string Short(string? json)
    {
        if (json is null or "null") return "none";
        var s = json.Trim('"');
        return s.Length <= 120 ? s : s[..117] + "…";
    }

    public static string When(DateTimeOffset at) => at.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
