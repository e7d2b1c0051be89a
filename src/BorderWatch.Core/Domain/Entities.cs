using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Domain;

/// <summary>A news outlet or publisher.</summary>
public class Outlet
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Web domain when known (e.g. "rferl.org").</summary>
    public string? Domain { get; set; }
    public List<Article> Articles { get; set; } = [];
}

/// <summary>One ingested document (a file, a web page or one feed item), raw and cleaned.</summary>
public class Article
{
    public int Id { get; set; }
    public int? OutletId { get; set; }
    public Outlet? Outlet { get; set; }

    /// <summary>File name (for files) or URL the article came from; the export's <c>doc</c> is its file name.</summary>
    public required string SourceName { get; set; }
    public string? SourceUrl { get; set; }
    public SourceFormat Format { get; set; }
    /// <summary>For feed items: the item's guid or link, so that one feed file yields many articles.</summary>
    public string? FeedItemKey { get; set; }

    /// <summary>The raw input, decoded to text, kept so the source is one click away and can be re-processed.</summary>
    public required string RawContent { get; set; }
    public string? RawEncoding { get; set; }
    /// <summary>The cleaned article text; every excerpt's offsets point into it.</summary>
    public required string CleanedText { get; set; }

    public string? Title { get; set; }
    public string? Author { get; set; }
    public string? Language { get; set; }

    public int? PublishedYear { get; set; }
    public int? PublishedMonth { get; set; }
    public int? PublishedDay { get; set; }
    public DatePrecision PublishedPrecision { get; set; }
    public PublishedDateSource PublishedDateSource { get; set; }
    /// <summary>Why the date is what it is ("meta article:published_time", "latest date in text: 9 July 2021").</summary>
    public string? PublishedDateNote { get; set; }

    /// <summary>SHA-256 (hex) of the raw input: re-ingesting the same bytes is a no-op.</summary>
    public required string ContentHash { get; set; }
    /// <summary>64-bit SimHash of the cleaned text's word shingles: cheap candidates for near-duplicate detection.</summary>
    public long? SimHash { get; set; }
    /// <summary>Set when this article is a syndicated near-copy of an earlier one; its incidents are not doubled.</summary>
    public int? DuplicateOfId { get; set; }
    public Article? DuplicateOf { get; set; }

    public DateTimeOffset IngestedAt { get; set; }
    /// <summary>Version of the pipeline that last extracted this article's incidents.</summary>
    public string? PipelineVersion { get; set; }

    public List<Incident> Incidents { get; set; } = [];
    public List<Excerpt> Excerpts { get; set; } = [];

    [NotMapped]
    public PartialDate Published
    {
        get => new(PublishedYear, PublishedMonth, PublishedDay);
        set { PublishedYear = value.Year; PublishedMonth = value.Month; PublishedDay = value.Day; PublishedPrecision = value.Precision; }
    }
}

/// <summary>A state, organization, armed group, person or media outlet as an actor in incidents.</summary>
public class Actor
{
    public int Id { get; set; }
    public ActorKind Kind { get; set; }
    /// <summary>Stable key from the gazetteer (e.g. "TKM", "CSTO", "sergey-lavrov").</summary>
    public required string Key { get; set; }
    /// <summary>Canonical name: ISO alpha-3 for states, short name for organizations, full name for persons.</summary>
    public required string CanonicalName { get; set; }
    /// <summary>Display name (e.g. "Turkmenistan" for TKM, "Collective Security Treaty Organization").</summary>
    public required string DisplayName { get; set; }
    /// <summary>The state a person or organization belongs to, when known (ISO alpha-3).</summary>
    public string? CountryCode { get; set; }
    public string? Description { get; set; }
    public List<ActorAlias> Aliases { get; set; } = [];
    public List<IncidentActor> Incidents { get; set; } = [];
}

/// <summary>A spelling of an actor's name seen in text or known from the gazetteer.</summary>
public class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public required string Alias { get; set; }
    /// <summary>Lower-case, diacritics folded: what matching uses.</summary>
    public required string NormalizedAlias { get; set; }
}

/// <summary>A border between two states that BorderWatch tracks.</summary>
public class BorderSegment
{
    public int Id { get; set; }
    /// <summary>"AFG-TKM": the two ISO alpha-3 codes, sorted.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string StateA { get; set; }
    public required string StateB { get; set; }
    public List<BorderLength> Lengths { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];
    public List<Place> Places { get; set; } = [];
}

/// <summary>One length figure for a border, with where it comes from: sources disagree, so all are kept.</summary>
public class BorderLength
{
    public int Id { get; set; }
    public int BorderSegmentId { get; set; }
    public BorderSegment? BorderSegment { get; set; }
    public double Kilometres { get; set; }
    /// <summary>Who gives this figure ("CIA World Factbook", "RFE/RL article").</summary>
    public required string Source { get; set; }
    /// <summary>Set when the figure was read from an ingested article.</summary>
    public int? ArticleId { get; set; }
    public Article? Article { get; set; }
}

