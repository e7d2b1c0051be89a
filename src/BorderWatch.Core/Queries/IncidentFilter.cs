using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Queries;

/// <summary>
/// The filters an analyst can apply to incidents, shared by the CLI export, the pages and the API.
/// Empty lists and nulls mean "no filter". Lists are OR within a field, AND across fields.
/// </summary>
public sealed record IncidentFilter
{
    /// <summary>Border code ("AFG-TKM").</summary>
    public string? Border { get; init; }
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
    /// <summary>Free text matched against excerpts and summaries.</summary>
    public string? Text { get; init; }
    public int? ArticleId { get; init; }
    public int? ActorId { get; init; }
    /// <summary>Include incidents from articles marked as duplicates and incidents an analyst rejected.</summary>
    public bool IncludeRejected { get; init; }
}
