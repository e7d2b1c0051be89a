using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Queries;

/// <summary>How a date range filter treats incidents whose dates are imprecise (a month, a year).</summary>
public enum DateMatch
{
    /// <summary>The incident's possible date range overlaps the filter range (a "2016" incident matches 3 March 2016).</summary>
    Overlaps,
    /// <summary>The incident's whole possible date range lies within the filter range.</summary>
    Within,
}

/// <summary>How several selected actors (countries, organizations, persons) combine.</summary>
public enum ActorMatch
{
    /// <summary>Incidents involving any of the selected actors (a union within each facet).</summary>
    Any,
    /// <summary>Incidents involving every selected actor.</summary>
    All,
}

/// <summary>
/// The filters an analyst can apply to incidents, shared by the CLI export, the pages and the API.
/// Empty lists and nulls mean "no filter". Lists are OR within a field, AND across fields.
/// </summary>
public sealed record IncidentFilter
{
    /// <summary>Border code ("AFG-TKM").</summary>
    public string? Border { get; init; }
    /// <summary>Only incidents assigned to no border segment (the facet's "no border" value); excludes <see cref="Border"/>.</summary>
    public bool WithoutBorder { get; init; }
    /// <summary>ISO alpha-3 codes of states involved (actor of kind State).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>Canonical short names of organizations or armed groups ("CSTO", "Taliban").</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];
    /// <summary>Canonical full names of persons ("Sergey Lavrov"); aliases are matched too.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];
    public IReadOnlyList<IncidentType> Types { get; init; } = [];
    public IReadOnlyList<IncidentStatus> Statuses { get; init; } = [];
    /// <summary>Incidents whose date range ends on or after the start of this date.</summary>
    public PartialDate? From { get; init; }
    /// <summary>Incidents whose date range starts on or before the end of this date.</summary>
    public PartialDate? To { get; init; }
    /// <summary>Whether <see cref="From"/>/<see cref="To"/> keep incidents that merely overlap the range or only those within it.</summary>
    public DateMatch DateMatch { get; init; } = DateMatch.Overlaps;
    /// <summary>How selected countries, organizations and persons combine (any of them, or all of them).</summary>
    public ActorMatch ActorMatch { get; init; } = ActorMatch.Any;
    /// <summary>Full-text query over excerpts and summaries: words ANDed, "quoted phrases", prefix*, actor aliases expanded.</summary>
    public string? Text { get; init; }
    public int? ArticleId { get; init; }
    public int? ActorId { get; init; }
    /// <summary>Gazetteer place ids: incidents located at any of them (a map marker's places).</summary>
    public IReadOnlyList<int> PlaceIds { get; init; } = [];
    /// <summary>Include incidents from articles marked as duplicates and incidents an analyst rejected.</summary>
    public bool IncludeRejected { get; init; }
}
