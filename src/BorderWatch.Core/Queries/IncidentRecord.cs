namespace BorderWatch.Core.Queries;

/// <summary>
/// One incident as exported (JSON, CSV, GeoJSON properties). Field names follow gold/SCHEMA.md,
/// plus provenance fields (excerpt offsets, url, confidence, summary, article id and title) and the permalink.
/// </summary>
public sealed record IncidentRecord
{
    /// <summary>File name of the source document (no directory).</summary>
    public required string Doc { get; init; }
    public required int Id { get; init; }
    public required string Type { get; init; }
    public string? Date { get; init; }
    public required string DatePrecision { get; init; }
    public bool DateInferred { get; init; }
    public string? Border { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Organizations { get; init; } = [];
    public IReadOnlyList<string> Persons { get; init; } = [];
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required string Status { get; init; }
    public string? Attribution { get; init; }
    /// <summary>The least the killed figures add up to (null when none gives a number); likewise wounded and detained.</summary>
    public int? Killed { get; init; }
    public int? Wounded { get; init; }
    public int? Detained { get; init; }
    /// <summary>The whole casualty report with sides, bounds and vague words ("killed 2 soldiers, 1 civilian; wounded at least 5").</summary>
    public string? Casualties { get; init; }
    public string? Excerpt { get; init; }
    public int? ExcerptStart { get; init; }
    public int? ExcerptEnd { get; init; }
    public string? Url { get; init; }
    public double Confidence { get; init; }
    public required string Summary { get; init; }
    public int ArticleId { get; init; }
    public string? Title { get; init; }
    /// <summary>Where analysts' decisions leave it: unreviewed, confirmed, corrected (values above are then the reviewed ones), rejected or merged.</summary>
    public string Review { get; init; } = "unreviewed";
    /// <summary>Who made the latest decision, and when.</summary>
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    /// <summary>The incident's page on the dashboard, when the export was given the dashboard's base URL.</summary>
    public string? Permalink { get; init; }
}
