using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Api;

// The JSON API's shapes. Field names follow gold/SCHEMA.md where they overlap (type, date, datePrecision, border,
// countries, organizations, persons, location, status, attribution), with codes, not enum numbers.

public sealed record ApiExcerpt(int Id, int ArticleId, int Start, int End, string Text);

public sealed record ApiActorRole(int Id, string Kind, string Name, string DisplayName, string Role);

public sealed record ApiIncident
{
    public required int Id { get; init; }
    public required string Type { get; init; }
    public string? Date { get; init; }
    public required string DatePrecision { get; init; }
    public bool DateInferred { get; init; }
    public string? DateNote { get; init; }
    public string? Border { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Organizations { get; init; } = [];
    public IReadOnlyList<string> Persons { get; init; } = [];
    public string? Location { get; init; }
    public required string Status { get; init; }
    public string? Attribution { get; init; }
    public required string Summary { get; init; }
    public double Confidence { get; init; }
    public int ArticleId { get; init; }
    public int Sources { get; init; }
    public IReadOnlyList<ApiActorRole> Actors { get; init; } = [];
    public IReadOnlyList<ApiExcerpt> Excerpts { get; init; } = [];
    /// <summary>The incident's page.</summary>
    public required string Url { get; init; }
    /// <summary>unreviewed, confirmed, corrected (the values above are then the reviewed ones), rejected or merged.</summary>
    public string Review { get; init; } = "unreviewed";
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public int? MergedInto { get; init; }
    /// <summary>On list pages: the event the row stands for in event counts (its accepted event, or the incident alone) and its reach.</summary>
    public ApiEventReach? Event { get; init; }

    public static ApiIncident From(IncidentListItem i)
    {
        List<string> Names(params ActorKind[] kinds) => i.Actors.Where(a => kinds.Contains(a.Kind)).Select(a => a.CanonicalName)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new ApiIncident
        {
            Id = i.Id, Type = i.Type.ToCode(), Date = i.Date.IsKnown ? i.Date.ToString() : null, DatePrecision = i.Date.Precision.ToCode(),
            DateInferred = i.DateInferred, DateNote = i.DateNote, Border = i.BorderCode,
            Countries = Names(ActorKind.State), Organizations = Names(ActorKind.Organization, ActorKind.ArmedGroup), Persons = Names(ActorKind.Person),
            Location = i.Location, Status = i.Status.ToCode(), Attribution = i.Attribution, Summary = i.Summary, Confidence = i.Confidence,
            ArticleId = i.ArticleId, Sources = i.SourceCount,
            Actors = i.Actors.Select(a => new ApiActorRole(a.Id, a.Kind.ToCode(), a.CanonicalName, a.DisplayName, a.Role.ToString().ToLowerInvariant())).ToList(),
            Excerpts = i.Excerpts.Select(e => new ApiExcerpt(e.Id, e.ArticleId, e.Start, e.End, e.Text)).ToList(),
            Url = $"/incidents/{i.Id}",
            Review = i.Review.ToString().ToLowerInvariant(), ReviewedBy = i.ReviewedBy, ReviewedAt = i.ReviewedAt, MergedInto = i.MergedIntoId,
            Event = i.Event is { } e ? new ApiEventReach(e.EventId, e.EventId is int id ? $"/events/{id}" : null, e.Reports, e.Sources, e.Outlets) : null,
        };
    }
}

/// <param name="Id">The accepted event's id; null when the incident is in no accepted event (an event of one report).</param>
/// <param name="Reports">Listed reports the event counts once (rejected and merged ones leave it).</param>
/// <param name="Sources">Articles carrying those reports, syndicated copies included.</param>
/// <param name="Outlets">Their outlets.</param>
public sealed record ApiEventReach(int? Id, string? Url, int Reports, int Sources, int Outlets);

/// <param name="TotalIsLowerBound">More incidents match than were counted: <c>total</c> (and <c>pageCount</c>) are lower bounds.</param>
public sealed record ApiIncidentPage(int Total, int Page, int PageSize, int PageCount, IReadOnlyList<ApiIncident> Items, bool TotalIsLowerBound = false)
{
    /// <summary>What a row is: <c>report</c> (every listed incident) or <c>event</c> (<c>by=event</c>: <c>total</c> counts events).</summary>
    public string By { get; init; } = "report";
}

public sealed record ApiFacetValue(string Value, string Label, int Count, bool Selected);

/// <param name="CountsAreLowerBounds">The counts were made over the first of more matching incidents than are counted: each is a lower bound.</param>
public sealed record ApiFacet(string Key, IReadOnlyList<ApiFacetValue> Values, int Hidden, bool CountsAreLowerBounds = false);

public sealed record ApiPlace(string? Name, string? Province, double? Latitude, double? Longitude, string Precision);

public sealed record ApiReview(string Decision, string Analyst, string? Note, DateTimeOffset DecidedAt, int? MergedIntoId);

public sealed record ApiIncidentDetail(ApiIncident Incident, ApiPlace Place, bool Superseded, string? PipelineVersion, DateTimeOffset ExtractedAt,
    IReadOnlyList<ApiReview> Reviews, IReadOnlyList<int> SameArticle, string Casualties = "none");

public sealed record ApiBorderLength(double Kilometres, string Source, int? ArticleId);

public sealed record ApiBorder(string Code, string Name, IReadOnlyList<string> States, IReadOnlyList<ApiBorderLength> Lengths, int Incidents,
    IReadOnlyDictionary<string, int> ByType, int? LatestIncidentId, string Url, int Events)
{
    public static ApiBorder From(BorderSummary b) => new(b.Code, b.Name, [b.StateA.Code, b.StateB.Code],
        b.Lengths.Select(l => new ApiBorderLength(l.Kilometres, l.Source, l.ArticleId)).ToList(), b.Reports,
        b.ByType.ToDictionary(t => t.Type.ToCode(), t => t.Count), b.Latest?.Id, $"/borders/{b.Code}", b.Total);
}

public sealed record ApiActor(int Id, string Kind, string Name, string DisplayName, string? Country, int Incidents, string Url)
{
    public static ApiActor From(ActorRow a) => new(a.Id, a.Kind.ToCode(), a.CanonicalName, a.DisplayName, a.CountryCode, a.IncidentCount, $"/actors/{a.Id}");
}

public sealed record ApiCompanion(int Id, string Kind, string DisplayName, int SharedIncidents);

public sealed record ApiActorDetail(ApiActor Actor, string? Description, IReadOnlyList<string> Aliases, IReadOnlyList<ApiCompanion> AppearsWith);

public sealed record ApiArticle
{
    public required int Id { get; init; }
    public string? Title { get; init; }
    public required string Doc { get; init; }
    public string? SourceUrl { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Published { get; init; }
    public required string PublishedPrecision { get; init; }
    /// <summary>How the publication date was determined: metadata, stated-in-text, inferred-from-text or none.</summary>
    public required string PublishedDateSource { get; init; }
    public string? PublishedDateNote { get; init; }
    public string? Language { get; init; }
    public required string Format { get; init; }
    public int Incidents { get; init; }
    public int? DuplicateOf { get; init; }
    public DateTimeOffset IngestedAt { get; init; }
    public required string Url { get; init; }
    public required string RawUrl { get; init; }

    public static ApiArticle From(ArticleRow a) => new()
    {
        Id = a.Id, Title = a.Title, Doc = IncidentExport.DocName(a.SourceName), SourceUrl = a.SourceUrl, Outlet = a.OutletName, Author = a.Author,
        Published = a.Published.IsKnown ? a.Published.ToString() : null, PublishedPrecision = a.Published.Precision.ToCode(),
        PublishedDateSource = a.PublishedDateSource switch
        {
            Core.Domain.PublishedDateSource.Metadata => "metadata",
            Core.Domain.PublishedDateSource.StatedInText => "stated-in-text",
            Core.Domain.PublishedDateSource.InferredFromText => "inferred-from-text",
            _ => "none",
        },
        PublishedDateNote = a.PublishedDateNote, Language = a.Language, Format = a.Format.ToString().ToLowerInvariant(),
        Incidents = a.IncidentCount, DuplicateOf = a.DuplicateOfId, IngestedAt = a.IngestedAt, Url = $"/articles/{a.Id}", RawUrl = $"/articles/{a.Id}/raw",
    };
}

public sealed record ApiArticleDetail(ApiArticle Article, string CleanedText, string ContentHash, IReadOnlyList<int> Copies,
    IReadOnlyList<ApiIncident> Incidents);

public sealed record ApiPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);
