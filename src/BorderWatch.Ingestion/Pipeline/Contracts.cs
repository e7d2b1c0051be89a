using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Pipeline;

// The records that flow between the pipeline stages. Each stage is a small pure function over these.

/// <summary>Metadata a reader found in the document itself (meta tags, JSON-LD, feed fields, header lines).</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? OutletName { get; init; }
    public string? OutletDomain { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    /// <summary>Publication date from metadata (Unknown when the document carries none).</summary>
    public PartialDate Published { get; init; } = PartialDate.Unknown;
    /// <summary>Where <see cref="Published"/> came from ("meta article:published_time").</summary>
    public string? PublishedNote { get; init; }
}

/// <summary>Stage 1 output: one article read from a file (a feed yields several).</summary>
public sealed record SourceDocument
{
    /// <summary>File name (no directory) or URL; the export's <c>doc</c>.</summary>
    public required string SourceName { get; init; }
    public required SourceFormat Format { get; init; }
    /// <summary>The raw input decoded to text (the whole file; for a feed item, the item's XML).</summary>
    public required string RawText { get; init; }
    /// <summary>SHA-256 (hex) of the raw bytes (for a feed item: of its XML) for exact re-ingest detection.</summary>
    public required string ContentHash { get; init; }
    public required string Encoding { get; init; }
    /// <summary>The article body as plain text, paragraphs separated by blank lines, before boilerplate cleaning.</summary>
    public required string BodyText { get; init; }
    public string? FeedItemKey { get; init; }
    public DocumentMetadata Metadata { get; init; } = new();
}

/// <summary>A sentence with character offsets into the cleaned text: <c>Text == cleaned[Start..End]</c>.</summary>
/// <param name="IsDateline">The dateline that opens a story ("DUSHANBE, November 8, 2021 -"): it dates the article, never an event.</param>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text, bool IsDateline = false);

/// <summary>A paragraph with offsets into the cleaned text.</summary>
public sealed record Paragraph(int Index, int Start, int End, IReadOnlyList<Sentence> Sentences);

/// <summary>mend37: how a record's <see cref="ExtractedIncident.Attribution"/> was read.</summary>
public enum AttributionBasis
{
    /// <summary>From the clause's own words (a speech verb and its subject, "according to"), or none.</summary>
    Clause,
    /// <summary>From the source line under a quote set out on its own ("- the ministry's press office, on Tuesday"):
    /// the quote has no speech verb, its speaker and day are the line's.</summary>
    SourceLine,
}

/// <summary>Where an incident's date comes from.</summary>
public enum DateBasis
{
    /// <summary>A date expression of its own clause (or no date at all).</summary>
    OwnWords,
    /// <summary>The date of the report in the sentence just before (a follow-up told without a date).</summary>
    SentenceBefore,
    /// <summary>No date in the text for it: the day of its section's heading or the document's date.</summary>
    Document,
    /// <summary>The date of the incident of the same type just before it, which it continues.</summary>
    EarlierIncident,
}

/// <summary>Stage 5-8 output: one incident the pipeline found, ready to be stored.</summary>
public sealed record ExtractedIncident
{
    public required IncidentType Type { get; init; }
    public PartialDate Date { get; init; } = PartialDate.Unknown;
    public bool DateInferred { get; init; }
    public string? DateNote { get; init; }
    /// <summary>Where the date comes from: the incident's own words, or borrowed from around it.</summary>
    public DateBasis DateBasis { get; init; }
    /// <summary>"AFG-TKM" or null.</summary>
    public string? BorderCode { get; init; }
    /// <summary>Gazetteer keys of the actors with their roles (states are ISO alpha-3 keys).</summary>
    public IReadOnlyList<ActorMention> Actors { get; init; } = [];
    public string? LocationText { get; init; }
    /// <summary>Gazetteer key of the most precise place, when it is in the gazetteer.</summary>
    public string? PlaceKey { get; init; }
    public LocationPrecision LocationPrecision { get; init; }
    public IncidentStatus Status { get; init; }
    public string? Attribution { get; init; }
    /// <summary>How <see cref="Attribution"/> was read (mend37).</summary>
    public AttributionBasis AttributionBasis { get; init; }
    public double Confidence { get; init; }
    public required string Summary { get; init; }
    /// <summary>Offsets of the excerpt in the cleaned text.</summary>
    public required int ExcerptStart { get; init; }
    public required int ExcerptEnd { get; init; }
    /// <summary>Killed, wounded and detained as the excerpt states them (<see cref="CasualtyReport.None"/> when it states none).</summary>
    public CasualtyReport Casualties { get; init; } = CasualtyReport.None;
}

/// <summary>An actor (by gazetteer key) and its role in an incident.</summary>
public sealed record ActorMention(string Key, ActorRole Role);
