using System.Text.Json;
using System.Text.Json.Serialization;
using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Review;

/// <summary>An actor and role as an analyst sets them (the actor by its gazetteer key: "TKM", "CSTO").</summary>
public sealed record ActorRoleValue(string ActorKey, ActorRole Role);

/// <summary>A span of the incident's own article's cleaned text.</summary>
public sealed record ExcerptSpan(int Start, int End);

/// <summary>
/// The fields an analyst corrects; null means "not corrected". Stored as JSON in
/// <see cref="IncidentReview.CorrectionsJson"/>; later corrections override earlier ones field by field.
/// </summary>
public sealed record IncidentCorrection
{
    public IncidentType? Type { get; init; }
    /// <summary>A partial date as text: "2015", "2015-10" or "2015-10-14" (the precision follows).</summary>
    public string? Date { get; init; }
    /// <summary>Border code ("AFG-TKM"); <see cref="NoBorder"/> clears it.</summary>
    public string? Border { get; init; }
    /// <summary>Gazetteer place key; <see cref="NoBorder"/> clears it.</summary>
    public string? Place { get; init; }
    public string? LocationText { get; init; }
    public IncidentStatus? Status { get; init; }
    public string? Attribution { get; init; }
    /// <summary>The whole list of actors and roles (replaces the machine's).</summary>
    public IReadOnlyList<ActorRoleValue>? Actors { get; init; }
    public ExcerptSpan? Excerpt { get; init; }
    public string? Summary { get; init; }
    /// <summary>The whole casualty report (replaces the machine's); <see cref="CasualtyReport.None"/> says the text reports none.</summary>
    public CasualtyReport? Casualties { get; init; }

    /// <summary>Value of <see cref="Border"/> or <see cref="Place"/> that removes it.</summary>
    public const string NoBorder = "-";

    [JsonIgnore]
    public bool IsEmpty => this == new IncidentCorrection();

    /// <summary>This correction with <paramref name="later"/>'s fields laid over it.</summary>
    public IncidentCorrection Then(IncidentCorrection later) => new()
    {
        Type = later.Type ?? Type, Date = later.Date ?? Date, Border = later.Border ?? Border, Place = later.Place ?? Place,
        LocationText = later.LocationText ?? LocationText, Status = later.Status ?? Status,
        Attribution = later.Attribution ?? Attribution, Actors = later.Actors ?? Actors, Excerpt = later.Excerpt ?? Excerpt,
        Summary = later.Summary ?? Summary, Casualties = later.Casualties ?? Casualties,
    };

    /// <summary>The reflection-based options (the audit log's values); <see cref="ToJson"/> and <see cref="FromJson"/> use
    /// the generated <see cref="CorrectionJson"/> with the same settings.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, CorrectionJson.Default.IncidentCorrection);

    /// <summary>Reads stored corrections; unreadable JSON is reported, never guessed at.</summary>
    public static IncidentCorrection FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new IncidentCorrection();
        try { return JsonSerializer.Deserialize(json, CorrectionJson.Default.IncidentCorrection) ?? new IncidentCorrection(); }
        catch (JsonException e) { throw new InvalidDataException($"corrections: not readable ({e.Message})", e); }
    }

    // Records compare lists by reference: equality here is by value, for IsEmpty and tests.
    public bool Equals(IncidentCorrection? other) => other is not null && ToJson() == other.ToJson();
    public override int GetHashCode() => ToJson().GetHashCode(StringComparison.Ordinal);
}
