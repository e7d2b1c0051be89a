using System.Diagnostics;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Limits;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion;

/// <summary>What happened to one input file or feed item.</summary>
/// <param name="Source">File name or path as given.</param>
/// <param name="Outcome">Stored, Unchanged (same content already stored), Duplicate (near-copy linked), Failed, or
/// Skipped (a file in an ingested folder that no reader handles).</param>
/// <param name="ArticleId">Stored (or existing) article id, when any.</param>
/// <param name="IncidentIds">Incidents created for this article.</param>
/// <param name="Error">One line naming the file and the reason when Failed or Skipped ("notes.docx: unsupported file type '.docx'").</param>
public sealed record IngestResult(string Source, IngestOutcome Outcome, int? ArticleId, IReadOnlyList<int> IncidentIds, string? Error, int? DuplicateOfId = null);

public enum IngestOutcome { Stored, Unchanged, Duplicate, Failed, Skipped }

/// <summary>What a re-run of the pipeline over stored articles changed.</summary>
public sealed record ReprocessReport(int Articles, int Added, int Updated, int Removed, int ReviewedKept);

/// <summary>A whole batch: one result per article, failed file or skipped file.</summary>
public sealed record IngestReport(IReadOnlyList<IngestResult> Results)
{
    public int Failed => Results.Count(r => r.Outcome == IngestOutcome.Failed);
    /// <summary>Files of an ingested folder with a type no reader handles: reported, not failures.</summary>
    public int Skipped => Results.Count(r => r.Outcome == IngestOutcome.Skipped);
    public int IncidentsFound => Results.Sum(r => r.IncidentIds.Count);
}

/// <summary>
/// Stage 9 and the batch around it: reads each input, runs the pipeline and stores each article in its own
/// transaction. Bad input yields a Failed result naming the file and reason; the batch goes on and nothing
/// already stored is touched.
/// </summary>
public sealed class IngestionService(BorderWatchDbContext db, ILogger<IngestionService> logger, IngestLimits? limits = null)
{
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;

    /// <summary>Loads the gazetteer's states, organizations, persons, places and borders into the store (idempotent).</summary>
    public async Task SyncGazetteerAsync(CancellationToken ct = default)
    {
        // Two batches starting at once sync the same rows: a conflict is retried and then finds them stored.
        var counts = await StoreWrites.RetryAsync(db, logger, "gazetteer",
            t => Gazetteer.GazetteerSync.SyncAsync(db, Gazetteer.Gazetteer.Default, t), ct);
        logger.LogInformation("Gazetteer synced: {Actors} actors ({Aliases} new aliases), {Places} places, {Borders} border segments",
            counts.Actors, counts.Aliases, counts.Places, counts.Borders);
    }

    /// <summary>
    /// Ingests files and folders (see <see cref="FolderWalk"/>: regular files only, links inside folders not
    /// followed). A file of a folder whose type no reader handles is reported as <see cref="IngestOutcome.Skipped"/>;
    /// a file named explicitly is always tried, so an unsupported one named on its own fails.
    /// <paramref name="onResult"/> hears each result as its file finishes. An exception in one file never ends the
    /// batch: it becomes that file's Failed result.
    /// </summary>
    public async Task<IngestReport> IngestPathsAsync(IEnumerable<string> paths, CancellationToken ct = default, Action<IngestResult>? onResult = null)
    {
        var results = new List<IngestResult>();
        void Add(IngestResult r) { results.Add(r); onResult?.Invoke(r); }
        foreach (var path in paths)
            foreach (var entry in FolderWalk.Entries(path))
            {
                switch (entry.Kind)
                {
                    case FolderEntryKind.File: await IngestFileAsync(entry.Path, Add, ct); break;
                    case FolderEntryKind.Skipped: Add(Skip(entry.Path, entry.Reason!)); break;
                    default: Add(Failure(entry.Path, $"{entry.Path}: {entry.Reason}")); break;
                }
            }
        return new IngestReport(results);
    }

    /// <summary>Ingests one uploaded or pasted document; the extension of <paramref name="sourceName"/> picks the reader.</summary>
    public async Task<IngestReport> IngestContentAsync(string sourceName, byte[] content, CancellationToken ct = default)
    {
        var results = new List<IngestResult>();
        await IngestDocumentsAsync(sourceName, t => DocumentReader.Read(sourceName, content, t), results.Add, ct);
        return new IngestReport(results);
    }

