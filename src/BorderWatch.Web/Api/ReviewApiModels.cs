using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;

namespace BorderWatch.Web.Api;

// The review API's request and answer shapes: codes as text (the same codes as the read API), never enum numbers.

public sealed record ConfirmRequest(string? Note);

/// <summary><c>reason</c> is a rejection code (see <see cref="RejectionCodes"/>); <c>other</c> needs <c>text</c>.</summary>
public sealed record RejectRequest(string? Reason, string? Text);

public sealed record NoteRequest(string? Text);

public sealed record MergeRequest(IReadOnlyList<int>? Members, string? Reason);

public sealed record SplitRequest(string? Reason);

public sealed record ActorRoleRequest(string? Actor, string? Role);

public sealed record SpanRequest(int Start, int End);

/// <summary>The fields <see cref="IncidentCorrection"/> supports; a missing field is left as it is; "-" clears border or place.</summary>
public sealed record CorrectRequest(string? Type, string? Date, string? Border, string? Place, string? Location, string? Status,
    string? Attribution, IReadOnlyList<ActorRoleRequest>? Actors, SpanRequest? Excerpt, string? Summary, string? Reason,
    string? Casualties = null);

/// <summary>An incident as it stands after a decision: effective (reviewed over machine) values and its review state.</summary>
public sealed record ApiReviewedIncident
{
    public required int Id { get; init; }
    public required int ArticleId { get; init; }
    /// <summary>unreviewed, confirmed, corrected, rejected or merged.</summary>
    public required string Review { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public string? RejectionReason { get; init; }
    public int? MergedInto { get; init; }
    public required string Type { get; init; }
    public string? Date { get; init; }
    public required string DatePrecision { get; init; }
    public string? Border { get; init; }
    public string? Place { get; init; }
    public string? Location { get; init; }
    public required string Status { get; init; }
    public string? Attribution { get; init; }
    public IReadOnlyList<ApiReviewedActor> Actors { get; init; } = [];
    public required ApiSpan Excerpt { get; init; }
    public required string ExcerptText { get; init; }
    public required string Summary { get; init; }
    /// <summary>The casualty report (reviewed where corrected): "killed 2 soldiers, 1 civilian; wounded at least 5", or "none".</summary>
    public string Casualties { get; init; } = "none";
    /// <summary>Whether it counts (not rejected, merged or superseded).</summary>
    public bool Counts { get; init; }
    public required string Url { get; init; }

    public static ApiReviewedIncident From(EffectiveIncident e) => new()
    {
        Id = e.Id, ArticleId = e.ArticleId, Review = e.State.ToString().ToLowerInvariant(), ReviewedBy = e.ReviewedBy, ReviewedAt = e.ReviewedAt,
        RejectionReason = e.RejectionReason is { } r ? RejectionCodes.ToCode(r) : null, MergedInto = e.MergedIntoId,
        Type = e.Type.ToCode(), Date = e.Date.IsKnown ? e.Date.ToString() : null, DatePrecision = e.Date.Precision.ToCode(),
        Border = e.BorderCode, Place = e.PlaceKey, Location = e.LocationText, Status = e.Status.ToCode(), Attribution = e.Attribution,
        Actors = e.Actors.Select(a => new ApiReviewedActor(a.ActorKey, a.Role.ToString().ToLowerInvariant())).ToList(),
        Excerpt = new ApiSpan(e.Excerpt.Start, e.Excerpt.End), ExcerptText = e.ExcerptText, Summary = e.Summary, Counts = e.Counts,
        Casualties = e.Casualties.ToString(),
        Url = $"/incidents/{e.Id}",
    };
}

public sealed record ApiReviewedActor(string Actor, string Role);

public sealed record ApiSpan(int Start, int End);

/// <summary>An analyst's note as stored in the audit log, with the incident it is on.</summary>
public sealed record ApiNote(long AuditId, string Analyst, DateTimeOffset At, string Text, ApiReviewedIncident Incident);

/// <summary>Kebab-case codes of <see cref="Core.Domain.RejectionReason"/> for the API ("not-an-incident", "other").</summary>
public static class RejectionCodes
{
    private static readonly IReadOnlyDictionary<RejectionReason, string> ByReason = Enum.GetValues<RejectionReason>()
        .ToDictionary(r => r, r => string.Concat(r.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString())));

    public static IEnumerable<string> All => ByReason.Values;

    public static string ToCode(RejectionReason reason) => ByReason[reason];

    public static bool TryParse(string? code, out RejectionReason reason)
    {
        var found = ByReason.FirstOrDefault(kv => kv.Value.Equals(code?.Trim(), StringComparison.OrdinalIgnoreCase));
        reason = found.Key;
        return found.Value is not null;
    }
}
