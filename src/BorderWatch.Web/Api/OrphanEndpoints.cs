using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Web.Access;

namespace BorderWatch.Web.Api;

/// <summary>A listed incident of the orphan's article it can be re-attached to.</summary>
public sealed record ApiReattachCandidate(int Id, string Type, string Summary, string ExcerptText, string Review);

/// <summary>An orphaned decision: the incident as it stands (its decision, old excerpt), what hangs on it, where it can go.</summary>
public sealed record ApiOrphanedDecision(ApiReviewedIncident Incident, string? ArticleTitle, IReadOnlyList<int> MergedIntoIt,
    IReadOnlyList<int> Events, IReadOnlyList<ApiReattachCandidate> Candidates);

public sealed record ApiOrphanedDecisions(int Count, IReadOnlyList<ApiOrphanedDecision> Items);

public sealed record ReattachRequest(int? Incident, string? Reason);

public sealed record DismissRequest(string? Reason);

/// <summary>
/// Orphaned decisions over JSON, for analysts (cookie or API token): the list (<c>GET /api/review/orphaned</c>),
/// re-attach to an incident of the same article (<c>POST …/{id}/reattach {"incident", "reason"}</c>: the incident it
/// went to) and dismiss with a reason (<c>POST …/{id}/dismiss {"reason"}</c>: 204). Both audited; 400 names the field.
/// </summary>
public static class OrphanEndpoints
{
    public static RouteGroupBuilder MapOrphanApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/review/orphaned").RequireAuthorization(AccessPolicies.Analyst).DisableAntiforgery();
        group.MapGet("", ListAsync).WithName("ListOrphanedDecisions")
            .WithSummary("Decisions a reprocess could not re-attach (kept until an analyst re-attaches or dismisses them), with the incidents of the same article they can go to.");
        group.MapPost("/{id:int}/reattach", ReattachAsync).WithName("ReattachOrphanedDecision")
            .WithSummary("Carries an orphaned incident's decisions (correction, confirm/reject/merge, merges into it, event links) over to {\"incident\"} of the same article; reason optional.");
        group.MapPost("/{id:int}/dismiss", DismissAsync).WithName("DismissOrphanedDecision")
            .WithSummary("Dismisses an orphaned decision: {\"reason\"} (required). The incident keeps its decisions and history.");
        return api;
    }

    private static async Task<IResult> ListAsync(BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        var items = (await new OrphanedDecisions(db, time).ListAsync(ct)).Select(o => new ApiOrphanedDecision(
            ApiReviewedIncident.From(o.Incident), o.ArticleTitle, o.MergedIntoIt, o.Events,
            o.Candidates.Select(c => new ApiReattachCandidate(c.Id, c.Type.ToCode(), c.Summary, c.ExcerptText, c.State.ToString().ToLowerInvariant())).ToList()))
            .ToList();
        return TypedResults.Ok(new ApiOrphanedDecisions(items.Count, items));
    }

    private static async Task<IResult> ReattachAsync(int id, ReattachRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (body?.Incident is not int target) return ReviewEndpoints.Invalid("incident", "send the id of the incident of the same article to re-attach to");
        try
        {
            return TypedResults.Ok(ApiReviewedIncident.From(await new OrphanedDecisions(db, time).ReattachAsync(id, target, ReviewEndpoints.Analyst(http),
                ReviewEndpoints.Blank(body.Reason), ct)));
        }
        catch (ReviewException e) { return ReviewEndpoints.Invalid(e); }
    }

    private static async Task<IResult> DismissAsync(int id, DismissRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        try
        {
            await new OrphanedDecisions(db, time).DismissAsync(id, body?.Reason ?? "", ReviewEndpoints.Analyst(http), ct);
            return TypedResults.NoContent();
        }
        catch (ReviewException e) { return ReviewEndpoints.Invalid(e); }
    }
}
