using BorderWatch.Core.Domain;

namespace BorderWatch.Web.Components.Decisions;

/// <summary>What the correct dialog returns: only the changed fields.</summary>
public sealed record CorrectChoice(Core.Review.IncidentCorrection Correction, string? Reason);

/// <summary>What the reject dialog returns.</summary>
public sealed record RejectChoice(RejectionReason Reason, string? Text);

/// <summary>What the merge dialog returns: the incident that stays and those merged into it.</summary>
public sealed record MergeChoice(int TargetId, IReadOnlyList<int> MemberIds, string? Reason);

/// <summary>A list of incident ids as an analyst types it ("12, 15 #20"): numbers separated by anything else.</summary>
public static class IncidentIdList
{
    public static IReadOnlyList<int> Parse(string? text) =>
        System.Text.RegularExpressions.Regex.Matches(text ?? "", "[0-9]{1,9}")
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
}
