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
        AuditAction.Reattach => "Re-attached by reprocessing",
        AuditAction.Orphan => "Orphaned by reprocessing",
        AuditAction.EventPropose => $"Event #{e.EventId} proposed",
        AuditAction.EventCreate => $"Event #{e.EventId} made",
        AuditAction.EventAccept => $"Event #{e.EventId} accepted",
        AuditAction.EventUndo => $"Event #{e.EventId} undone",
        _ => e.Action.ToString(),
    };

    /// <summary>"Type: Clash → Statement" for each top-level field whose value differs between before and after.</summary>
    public static IReadOnlyList<string> Changes(AuditEntry e)
    {
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

    private static string Short(string? json)
    {
        if (json is null or "null") return "none";
        var s = json.Trim('"');
        return s.Length <= 120 ? s : s[..117] + "…";
    }

    public static string When(DateTimeOffset at) => at.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