/// <summary>A named place with coordinates.</summary>
public class Place
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public PlaceKind Kind { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>ISO alpha-3 of the state the place is in (null for a border river).</summary>
    public string? CountryCode { get; set; }
    /// <summary>The province or region that contains it, as a name.</summary>
    public string? Province { get; set; }
    public int? BorderSegmentId { get; set; }
    public BorderSegment? BorderSegment { get; set; }
}

/// <summary>
/// An incident or claim as the pipeline extracted it. Machine fields only: analysts' decisions live
/// in <see cref="IncidentReview"/>, which re-extraction never touches.
/// </summary>
public class Incident
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    public IncidentType Type { get; set; }

    public int? DateYear { get; set; }
    public int? DateMonth { get; set; }
    public int? DateDay { get; set; }
    public DatePrecision DatePrecision { get; set; }
    /// <summary>True when the date was worked out (relative phrase, publication date) rather than stated.</summary>
    public bool DateInferred { get; set; }
    /// <summary>First day the date covers, for sorting and range filters (null when unknown).</summary>
    public DateOnly? DateStart { get; set; }
    /// <summary>Last day the date covers.</summary>
    public DateOnly? DateEnd { get; set; }
    /// <summary>How the date was resolved ("'last October' against 2016").</summary>
    public string? DateNote { get; set; }

    public int? BorderSegmentId { get; set; }
    public BorderSegment? BorderSegment { get; set; }
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
    /// <summary>The most precise place as the text names it.</summary>
    public string? LocationText { get; set; }
    public LocationPrecision LocationPrecision { get; set; }

    public IncidentStatus Status { get; set; }
    /// <summary>Who asserts it, as the text says ("TASS", "anonymous border guard").</summary>
    public string? Attribution { get; set; }
    /// <summary>0..1: how sure the pipeline is that this is a real incident of this type.</summary>
    public double Confidence { get; set; }
    /// <summary>One line for lists.</summary>
    public required string Summary { get; set; }

    /// <summary>Stable identity across re-extraction: article + excerpt span + type.</summary>
    public required string Fingerprint { get; set; }
    public string? PipelineVersion { get; set; }
    public DateTimeOffset ExtractedAt { get; set; }
    /// <summary>True when a re-run no longer finds this incident but an analyst reviewed it, so it is kept.</summary>
    public bool Superseded { get; set; }
    /// <summary>
    /// Kept by the store's triggers, never set by code: true when the incident is superseded, comes from a syndicated
    /// copy, or its latest review rejects or merges it. Lists leave these out (one indexed column instead of a join and
    /// a review lookup per row).
    /// </summary>
    public bool Hidden { get; set; }

    public List<IncidentActor> Actors { get; set; } = [];
    public List<Excerpt> Excerpts { get; set; } = [];
    public List<IncidentReview> Reviews { get; set; } = [];

    [NotMapped]
    public PartialDate Date
    {
        get => new(DateYear, DateMonth, DateDay);
        set
        {
            DateYear = value.Year; DateMonth = value.Month; DateDay = value.Day;
            DatePrecision = value.Precision; DateStart = value.Start; DateEnd = value.End;
        }
    }
}

/// <summary>An actor's part in an incident.</summary>
[PrimaryKey(nameof(IncidentId), nameof(ActorId), nameof(Role))]
public class IncidentActor
{
    public int IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public ActorRole Role { get; set; }
}

/// <summary>The exact words of an article that state an incident: <c>Text == article.CleanedText[Start..End]</c>.</summary>
public class Excerpt
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int IncidentId { get; set; }
    public Incident? Incident { get; set; }
    /// <summary>Offset of the first character in the article's cleaned text.</summary>
    public int Start { get; set; }
    /// <summary>Offset one past the last character.</summary>
    public int End { get; set; }
    public required string Text { get; set; }
}

/// <summary>An analyst's decision on an incident. Never written by the pipeline.</summary>
public class IncidentReview
{
    public int Id { get; set; }
    public int IncidentId { get; set; }
    public Incident? Incident { get; set; }
    public ReviewDecision Decision { get; set; }
    /// <summary>For <see cref="ReviewDecision.Merged"/>: the incident this one was merged into.</summary>
    public int? MergedIntoId { get; set; }
    /// <summary>Corrected values as JSON (field name to value), for <see cref="ReviewDecision.Corrected"/>.</summary>
    public string? CorrectionsJson { get; set; }
    public required string Analyst { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    /// <summary>For <see cref="ReviewDecision.Rejected"/>: the typed reason (the free text is in <see cref="Note"/>).</summary>
    public RejectionReason? RejectionReason { get; set; }
}
