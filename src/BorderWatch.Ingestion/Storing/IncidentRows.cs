using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion.Storing;

/// <summary>The stored ids of the gazetteer entries extracted incidents refer to: actors by key, borders by code, places by key.</summary>
public sealed record ReferenceIds(
    IReadOnlyDictionary<string, int> Actors, IReadOnlyDictionary<string, int> Borders, IReadOnlyDictionary<string, int> Places)
{
    /// <summary>Every actor, border and place of the store (the gazetteer: a few thousand rows), for a whole batch.</summary>
    public static async Task<ReferenceIds> LoadAllAsync(BorderWatchDbContext db, CancellationToken ct) => new(
        await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Key, a => a.Id, StringComparer.Ordinal, ct),
        await db.BorderSegments.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Id, StringComparer.Ordinal, ct),
        await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Key, p => p.Id, StringComparer.Ordinal, ct));

    /// <summary>Only those the extracted incidents name, in three queries.</summary>
    public static async Task<ReferenceIds> LoadForAsync(BorderWatchDbContext db, IReadOnlyList<ExtractedIncident> extracted, CancellationToken ct)
    {
        var keys = extracted.SelectMany(e => e.Actors.Select(a => a.Key)).Distinct().ToList();
        var borderCodes = extracted.Select(e => e.BorderCode).OfType<string>().Distinct().ToList();
        var placeKeys = extracted.Select(e => e.PlaceKey).OfType<string>().Distinct().ToList();
        return new(
            await db.Actors.AsNoTracking().Where(a => keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, a => a.Id, StringComparer.Ordinal, ct),
            await db.BorderSegments.AsNoTracking().Where(b => borderCodes.Contains(b.Code)).ToDictionaryAsync(b => b.Code, b => b.Id, StringComparer.Ordinal, ct),
            await db.Places.AsNoTracking().Where(p => placeKeys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, p => p.Id, StringComparer.Ordinal, ct));
    }
}

/// <summary>How extracted incidents become stored rows (incident, excerpt, actor links), for first ingest and re-runs alike.</summary>
public static class IncidentRows
{
    /// <summary>New incidents of an article, each with its excerpt and actors, added to the context.</summary>
    public static List<Incident> Add(BorderWatchDbContext db, Article article,
        IEnumerable<(string Fingerprint, ExtractedIncident Extracted)> extracted, ReferenceIds refs, ILogger logger)
    {
        var incidents = new List<Incident>();
        foreach (var (fingerprint, e) in extracted)
        {
            var incident = ToIncident(article, e, refs);
            incident.Article = article;
            incident.Fingerprint = fingerprint;
            AttachActors(incident, e, refs, article.SourceName, logger);
            incident.Excerpts.Add(ExcerptOf(article, e));
            incidents.Add(incident);
            if (IncidentCasualties.For(e.Casualties) is { } casualties)
            {
                casualties.Incident = incident;
                db.IncidentCasualties.Add(casualties);
            }
        }
        db.Incidents.AddRange(incidents);
        return incidents;
    }

    public static Excerpt ExcerptOf(Article article, ExtractedIncident e) => new()
    {
        Article = article,
        Start = e.ExcerptStart,
        End = e.ExcerptEnd,
        Text = article.CleanedText[e.ExcerptStart..e.ExcerptEnd],
    };

    public static void AttachActors(Incident incident, ExtractedIncident e, ReferenceIds refs, string source, ILogger logger)
    {
        foreach (var link in Links(e, refs, source, logger)) incident.Actors.Add(link);
    }

    /// <summary>The actor links of an extracted incident (one per actor and role); actors missing from the store are logged and left out.</summary>
    public static IEnumerable<IncidentActor> Links(ExtractedIncident e, ReferenceIds refs, string source, ILogger logger)
    {
        foreach (var mention in e.Actors.DistinctBy(a => (a.Key, a.Role)))
        {
            if (refs.Actors.TryGetValue(mention.Key, out var actorId))
                yield return new IncidentActor { ActorId = actorId, Role = mention.Role };
            else
                logger.LogWarning("Actor {ActorKey} of {File} is not in the store; run the gazetteer sync", mention.Key, source);
        }
    }

    /// <summary>Overwrites the fields the machine owns on a stored incident (a re-run found it again).</summary>
    public static void CopyMachineFields(Incident from, Incident to)
    {
        to.Type = from.Type;
        to.Date = from.Date;
        to.DateInferred = from.DateInferred;
        to.DateNote = from.DateNote;
        to.BorderSegmentId = from.BorderSegmentId;
        to.PlaceId = from.PlaceId;
        to.LocationText = from.LocationText;
        to.LocationPrecision = from.LocationPrecision;
        to.Status = from.Status;
        to.Attribution = from.Attribution;
        to.Confidence = from.Confidence;
        to.Summary = from.Summary;
        to.PipelineVersion = from.PipelineVersion;
        to.ExtractedAt = from.ExtractedAt;
        to.Superseded = false;
    }

    public static List<(string Fingerprint, ExtractedIncident Extracted)> WithFingerprints(Article article, IReadOnlyList<ExtractedIncident> extracted)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return extracted.Select(e => (UniqueFingerprint(Fingerprint(article.ContentHash, article.FeedItemKey, e), used), e)).ToList();
    }

    // Two incidents of one type can share a span (e.g. "in 2015 and 2016"): number the repeats.
    private static string UniqueFingerprint(string fingerprint, HashSet<string> used)
    {
        var candidate = fingerprint;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{fingerprint}#{n}";
        return candidate;
    }

    /// <summary>Maps one extracted incident to a stored one (actors and excerpts are added by the caller).</summary>
    public static Incident ToIncident(Article article, ExtractedIncident e, ReferenceIds refs)
    {
        var incident = new Incident
        {
            Type = e.Type,
            DateInferred = e.DateInferred,
            DateNote = e.DateNote,
            BorderSegmentId = e.BorderCode is { } code && refs.Borders.TryGetValue(code, out var b) ? b : null,
            PlaceId = e.PlaceKey is { } key && refs.Places.TryGetValue(key, out var p) ? p : null,
            LocationText = e.LocationText,
            LocationPrecision = e.LocationPrecision,
            Status = e.Status,
            Attribution = e.Attribution,
            Confidence = Math.Clamp(e.Confidence, 0, 1),
            Summary = e.Summary,
            Fingerprint = Fingerprint(article.ContentHash, article.FeedItemKey, e),
            PipelineVersion = ArticleAnalysis.PipelineVersion,
            ExtractedAt = DateTimeOffset.UtcNow,
        };
        incident.Date = e.Date;
        return incident;
    }

    /// <summary>Stable across re-runs of the pipeline over the same article: content, excerpt span and type.</summary>
    public static string Fingerprint(string contentHash, string? feedItemKey, ExtractedIncident e) =>
        $"{contentHash[..Math.Min(16, contentHash.Length)]}{(feedItemKey is null ? "" : "#" + StableKey(feedItemKey))}:{e.ExcerptStart}-{e.ExcerptEnd}:{e.Type.ToCode()}";

    private static string StableKey(string s) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(s)))[..8];
}
