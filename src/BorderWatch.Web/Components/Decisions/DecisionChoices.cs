using BorderWatch.Core.Domain;

namespace BorderWatch.Web.Components.Decisions;

/// <summary>What the correct dialog returns: only the changed fields.</summary>
public sealed record CorrectChoice(Core.Review.IncidentCorrection Correction, string? Reason);

/// <summary>What the reject dialog returns.</summary>
public sealed record RejectChoice(RejectionReason Reason, string? Text);

/// <summary>What the merge dialog returns: the incident that stays and those merged into it.</summary>
public sealed record MergeChoice(int TargetId, IReadOnlyList<int> MemberIds, string? Reason);

/// <summary>What the group dialog returns: reports to group into a new event (<paramref name="EventId"/> null) or to add to an existing one.</summary>
public sealed record GroupChoice(int? EventId, IReadOnlyList<int> IncidentIds, string? Title, string? Reason);

/// <summary>A list of incident ids as an analyst types it ("12, 15 #20"): numbers separated by anything else.</summary>
public static class IncidentIdList
{
    public static IReadOnlyList<int> Parse(string? text) =>
        System.Text.RegularExpressions.Regex.Matches(text ?? "", "[0-9]{1,9}")
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
}

/// <summary>Carries out a <see cref="GroupChoice"/> as the signed-in analyst: a new event, or reports added to one.</summary>
public static class GroupChoices
{
    public static Task ApplyAsync(BorderWatch.Web.Review.ReviewDesk desk, GroupChoice g) =>
        desk.EventAsync((s, a) => g.EventId is int id ? s.AddReportsAsync(id, g.IncidentIds, a, g.Reason) : s.CreateAsync(g.IncidentIds, a, g.Title, g.Reason));
}
