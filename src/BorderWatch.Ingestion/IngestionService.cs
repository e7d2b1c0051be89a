using System.Diagnostics;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
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
/// <param name="Articles">Articles reprocessed (failed ones not counted).</param>
/// <param name="ReviewedKept">Incidents carrying analysts' work kept as they were (found again, or orphaned).</param>
/// <param name="Reattached">Incidents carrying analysts' work moved onto the fresh incident covering the same sentence.</param>
/// <param name="Orphaned">Incidents carrying analysts' work that nothing covers any more: kept as superseded, listed for analysts.</param>
/// <param name="Failures">Articles whose reprocess failed and were left as they were.</param>
public sealed record ReprocessReport(int Articles, int Added, int Updated, int Removed, int ReviewedKept,
    int Reattached = 0, int Orphaned = 0, IReadOnlyList<ReprocessFailure>? Failures = null);

/// <summary>An article whose reprocess failed (rolled back, left as it was), with one line saying why.</summary>
public sealed record ReprocessFailure(int ArticleId, string Error);

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

        var analysis = await TimeBudget.RunAsync("analysis", _limits.AnalysisBudget, t => ArticleAnalysis.Analyze(doc, t), ct);
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
    /// offsets stay valid), each article in its own transaction. Unanchored incidents are updated, added or removed;
    /// an incident that carries analysts' work (<see cref="DecisionAnchors"/>) is never deleted: it is kept, moved
    /// onto the fresh incident covering the same sentence when its span moved, or kept as an orphan (superseded)
    /// for analysts to see (<see cref="ReextractionPlanner"/>). An article that fails is left as it was; the run goes on.
    /// </summary>
    public async Task<ReprocessReport> ReprocessAsync(int? articleId = null, CancellationToken ct = default)
    {
        var ids = await db.Articles.AsNoTracking()
            .Where(a => a.DuplicateOfId == null && (articleId == null || a.Id == articleId))
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var plans = new List<ReextractionPlan>();
        var failures = new List<ReprocessFailure>();
        foreach (var id in ids)
        {
            try { plans.Add(await ReprocessArticleAsync(id, ct)); }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                failures.Add(new ReprocessFailure(id, $"article {id}: not reprocessed, left as it was ({e.GetBaseException().Message})"));
                logger.LogError("Reprocess of article {ArticleId} failed, article left as it was: {Reason}", id, e.GetBaseException().Message);
            }
        }
        int Sum(ReextractionAction a) => plans.Sum(p => p.Count(a));
        var report = new ReprocessReport(ids.Count - failures.Count, plans.Sum(p => p.Added.Count), Sum(ReextractionAction.Update),
            Sum(ReextractionAction.Remove), Sum(ReextractionAction.Keep) + Sum(ReextractionAction.Orphan),
            Sum(ReextractionAction.Reattach), Sum(ReextractionAction.Orphan), failures);
        logger.LogInformation("Reprocessed {Articles} article(s): {Added} added, {Updated} updated, {Removed} removed, {Kept} reviewed kept, {Reattached} re-attached, {Orphaned} orphaned, {Failed} failed",
            report.Articles, report.Added, report.Updated, report.Removed, report.ReviewedKept, report.Reattached, report.Orphaned, failures.Count);
        return report;
    }

    private async Task<ReextractionPlan> ReprocessArticleAsync(int id, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var article = await db.Articles.Include(a => a.Incidents).ThenInclude(i => i.Actors)
            .Include(a => a.Incidents).ThenInclude(i => i.Excerpts)
            .AsSplitQuery().FirstAsync(a => a.Id == id, ct);
        var analysis = ArticleAnalysis.AnalyzeCleaned(article.CleanedText, article.PublishedDateSource == PublishedDateSource.Metadata ? article.Published : PartialDate.Unknown);
        var fresh = WithFingerprints(article, analysis.Incidents).ToDictionary(p => p.Fingerprint, p => p.Extracted, StringComparer.Ordinal);
        var anchored = await DecisionAnchors.ForArticleAsync(db, id, ct);
        var plan = ReextractionPlanner.Plan(
            article.Incidents.Select(i => StoredSpanOf(i, anchored.Contains(i.Id))).ToList(),
            fresh.Select(kv => new FreshSpan(kv.Key, kv.Value.Type, kv.Value.ExcerptStart, kv.Value.ExcerptEnd)).ToList(),
            TextSegmenter.Sentences(article.CleanedText).Select(s => (s.Start, s.End)).ToList());

        var lookups = await LookupsForAsync(analysis.Incidents, ct);
        var stored = article.Incidents.ToDictionary(i => i.Id);
        foreach (var step in plan.Steps)
        {
            var incident = stored[step.StoredId];
            switch (step.Action)
            {
                case ReextractionAction.Keep: incident.Superseded = false; break;
                case ReextractionAction.Orphan:
                    if (!incident.Superseded) ReextractionAudit.Orphaned(db, incident, ArticleAnalysis.PipelineVersion);
                    incident.Superseded = true;
                    logger.LogWarning("Orphaned decision: incident {IncidentId} of article {ArticleId} carries analysts' work but the pipeline no longer finds anything in its sentence; kept as superseded",
                        incident.Id, id);
                    break;
                case ReextractionAction.Remove: db.Incidents.Remove(incident); break;
                case ReextractionAction.Update: Refresh(article, incident, fresh[step.Fresh!], lookups); break;
                case ReextractionAction.Reattach:
                    ReextractionAudit.Reattached(db, incident, step.Fresh!, fresh[step.Fresh!].ExcerptStart, fresh[step.Fresh!].ExcerptEnd, ArticleAnalysis.PipelineVersion);
                    Refresh(article, incident, fresh[step.Fresh!], lookups);
                    incident.Fingerprint = step.Fresh!;
                    incident.Excerpts.Clear();
                    incident.Excerpts.Add(ExcerptOf(article, fresh[step.Fresh!]));
                    break;
            }
        }
        AddIncidents(article, plan.Added.Select(fp => (fp, fresh[fp])), lookups);
        article.PipelineVersion = ArticleAnalysis.PipelineVersion;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return plan;
    }

    private static StoredSpan StoredSpanOf(Incident i, bool anchored)
    {
        var first = i.Excerpts.OrderBy(x => x.Start).FirstOrDefault();
        return new StoredSpan(i.Id, i.Fingerprint, i.Type, first?.Start ?? 0, first?.End ?? 0, anchored);
    }

    private void Refresh(Article article, Incident stored, ExtractedIncident again, Lookups lookups)
    {
        CopyMachineFields(ToIncident(article, again, lookups.Borders, lookups.Places), stored);
        stored.Actors.Clear();
        AttachActors(stored, again, lookups.Actors, article.SourceName);
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
            incident.Excerpts.Add(ExcerptOf(article, e));
            incidents.Add(incident);
        }
        db.Incidents.AddRange(incidents);
        return incidents;
    }

    private static Excerpt ExcerptOf(Article article, ExtractedIncident e) => new()
    {
        Article = article,
        Start = e.ExcerptStart,
        End = e.ExcerptEnd,
        Text = article.CleanedText[e.ExcerptStart..e.ExcerptEnd],
    };

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
