using BorderWatch.Core.Review;
using BorderWatch.Core.Store;

namespace BorderWatch.Web.Api;

/// <summary>The audit log as a file (csv or json), filtered like the /audit page (who, action, from, to, incident, event).</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditExport(this RouteGroupBuilder api)
    {
        api.MapGet("/export/audit.{format}", Export).WithName("ExportAudit").RequireAuthorization(Access.AccessPolicies.Admin)
            .WithSummary("The audit log, newest first, as csv or json; who, action (repeatable), from, to (YYYY-MM-DD, UTC), incident and event filter it.");
        return api;
    }

    private static IResult Export(string format, HttpRequest request, BorderWatchDbContext db, CancellationToken ct)
    {
        var (query, parseErrors) = AuditQueryParser.Parse(key => request.Query[key].OfType<string>().ToList());
        var errors = parseErrors.ToList();
        var kind = format.ToLowerInvariant();
        if (kind is not ("csv" or "json")) errors.Add($"format: '{format}' is not an audit export format (use csv or json)");
        if (errors.Count > 0)
            return TypedResults.Problem(title: "The query cannot be applied", detail: string.Join("; ", errors), statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        var entries = AuditExport.StreamAsync(db, query, ct);
        return kind == "csv"
            ? TypedResults.Stream(s => AuditExport.WriteCsvAsync(s, entries, ct), "text/csv; charset=utf-8", "borderwatch-audit.csv")
            : TypedResults.Stream(s => AuditExport.WriteJsonAsync(s, entries, ct), "application/json; charset=utf-8", "borderwatch-audit.json");
    }
}
