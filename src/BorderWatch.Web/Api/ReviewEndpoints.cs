using System.Security.Claims;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Api;

/// <summary>
/// The analyst's decisions over JSON: confirm, reject, correct, note, merge, split. Each needs an analyst (the
/// sign-in cookie or a personal API token) and records the signed-in account's name as the analyst; each answers the
/// incident as it now stands, 404 for an unknown incident, 400 problem details naming the field for bad input.
/// </summary>
/// <remarks>
/// No antiforgery token: these endpoints read JSON bodies only (a form post, all a cross-site page can send without
/// a preflight, is refused before the handler runs), and a cross-site page can neither send the SameSite=Lax sign-in cookie on a POST nor send
/// <c>application/json</c> without a CORS preflight, which this app never grants. A Bearer token is never sent by
/// a browser on its own.
/// </remarks>
public static class ReviewEndpoints
{
    public static RouteGroupBuilder MapReviewApi(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("/incidents/{id:int}").RequireAuthorization(AccessPolicies.Analyst).DisableAntiforgery();
        review.MapPost("/confirm", ConfirmAsync).WithName("ConfirmIncident")
            .WithSummary("Confirms the incident as extracted (or reinstates a rejected one); optional {\"note\"}.");
        review.MapPost("/reject", RejectAsync).WithName("RejectIncident")
            .WithSummary("Rejects the incident: {\"reason\": not-an-incident | out-of-scope | historical-reference | speculation | misread-text | other, \"text\"} (other needs text). It leaves every count, map and export.");
        review.MapPost("/correct", CorrectAsync).WithName("CorrectIncident")
            .WithSummary("Corrects fields: type, date (2015, 2015-10, 2015-10-14), border, place ('-' clears), location, status, attribution, actors [{actor, role}], excerpt {start, end}, summary; reason optional.");
        review.MapPost("/note", NoteAsync).WithName("NoteIncident").WithSummary("Adds a note to the incident's audit trail: {\"text\"}.");
        review.MapPost("/merge", MergeAsync).WithName("MergeIncidents")
            .WithSummary("Merges {\"members\": [ids]} into this incident (same event reported twice); answers the target and each member.");
        review.MapPost("/split", SplitAsync).WithName("SplitIncident")
            .WithSummary("Splits a merge: a merged incident stands alone again; on a merge target, every member does.");
        return api;
    }

    private static Task<IResult> ConfirmAsync(int id, ConfirmRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct) =>
        DecideAsync(db, id, async () => One(await new ReviewService(db, time).ConfirmAsync(id, Analyst(http), Blank(body?.Note), ct)), ct);

