using System.Globalization;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using BorderWatch.Web.Access;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Api;

/// <summary>
/// The JSON API (under /api, described at /openapi/v1.json), the exports of the current filter in the CLI's formats,
/// and each article's raw source. Incident endpoints take the same query keys as the pages.
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapBorderWatchApi(this IEndpointRouteBuilder app)
    {
        // Reads follow the read policy; writes need an analyst (cookie or personal API token) and are rate limited.
        var api = app.MapGroup("/api").WithTags("BorderWatch").RequireAuthorization(AccessPolicies.Read);

        api.MapGet("/incidents", ListIncidentsAsync).WithName("ListIncidents").CacheOutput(ApiOutputCache.PolicyName)
            .WithSummary("Incidents matching the filters (border, country, org, person, type, status, from, to, q, article, actor), paged; by=event lists one row per event (an accepted event's first report) with its reports, sources and outlets.");
        api.MapGet("/incidents/{id:int}", GetIncidentAsync).WithName("GetIncident").CacheOutput(ApiOutputCache.PolicyName)
            .WithSummary("One incident with its excerpts, actors and roles, place and analyst reviews.");
        api.MapGet("/facets", FacetsAsync).WithName("IncidentFacets").CacheOutput(ApiOutputCache.PolicyName)
            .WithSummary("Counts per border, country, organization, person, type and status under the other filters.");
        api.MapGet("/borders", ListBordersAsync).WithName("ListBorders").CacheOutput(ApiOutputCache.PolicyName)
            .WithSummary("Tracked border segments with length figures, their sources and incident counts.");
        api.MapGet("/borders/{code}", GetBorderAsync).WithName("GetBorder").CacheOutput(ApiOutputCache.PolicyName).WithSummary("One border segment, e.g. AFG-TKM.");
        api.MapGet("/actors", ListActorsAsync).WithName("ListActors").CacheOutput(ApiOutputCache.PolicyName)
            .WithSummary("States, organizations, armed groups, persons and media; kind, q (name or alias), all=true includes actors without incidents.");
        api.MapGet("/actors/{id:int}", GetActorAsync).WithName("GetActor").CacheOutput(ApiOutputCache.PolicyName).WithSummary("One actor with aliases and the actors it most often appears with.");
        api.MapGet("/articles", ListArticlesAsync).WithName("ListArticles").CacheOutput(ApiOutputCache.PolicyName).WithSummary("Ingested articles, newest publication first; q searches titles, outlets and file names.");
        api.MapGet("/articles/{id:int}", GetArticleAsync).WithName("GetArticle").CacheOutput(ApiOutputCache.PolicyName).WithSummary("One article with its cleaned text and extracted incidents.");
        api.MapGet("/export/incidents.{format}", Export).WithName("ExportIncidents")
            .WithSummary("The filtered incidents as a file: csv, json or geojson (the CLI's export formats).");
        api.MapAuditExport();
        api.MapReviewApi();
        api.MapEventApi();
        api.MapOrphanApi();

        api.MapPost("/ingest", UploadIngestEndpoint.IngestAsync).WithName("IngestUpload").DisableAntiforgery()
            .RequireAuthorization(AccessPolicies.Analyst).RequireRateLimiting(AccessHosting.IngestLimit)
            .WithSummary("Queues the ingest of uploaded files (multipart/form-data, parts named 'files'; at most 200 files and 32 MB, 10 MB a file): 202 with the job's status URL, where each document gets a result and a bad file fails alone, naming the file and the reason.");
        api.MapPost("/ingest/url", UrlIngestEndpoint.IngestAsync).WithName("IngestUrl").DisableAntiforgery()
            .RequireAuthorization(AccessPolicies.Analyst).RequireRateLimiting(AccessHosting.IngestLimit)
            .WithSummary("Queues the fetch (http/https, at most 5 redirects, size and time capped, private addresses refused) and ingest of one article by URL: 202 with the job's status URL.");
        api.MapGet("/ingest/jobs/{id:guid}", IngestJobEndpoints.Get).WithName("GetIngestJob").RequireAuthorization(AccessPolicies.Analyst)
            .WithSummary("An ingest job submitted from the web or the API: state, documents done, rate, time left, and each document's result.");
        api.MapDelete("/ingest/jobs/{id:guid}", IngestJobEndpoints.Cancel).WithName("CancelIngestJob").RequireAuthorization(AccessPolicies.Analyst)
            .WithSummary("Stops an ingest job: a queued one never starts, a running one stops between articles (what is stored stays stored); 409 when it had finished.");

        app.MapGet("/articles/{id:int}/raw", RawArticleAsync).WithName("RawArticle").WithTags("BorderWatch").RequireAuthorization(AccessPolicies.Read)
            .WithSummary("The article's source as ingested, as plain text.");
        return app;
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<string> errors) => TypedResults.Problem(
        title: "The query cannot be applied", detail: string.Join("; ", errors), statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["errors"] = errors });

    private static string PastTheEnd(int page, int pageCount) => $"page: {page} is past the last page ({pageCount})";

    private static ProblemHttpResult Missing(string what) =>
        TypedResults.Problem(title: "Not found", detail: what, statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ApiIncidentPage>, ProblemHttpResult>> ListIncidentsAsync(HttpRequest request, BorderWatchDbContext db,
        IOptions<DashboardOptions> options, CancellationToken ct)
    {
        var list = ForCaller(IncidentListRequest.Parse(request.Query, "pageSize"), request);
        var errors = list.Errors.ToList();
        var pageSize = options.Value.PageSize;
        if (request.Query["pageSize"].ToString() is { Length: > 0 } size
            && !(int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) && pageSize is >= 1 and <= IncidentListing.MaxPageSize))
            errors.Add($"pageSize: '{size}' is not a page size (a whole number from 1 to {IncidentListing.MaxPageSize})");
        if (errors.Count > 0) return Invalid(errors);
        var page = await IncidentListing.PageAsync(db, list.Filter, list.Order, list.Page, pageSize, ct, unit: list.Unit);
        if (page.Page != list.Page) return Invalid([PastTheEnd(list.Page, page.PageCount)]);
        return TypedResults.Ok(new ApiIncidentPage(page.Total, page.Page, page.PageSize, page.PageCount, page.Items.Select(ApiIncident.From).ToList(),
            page.TotalIsLowerBound) { By = list.Unit == Core.Review.ListUnit.Event ? IncidentListUrl.ByEvent : IncidentListUrl.ByReport });
    }

    /// <summary>
    /// Rejected, merged and superseded incidents (<c>all=true</c>) are shown to analysts and admins only; for anyone
    /// else the switch is ignored, as on the pages (<c>IncidentBrowser</c>).
    /// </summary>
    private static IncidentListRequest ForCaller(IncidentListRequest list, HttpRequest request) =>
        list.Filter.IncludeRejected && !(request.HttpContext.User.IsInRole(AccessRole.Analyst.RoleName()) || request.HttpContext.User.IsInRole(AccessRole.Admin.RoleName()))
            ? list with { Filter = list.Filter with { IncludeRejected = false } }
            : list;

    private static async Task<Results<Ok<ApiIncidentDetail>, ProblemHttpResult>> GetIncidentAsync(int id, BorderWatchDbContext db, CancellationToken ct)
    {
        var d = await IncidentDetail.LoadAsync(db, id, ct);
        if (d is null) return Missing($"There is no incident {id}.");
        return TypedResults.Ok(new ApiIncidentDetail(ApiIncident.From(d.Incident),
            new ApiPlace(d.PlaceName ?? d.Incident.Location, d.Province, d.Latitude, d.Longitude, d.LocationPrecision.ToString().ToLowerInvariant()),
            d.Superseded, d.PipelineVersion, d.ExtractedAt,
            d.Reviews.Select(r => new ApiReview(r.Decision.ToString().ToLowerInvariant(), r.Analyst, r.Note, r.DecidedAt, r.MergedIntoId)).ToList(),
            d.SameArticle.Select(s => s.Id).ToList(), d.Casualties.ToString()));
    }

    private static async Task<Results<Ok<IReadOnlyList<ApiFacet>>, ProblemHttpResult>> FacetsAsync(HttpRequest request, BorderWatchDbContext db, CancellationToken ct)
    {
        var list = ForCaller(IncidentListRequest.Parse(request.Query), request);
        if (list.Errors.Count > 0) return Invalid(list.Errors);
        var facets = await IncidentFacets.CountAsync(db, list.Filter, IncidentBrowserView.AllFacets, top: int.MaxValue, ct: ct);
        if (list.Unit == Core.Review.ListUnit.Event) facets = await Core.Review.EventFacets.OfEventsAsync(db, list.Filter, facets, ct);
        return TypedResults.Ok<IReadOnlyList<ApiFacet>>(facets
            .Select(f => new ApiFacet(f.Key, f.Values.Select(v => new ApiFacetValue(v.Value, v.Label, v.Count, v.Selected)).ToList(), f.Hidden,
                f.CountsAreLowerBounds)).ToList());
    }

    private static async Task<Ok<IReadOnlyList<ApiBorder>>> ListBordersAsync(BorderWatchDbContext db, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<ApiBorder>>((await BorderActivity.SummariesAsync(db, ct: ct)).Select(ApiBorder.From).ToList());

    private static async Task<Results<Ok<ApiBorder>, ProblemHttpResult>> GetBorderAsync(string code, BorderWatchDbContext db, CancellationToken ct)
    {
        if (!IncidentFilterParser.TryParseBorder(code, out var normalized))
            return Invalid([$"border: '{code}' is not a border code (use two ISO alpha-3 codes, e.g. AFG-TKM)"]);
        var border = (await BorderActivity.SummariesAsync(db, normalized, ct)).FirstOrDefault();
        return border is null ? Missing($"BorderWatch does not track a border {normalized}.") : TypedResults.Ok(ApiBorder.From(border));
    }

    private static async Task<Results<Ok<IReadOnlyList<ApiActor>>, ProblemHttpResult>> ListActorsAsync(string? kind, string? q, string? all,
        BorderWatchDbContext db, CancellationToken ct)
    {
        var everyActor = false;
        if (!string.IsNullOrEmpty(all) && !bool.TryParse(all, out everyActor))
            return Invalid([$"all: '{ApiValues.Shown(all)}' is not true or false"]);
        ActorKind? k = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            k = Enum.GetValues<ActorKind>().Select(x => (ActorKind?)x).FirstOrDefault(x => x!.Value.ToCode().Equals(kind.Trim(), StringComparison.OrdinalIgnoreCase));
            if (k is null) return Invalid([$"kind: '{kind}' is not an actor kind (use one of {string.Join(", ", Enum.GetValues<ActorKind>().Select(x => x.ToCode()))})"]);
        }
        var rows = await ActorDirectory.ListAsync(db, k, q, everyActor, ct);
        return TypedResults.Ok<IReadOnlyList<ApiActor>>(rows.Select(ApiActor.From).ToList());
    }

    private static async Task<Results<Ok<ApiActorDetail>, ProblemHttpResult>> GetActorAsync(int id, BorderWatchDbContext db, CancellationToken ct)
    {
        var p = await ActorDirectory.ProfileAsync(db, id, ct: ct);
        return p is null
            ? Missing($"There is no actor {id}.")
            : TypedResults.Ok(new ApiActorDetail(ApiActor.From(p.Actor), p.Description, p.Aliases,
                p.Companions.Select(c => new ApiCompanion(c.Id, c.Kind.ToCode(), c.DisplayName, c.SharedIncidents)).ToList()));
    }

    private static async Task<Results<Ok<ApiPage<ApiArticle>>, ProblemHttpResult>> ListArticlesAsync(string? q, string? page,
        BorderWatchDbContext db, IOptions<DashboardOptions> options, CancellationToken ct)
    {
        var number = 1;
        if (!string.IsNullOrEmpty(page) && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number is >= 1 and <= ApiValues.MaxPage))
            return Invalid([$"page: '{ApiValues.Shown(page)}' is not a page number (a whole number from 1 to {ApiValues.MaxPage:N0})"]);
        var size = options.Value.PageSize;
        var (rows, total) = await ArticleCatalog.PageAsync(db, q, number, size, ct);
        var pages = Math.Max(1, (total + size - 1) / size);
        if (number > pages) return Invalid([PastTheEnd(number, pages)]);
        return TypedResults.Ok(new ApiPage<ApiArticle>(total, number, size, rows.Select(ApiArticle.From).ToList()));
    }

    private static async Task<Results<Ok<ApiArticleDetail>, ProblemHttpResult>> GetArticleAsync(int id, BorderWatchDbContext db, CancellationToken ct)
    {
        var d = await ArticleCatalog.DetailAsync(db, id, ct);
        return d is null
            ? Missing($"There is no article {id}.")
            : TypedResults.Ok(new ApiArticleDetail(ApiArticle.From(d.Article), d.CleanedText, d.ContentHash, d.Copies.Select(c => c.Id).ToList(),
                d.Incidents.Select(ApiIncident.From).ToList()));
    }

    /// <summary>
    /// Streams the filtered view in its sort (oldest first without <c>sort</c>, like the CLI), with permalinks to this
    /// dashboard and a file name that names the filter; the first records go out before the last are read.
    /// </summary>
    private static IResult Export(string format, HttpRequest request, BorderWatchDbContext db, CancellationToken ct)
    {
        var list = ForCaller(IncidentListRequest.Parse(request.Query, "page"), request);
        var errors = list.Errors.ToList();
        if (!IncidentExport.TryGetWriter(format, out var contentType, out var write))
            errors.Add($"format: '{format}' is not an export format (use csv, json or geojson)");
        if (errors.Count > 0) return Invalid(errors);
        var order = request.Query.ContainsKey("sort") ? list.Order : IncidentOrder.Oldest;
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        var fileName = IncidentExport.FileName(list.Filter, order, format.ToLowerInvariant());
        return TypedResults.Stream(
            stream => write(stream, IncidentExport.StreamAsync(db, list.Filter, order, baseUrl, ct), ct),
            contentType, fileName);
    }

    private static async Task<IResult> RawArticleAsync(int id, HttpContext context, BorderWatchDbContext db, CancellationToken ct)
    {
        var raw = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.RawContent).FirstOrDefaultAsync(ct);
        if (raw is null) return Missing($"There is no article {id}.");
        // Someone else's HTML, shown as text: never rendered, never sniffed as a page.
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        return TypedResults.Text(raw, "text/plain; charset=utf-8");
    }
}
