using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Queries;

/// <summary>How a list of incidents is sorted. Undated incidents come last in the date orders; ties break by id.</summary>
public enum IncidentOrder { Newest, Oldest, Type, Border, Status, Confidence }

/// <summary>An actor as a list shows it: enough for a chip that applies a filter.</summary>
public sealed record ActorRef(int Id, ActorKind Kind, string CanonicalName, string DisplayName, ActorRole Role);

/// <summary>An excerpt with the article it comes from.</summary>
public sealed record ExcerptRef(int Id, int ArticleId, string? ArticleTitle, string ArticleSource, int Start, int End, string Text);

/// <summary>One incident as timelines and lists show it.</summary>
public sealed record IncidentListItem
{
    public required int Id { get; init; }
    public required IncidentType Type { get; init; }
    public PartialDate Date { get; init; }
    public bool DateInferred { get; init; }
    public string? DateNote { get; init; }
    public string? BorderCode { get; init; }
    public string? BorderName { get; init; }
    public IncidentStatus Status { get; init; }
    public string? Attribution { get; init; }
    public required string Summary { get; init; }
    public double Confidence { get; init; }
    public string? Location { get; init; }
    public int ArticleId { get; init; }
    public string? ArticleTitle { get; init; }
    public string? OutletName { get; init; }
    /// <summary>Articles that carry the incident: those of its excerpts plus their syndicated copies.</summary>
    public int SourceCount { get; init; }
    public IReadOnlyList<ActorRef> Actors { get; init; } = [];
    public IReadOnlyList<ExcerptRef> Excerpts { get; init; } = [];
    /// <summary>Where analysts' decisions leave it (the values above are then the reviewed ones).</summary>
    public Review.ReviewState Review { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public int? MergedIntoId { get; init; }
    /// <summary>The event it stands for in event counts with that event's reach (set on list pages: <see cref="Review.EventReaches"/>).</summary>
    public Review.EventReach? Event { get; init; }
}

/// <summary>How many rows a filtered list has in all (<see cref="IncidentListing.CountAsync"/>): the same for each of its pages and orders.</summary>
/// <param name="Imprecise">With a date filter, how many reach outside its range (<see cref="IncidentPage.ImpreciseCount"/>); null without one.</param>
/// <param name="LowerBound">More match than were counted (<see cref="IncidentPage.TotalIsLowerBound"/>).</param>
public sealed record ListCount(int Total, int? Imprecise, bool LowerBound);

/// <summary>One page of a filtered, ordered incident list.</summary>
public sealed record IncidentPage(IReadOnlyList<IncidentListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>
    /// With a date filter: how many of the <see cref="Total"/> results have dates that reach outside the filter's range
    /// (a "2016" incident under a March 2016 filter). Always 0 under <see cref="DateMatch.Within"/>; null without a date filter.
    /// </summary>
    public int? ImpreciseCount { get; init; }

    /// <summary>
    /// More incidents match than were counted (<see cref="IncidentListing.CountCap"/>): <see cref="Total"/> and
    /// <see cref="ImpreciseCount"/> are then lower bounds ("more than 10,000"), and pages past them may still hold results.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>The words and phrases of the text filter to highlight (folded, prefixes ending in '*'); empty without one.</summary>
    public IReadOnlyList<string> HighlightTerms { get; init; } = [];

    /// <summary>
    /// Incidents the caller asked to load with the page's rows (<c>alsoLoad</c> of <see cref="IncidentListing.PageAsync(BorderWatchDbContext, ResolvedFilter, IncidentOrder, int, int, CancellationToken, int, Review.ListUnit, ListCount?, IReadOnlyCollection{int}?)"/>),
    /// in the order asked, whether or not they are on the page: one listing load serves both (the border page's undated events).
    /// </summary>
    public IReadOnlyList<IncidentListItem> AlsoLoaded { get; init; } = [];
}