    private static Task<IResult> RejectAsync(int id, RejectRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Reason))
            return Task.FromResult(Invalid("reason", $"a rejection needs a reason (one of {string.Join(", ", RejectionCodes.All)})"));
        if (!RejectionCodes.TryParse(body.Reason, out var reason))
            return Task.FromResult(Invalid("reason", $"'{ApiValues.Shown(body.Reason)}' is not a rejection reason (use one of {string.Join(", ", RejectionCodes.All)})"));
        return DecideAsync(db, id, async () => One(await new ReviewService(db, time).RejectAsync(id, reason, Blank(body.Text), Analyst(http), ct)), ct);
    }

    private static Task<IResult> CorrectAsync(int id, CorrectRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (body is null) return Task.FromResult(Invalid("correction", "send the fields to correct as a JSON object"));
        if (!TryCorrection(body, out var correction, out var field, out var error)) return Task.FromResult(Invalid(field, error));
        return DecideAsync(db, id, async () => One(await new ReviewService(db, time).CorrectAsync(id, correction, Analyst(http), Blank(body.Reason), ct)), ct);
    }

    private static Task<IResult> NoteAsync(int id, NoteRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct) =>
        DecideAsync(db, id, async () =>
        {
            var entry = await new ReviewService(db, time).NoteAsync(id, body?.Text ?? "", Analyst(http), ct);
            var incident = await ReviewViews.EffectiveAsync(db, id, ct);
            return TypedResults.Ok(new ApiNote(entry.Id, entry.Actor, entry.At, entry.Reason ?? "", ApiReviewedIncident.From(incident!)));
        }, ct);

    private static Task<IResult> MergeAsync(int id, MergeRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (body?.Members is not { Count: > 0 } members)
            return Task.FromResult(Invalid("members", "a merge needs the ids of the incidents to merge into this one"));
        return DecideAsync(db, id, async () =>
        {
            var merged = await new ReviewService(db, time).MergeAsync(id, members, Analyst(http), Blank(body.Reason), ct);
            return await WithTargetAsync(db, id, merged, ct);
        }, ct);
    }

    private static Task<IResult> SplitAsync(int id, SplitRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct) =>
        DecideAsync(db, id, async () =>
        {
            var split = await new ReviewService(db, time).SplitAsync(id, Analyst(http), Blank(body?.Reason), ct);
            return await WithTargetAsync(db, id, split, ct);
        }, ct);

    /// <summary>The incident asked about first, then every other incident the decision changed.</summary>
    private static async Task<IResult> WithTargetAsync(BorderWatchDbContext db, int id, IReadOnlyList<EffectiveIncident> changed, CancellationToken ct)
    {
        var self = changed.FirstOrDefault(e => e.Id == id) ?? await ReviewViews.EffectiveAsync(db, id, ct);
        return TypedResults.Ok<IReadOnlyList<ApiReviewedIncident>>(
            [ApiReviewedIncident.From(self!), .. changed.Where(e => e.Id != id).Select(ApiReviewedIncident.From)]);
    }

    /// <summary>404 before deciding on an unknown incident; a <see cref="ReviewException"/> becomes a 400 naming its field.</summary>
    private static async Task<IResult> DecideAsync(BorderWatchDbContext db, int id, Func<Task<IResult>> decide, CancellationToken ct)
    {
        if (!await db.Incidents.AnyAsync(i => i.Id == id, ct))
            return TypedResults.Problem(title: "Not found", detail: $"There is no incident {id}.", statusCode: StatusCodes.Status404NotFound);
        try { return await decide(); }
        catch (ReviewException e) { return Invalid(e); }
    }

    private static IResult One(EffectiveIncident e) => TypedResults.Ok(ApiReviewedIncident.From(e));

    // The policy guarantees a signed-in analyst; the name is the account's (cookie) or the token owner's (Bearer).
    /// <summary>The signed-in account that decides (the review and event writes record it as the analyst).</summary>
    internal static string Analyst(HttpContext http) => http.User.FindFirstValue(ClaimTypes.Name) ?? http.User.Identity?.Name ?? "";

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The 400 answer of every decision endpoint that refuses a field (review, event and orphan APIs).</summary>
    internal static IResult Invalid(ReviewException e) => Invalid(e.Field, e.Reason);

    /// <inheritdoc cref="Invalid(ReviewException)"/>
    internal static IResult Invalid(string field, string reason)
    {
        var detail = $"{field}: {reason}";
        return TypedResults.Problem(title: "The decision cannot be made", detail: detail, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["field"] = field, ["errors"] = new[] { detail } });
    }

    private static bool TryCorrection(CorrectRequest b, out IncidentCorrection correction, out string field, out string error)
    {
        correction = new IncidentCorrection();
        (field, error) = ("", "");
        IncidentType? type = null;
        if (b.Type is { } t)
        {
            if (!Codes.TryParseType(t, out var parsed)) return Fail("type", $"'{ApiValues.Shown(t)}' is not an incident type (use one of {string.Join(", ", Codes.AllTypes.Select(x => x.ToCode()))})", out field, out error);
            type = parsed;
        }
        IncidentStatus? status = null;
        if (b.Status is { } s)
        {
            if (!Codes.TryParseStatus(s, out var parsed)) return Fail("status", $"'{ApiValues.Shown(s)}' is not a status (use one of {string.Join(", ", Enum.GetValues<IncidentStatus>().Select(x => x.ToCode()))})", out field, out error);
            status = parsed;
        }
        List<ActorRoleValue>? actors = null;
        if (b.Actors is { } list)
        {
            actors = [];
            foreach (var a in list)
            {
                if (string.IsNullOrWhiteSpace(a?.Actor)) return Fail("actors", "each actor needs its key (e.g. \"TKM\")", out field, out error);
                if (!Enum.TryParse<ActorRole>(a.Role?.Trim(), ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(a.Role, out _))
                    return Fail("actors", $"'{ApiValues.Shown(a.Role ?? "")}' is not a role (use one of {string.Join(", ", Enum.GetNames<ActorRole>().Select(n => n.ToLowerInvariant()))})", out field, out error);
                actors.Add(new ActorRoleValue(a.Actor.Trim(), role));
            }
        }
        CasualtyReport? casualties = null;
        if (b.Casualties is { } text)
        {
            if (!CasualtyReport.TryParse(text, out var parsedCasualties, out var casualtyError)) return Fail("casualties", casualtyError!, out field, out error);
            casualties = parsedCasualties;
        }
        correction = new IncidentCorrection
        {
            Type = type, Date = b.Date?.Trim(), Border = b.Border?.Trim().ToUpperInvariant(), Place = b.Place?.Trim(), LocationText = b.Location,
            Status = status, Attribution = b.Attribution, Actors = actors, Excerpt = b.Excerpt is { } x ? new ExcerptSpan(x.Start, x.End) : null,
            Summary = b.Summary, Casualties = casualties,
        };
        return true;
    }

    private static bool Fail(string name, string reason, out string field, out string error)
    {
        (field, error) = (name, reason);
        return false;
    }
}