    /// <summary>Ingests a fetched page; the final URL (after redirects) is kept as the article's source.</summary>
    public async Task<IngestReport> IngestFetchedAsync(Fetching.FetchedPage page, CancellationToken ct = default)
    {
        var results = new List<IngestResult>();
        var url = page.FinalUrl.ToString();
        await IngestDocumentsAsync(url, t => DocumentReader.Read(page.ReaderName, page.Content, t)
            .Select(d => d with
            {
                SourceName = url + d.SourceName[page.ReaderName.Length..],
                Metadata = d.Format is SourceFormat.Html or SourceFormat.Text ? d.Metadata with { Url = url } : d.Metadata,
            }).ToList(), results.Add, ct);
        return new IngestReport(results);
    }

    private Task IngestFileAsync(string path, Action<IngestResult> add, CancellationToken ct) =>
        IngestDocumentsAsync(path, t => DocumentReader.ReadFile(path, t), add, ct);

    /// <summary>Reads one file within its budget, then stores each of its documents; every failure stays this file's.</summary>
    private async Task IngestDocumentsAsync(string source, Func<CancellationToken, IReadOnlyList<SourceDocument>> read,
        Action<IngestResult> add, CancellationToken ct)
    {
        IReadOnlyList<SourceDocument> documents;
        try { documents = await TimeBudget.RunAsync("reading", _limits.ReadBudget, read, ct); }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            add(Failure(source, FileError.Describe(source, e, "reading", logger)));
            return;
        }
        foreach (var doc in documents)
        {
            IngestResult result;
            try { result = await StoreAsync(doc, ct); }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                result = Failure(doc.SourceName, FileError.Describe(doc.SourceName, e, "storing", logger));
            }
            add(result);
        }
    }

    private IngestResult Skip(string path, string reason)
    {
        logger.LogInformation("Skipped {File}: {Reason}", path, reason);
        return new IngestResult(path, IngestOutcome.Skipped, null, [], $"{Path.GetFileName(path)}: {reason}");
    }

    private IngestResult Failure(string source, string error)
    {
        logger.LogWarning("Ingest failed for {File}: {Reason}", source, error);
        return new IngestResult(source, IngestOutcome.Failed, null, [], error);
    }

    /// <summary>
    /// Runs stages 2-8 on one document within its budget, then stores the article with its incidents in one
    /// transaction (see <see cref="StoreWrites"/>), retried when another writer holds or wins the store.
    /// </summary>
    private async Task<IngestResult> StoreAsync(SourceDocument doc, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        if (await ExistingAsync(doc, ct) is int same) return Unchanged(doc, same);
        if (doc.BodyText.Length > _limits.MaxArticleCharacters)
            return Failure(doc.SourceName, $"{doc.SourceName}: article text is {doc.BodyText.Length:N0} characters, more than the " +
                                           $"{_limits.MaxArticleCharacters:N0} analysed per article (split the document)");

        var analysis = await TimeBudget.RunAsync("analysis", _limits.AnalysisBudget, _ => ArticleAnalysis.Analyze(doc), ct);
        return await StoreWrites.RetryAsync(db, logger, doc.SourceName, t => WriteAsync(doc, analysis, clock, t), ct);
    }

    private Task<int?> ExistingAsync(SourceDocument doc, CancellationToken ct) =>
        db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == doc.ContentHash && a.FeedItemKey == doc.FeedItemKey)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);

    private IngestResult Unchanged(SourceDocument doc, int id)
    {
        logger.LogInformation("Unchanged {File}: already stored as article {ArticleId}", doc.SourceName, id);
        return new IngestResult(doc.SourceName, IngestOutcome.Unchanged, id, [], null);
    }

    private async Task<IngestResult> WriteAsync(SourceDocument doc, AnalyzedArticle analysis, Stopwatch clock, CancellationToken ct)
    {
        var simHash = NearDuplicates.SimHash(analysis.CleanedText);
        var duplicateOf = await FindNearDuplicateAsync(analysis.CleanedText, simHash, ct);

        await using var tx = await StoreWrites.BeginArticleWriteAsync(db, ct);
        // Checked again under the write lock: another writer may have stored it since the first check.
        if (await ExistingAsync(doc, ct) is int same) return Unchanged(doc, same);
        try
        {
            var article = await NewArticleAsync(doc, analysis, simHash, duplicateOf, ct);
            db.Articles.Add(article);
            await db.SaveChangesAsync(ct);
            var incidents = duplicateOf is null
                ? AddIncidents(article, WithFingerprints(article, analysis.Incidents), await LookupsForAsync(analysis.Incidents, ct))
                : [];
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            var ids = incidents.Select(i => i.Id).ToList();
            logger.LogInformation(
                "Stored {File} as article {ArticleId}: {IncidentsFound} incident(s) in {ElapsedMs} ms{Duplicate:l}",
                doc.SourceName, article.Id, ids.Count, clock.ElapsedMilliseconds,
                duplicateOf is null ? "" : $" (near-copy of article {duplicateOf})");
            return duplicateOf is null
                ? new IngestResult(doc.SourceName, IngestOutcome.Stored, article.Id, ids, null)
                : new IngestResult(doc.SourceName, IngestOutcome.Duplicate, article.Id, [], null, duplicateOf);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException && !StoreWrites.IsTransient(e))
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            logger.LogError(e, "Could not store {File}", doc.SourceName);
            return Failure(doc.SourceName, $"{doc.SourceName}: could not be stored (the store refused it; details are in the log)");
        }
    }

    /// <summary>
    /// Re-runs stages 3-8 of the current pipeline over stored articles (their stored cleaned text, so excerpt
    /// offsets stay valid). Unreviewed incidents are updated, added or removed; an incident an analyst reviewed
    /// is never changed or deleted, only marked <see cref="Incident.Superseded"/> when no longer found.
    /// </summary>
    public async Task<ReprocessReport> ReprocessAsync(int? articleId = null, CancellationToken ct = default)
    {
        var ids = await db.Articles.AsNoTracking()
            .Where(a => a.DuplicateOfId == null && (articleId == null || a.Id == articleId))
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        int added = 0, updated = 0, removed = 0, kept = 0;
        foreach (var id in ids)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var article = await db.Articles.Include(a => a.Incidents).ThenInclude(i => i.Actors)
                .Include(a => a.Incidents).ThenInclude(i => i.Reviews)
                .Include(a => a.Incidents).ThenInclude(i => i.Excerpts)
                .AsSplitQuery().FirstAsync(a => a.Id == id, ct);
            var analysis = ArticleAnalysis.AnalyzeCleaned(article.CleanedText, article.PublishedDateSource == PublishedDateSource.Metadata ? article.Published : PartialDate.Unknown);
            var fresh = WithFingerprints(article, analysis.Incidents).ToDictionary(p => p.Fingerprint, p => p.Extracted, StringComparer.Ordinal);

            var lookups = await LookupsForAsync(analysis.Incidents, ct);
            foreach (var stored in article.Incidents.ToList())
            {
                if (stored.Reviews.Count > 0)
                {
                    // An analyst's incident: never edited or deleted by the pipeline.
                    stored.Superseded = !fresh.Remove(stored.Fingerprint);
                    kept++;
                }
                else if (fresh.Remove(stored.Fingerprint, out var again))
                {
                    var values = ToIncident(article, again, lookups.Borders, lookups.Places);
                    CopyMachineFields(values, stored);
                    stored.Actors.Clear();
                    AttachActors(stored, again, lookups.Actors, article.SourceName);
                    updated++;
                }
                else
                {
                    db.Incidents.Remove(stored);
                    removed++;
                }
            }
            var created = AddIncidents(article, fresh.Select(kv => (kv.Key, kv.Value)), lookups);
            added += created.Count;
            article.PipelineVersion = ArticleAnalysis.PipelineVersion;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        logger.LogInformation("Reprocessed {Articles} article(s): {Added} added, {Updated} updated, {Removed} removed, {Kept} reviewed kept",
            ids.Count, added, updated, removed, kept);
        return new ReprocessReport(ids.Count, added, updated, removed, kept);
    }

    private async Task<int?> FindNearDuplicateAsync(string cleanedText, long simHash, CancellationToken ct)
    {
        // Only the hashes are loaded; full texts only for the few close candidates.
        var hashes = await db.Articles.AsNoTracking()
            .Where(a => a.DuplicateOfId == null && a.SimHash != null)
            .Select(a => new { a.Id, a.SimHash })
            .ToListAsync(ct);
        var candidates = hashes
            .Select(h => (h.Id, Distance: NearDuplicates.Distance(h.SimHash!.Value, simHash)))
            .Where(c => c.Distance <= NearDuplicates.CandidateDistance)
            .OrderBy(c => c.Distance).Take(5).Select(c => c.Id).ToList();
        if (candidates.Count == 0) return null;
        var shingles = NearDuplicates.Shingles(cleanedText);
        foreach (var id in candidates)
        {
            var text = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.CleanedText).FirstAsync(ct);
            if (NearDuplicates.Jaccard(shingles, NearDuplicates.Shingles(text)) >= NearDuplicates.SameStoryThreshold) return id;
        }
        return null;
    }

    private async Task<Article> NewArticleAsync(SourceDocument doc, AnalyzedArticle analysis, long simHash, int? duplicateOf, CancellationToken ct)
    {
        var meta = doc.Metadata;
        Outlet? outlet = null;
        var outletName = meta.OutletName ?? meta.OutletDomain;
        if (!string.IsNullOrWhiteSpace(outletName))
        {
            outlet = await db.Outlets.FirstOrDefaultAsync(o => o.Name == outletName, ct)
                     ?? db.Outlets.Local.FirstOrDefault(o => o.Name == outletName)
                     ?? db.Outlets.Add(new Outlet { Name = outletName, Domain = meta.OutletDomain }).Entity;
        }
        var article = new Article
        {
            SourceName = doc.SourceName,
            SourceUrl = meta.Url,
            Format = doc.Format,
            FeedItemKey = doc.FeedItemKey,
            RawContent = doc.RawText,
            RawEncoding = doc.Encoding,
            CleanedText = analysis.CleanedText,
            Title = meta.Title,
            Author = meta.Author,
            Language = meta.Language,
            ContentHash = doc.ContentHash,
            SimHash = simHash,
            DuplicateOfId = duplicateOf,
            IngestedAt = DateTimeOffset.UtcNow,
            PipelineVersion = ArticleAnalysis.PipelineVersion,
            Outlet = outlet,
        };
        var reference = analysis.DateContext;
        article.Published = reference.Reference;
        article.PublishedDateSource = reference.Source;
        article.PublishedDateNote = reference.Source == PublishedDateSource.Metadata ? meta.PublishedNote ?? reference.Note : reference.Note;
        return article;
    }

    private sealed record Lookups(
        Dictionary<string, Actor> Actors, Dictionary<string, BorderSegment> Borders, Dictionary<string, Place> Places);

    /// <summary>The stored actors, borders and places the extracted incidents refer to, loaded in three queries.</summary>
    private async Task<Lookups> LookupsForAsync(IReadOnlyList<ExtractedIncident> extracted, CancellationToken ct)
    {
        var keys = extracted.SelectMany(e => e.Actors.Select(a => a.Key)).Distinct().ToList();
        var borderCodes = extracted.Select(e => e.BorderCode).OfType<string>().Distinct().ToList();
        var placeKeys = extracted.Select(e => e.PlaceKey).OfType<string>().Distinct().ToList();
        return new Lookups(
            await db.Actors.Where(a => keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, ct),
            await db.BorderSegments.Where(b => borderCodes.Contains(b.Code)).ToDictionaryAsync(b => b.Code, ct),
            await db.Places.Where(p => placeKeys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, ct));
    }

    private List<Incident> AddIncidents(Article article, IEnumerable<(string Fingerprint, ExtractedIncident Extracted)> extracted, Lookups lookups)
    {
        var incidents = new List<Incident>();
        foreach (var (fingerprint, e) in extracted)
        {
            var incident = ToIncident(article, e, lookups.Borders, lookups.Places);
            incident.Article = article;
            incident.Fingerprint = fingerprint;
            AttachActors(incident, e, lookups.Actors, article.SourceName);
            incident.Excerpts.Add(new Excerpt
            {
                Article = article,
                Start = e.ExcerptStart,
                End = e.ExcerptEnd,
                Text = article.CleanedText[e.ExcerptStart..e.ExcerptEnd],
            });
            incidents.Add(incident);
        }
        db.Incidents.AddRange(incidents);
        return incidents;
    }

    private void AttachActors(Incident incident, ExtractedIncident e, IReadOnlyDictionary<string, Actor> actors, string source)
    {
        foreach (var mention in e.Actors.DistinctBy(a => (a.Key, a.Role)))
        {
            if (actors.TryGetValue(mention.Key, out var actor))
                incident.Actors.Add(new IncidentActor { Actor = actor, Role = mention.Role });
            else
                logger.LogWarning("Actor {ActorKey} of {File} is not in the store; run the gazetteer sync", mention.Key, source);
        }
    }

    private static void CopyMachineFields(Incident from, Incident to)
    {
        to.Type = from.Type;
        to.Date = from.Date;
        to.DateInferred = from.DateInferred;
        to.DateNote = from.DateNote;
        to.BorderSegment = from.BorderSegment;
        to.BorderSegmentId = from.BorderSegment?.Id;
        to.Place = from.Place;
        to.PlaceId = from.Place?.Id;
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

    private static List<(string Fingerprint, ExtractedIncident Extracted)> WithFingerprints(Article article, IReadOnlyList<ExtractedIncident> extracted)
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
    internal static Incident ToIncident(Article article, ExtractedIncident e,
        IReadOnlyDictionary<string, BorderSegment> borders, IReadOnlyDictionary<string, Place> places)
    {
        var incident = new Incident
        {
            Type = e.Type,
            DateInferred = e.DateInferred,
            DateNote = e.DateNote,
            BorderSegment = e.BorderCode is { } code && borders.TryGetValue(code, out var b) ? b : null,
            Place = e.PlaceKey is { } key && places.TryGetValue(key, out var p) ? p : null,
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
