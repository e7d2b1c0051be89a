using System.Security.Claims;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Web.Access;

namespace BorderWatch.Web.Api;

/// <summary>The body of <c>POST /api/events</c> and <c>POST /api/events/{id}/reports</c>.</summary>
public sealed record EventReportsRequest(IReadOnlyList<int>? Incidents, string? Title, string? Reason);

/// <summary>The body of <c>POST /api/events/{id}/accept</c> and <c>/undo</c>.</summary>
public sealed record EventDecisionRequest(string? Reason);

/// <summary>An event as the API answers it: status, reach and its reports.</summary>
public sealed record ApiEvent(int Id, string Title, string Status, string Origin, string Type, string? Border, DateOnly? DateStart, DateOnly? DateEnd,
    int Sources, int Outlets, IReadOnlyList<int> Reports, string Url)
{
    public static ApiEvent From(EventView v) => new(v.Id, v.Title, v.Status.ToString().ToLowerInvariant(), v.Origin.ToString().ToLowerInvariant(),
        v.Type.ToCode(), v.Border, v.DateStart, v.DateEnd, v.Sources, v.Outlets, v.Versions.Select(x => x.IncidentId).ToList(), $"/events/{v.Id}");
}

/// <summary>
/// Events across sources over JSON, analysts only, like the other review writes (same authorization and the same
/// reasons for needing no antiforgery token: JSON bodies only, see <see cref="ReviewEndpoints"/>): group reports into
/// an event, add reports to one, accept a proposal, undo an event. Each records the signed-in account as the analyst
/// and appends an audit entry; 400 problem details name the field for bad input, 404 for an unknown event.
/// </summary>
public static class EventEndpoints
{
    public static RouteGroupBuilder MapEventApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").RequireAuthorization(AccessPolicies.Analyst).DisableAntiforgery();
        events.MapPost("", CreateAsync).WithName("GroupIntoEvent")
            .WithSummary("Groups two or more reports into an accepted event: {\"incidents\": [ids], \"title\", \"reason\"}; answers 201 with the event.");
        events.MapPost("/{id:int}/reports", AddAsync).WithName("AddToEvent")
            .WithSummary("Adds reports to a proposed or accepted event: {\"incidents\": [ids], \"reason\"}.");
        events.MapPost("/{id:int}/accept", (int id, EventDecisionRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct) =>
            DecideAsync(db, id, () => new EventService(db, time).AcceptAsync(id, Analyst(http), Blank(body?.Reason), ct), ct))
            .WithName("AcceptEvent").WithSummary("Accepts the machine's proposal: its reports count once.");
        events.MapPost("/{id:int}/undo", (int id, EventDecisionRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct) =>
            DecideAsync(db, id, () => new EventService(db, time).UndoAsync(id, Analyst(http), Blank(body?.Reason), ct), ct))
            .WithName("UndoEvent").WithSummary("Undoes a proposal or an event: its reports stand alone again (kept for the record).");
        return api;
    }

    private static async Task<IResult> CreateAsync(EventReportsRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (body?.Incidents is not { Count: > 0 } ids) return ReviewEndpoints.Invalid("incidents", "name the ids of the reports to group (at least two)");
        try
        {
            var id = await new EventService(db, time).CreateAsync(ids, Analyst(http), Blank(body.Title), Blank(body.Reason), ct);
            var view = await EventQueries.ViewAsync(db, id, ct);
            return TypedResults.Created($"/events/{id}", ApiEvent.From(view!));
        }
        catch (ReviewException e) { return ReviewEndpoints.Invalid(e); }
    }

    private static Task<IResult> AddAsync(int id, EventReportsRequest? body, HttpContext http, BorderWatchDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (body?.Incidents is not { Count: > 0 } ids) return Task.FromResult(ReviewEndpoints.Invalid("incidents", "name the ids of the reports to add"));
        return DecideAsync(db, id, () => new EventService(db, time).AddReportsAsync(id, ids, Analyst(http), Blank(body.Reason), ct), ct);
    }

    private static async Task<IResult> DecideAsync(BorderWatchDbContext db, int id, Func<Task> decide, CancellationToken ct)
    {
        if (await EventQueries.ViewAsync(db, id, ct) is null)
            return TypedResults.Problem(title: "Not found", detail: $"There is no event {id}.", statusCode: StatusCodes.Status404NotFound);
        try { await decide(); }
        catch (ReviewException e) { return ReviewEndpoints.Invalid(e); }
        return TypedResults.Ok(ApiEvent.From((await EventQueries.ViewAsync(db, id, ct))!));
    }

    private static string Analyst(HttpContext http) => ReviewEndpoints.Analyst(http);

    private static string? Blank(string? text) => ReviewEndpoints.Blank(text);
}
