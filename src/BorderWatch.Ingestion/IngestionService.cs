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
/// Stage 9 and the batch around it: reads each input and runs the pipeline on every core (a bounded number of files
/// in flight), while one writer stores the analysed articles in input order, each in its own transaction
/// (<see cref="ArticleWriter"/>). Results are reported in input order as each article is stored. Bad input yields a
/// Failed result naming the file and reason; the batch goes on and nothing already stored is touched.
/// </summary>
/// <param name="detector">Stage 5's detector: the registered one where DI builds the service (the web app,
/// <see cref="Incidents.TypeModel.TypeModelServices.AddIncidentDetection"/>); another one, e.g. with another type model,
/// to measure it; none: <see cref="Incidents.IncidentDetector.Default"/> (callers outside DI: the CLI, tests, benchmarks).</param>
public sealed partial class IngestionService(BorderWatchDbContext db, ILogger<IngestionService> logger, IngestLimits? limits = null,
    Incidents.IncidentDetector? detector = null)
{
    private readonly IngestLimits _limits = limits ?? IngestLimits.Default;
    private readonly Incidents.IncidentDetector? _detector = detector;

    // Stage 1 reads a page's own date with the date rules the detector dates with (its DateStage, built from the date words
    // registered in DI); without a detector, the embedded ones, which are also IncidentDetector.Default's (tidy43).
    private readonly DocumentReader _reader = detector is { } given ? new DocumentReader(given.DateStage) : DocumentReader.Default;

    /// <summary>The day the documents of this service's ingests came in (null: the day each is analysed, UTC): a dateline or
    /// weekday date without a year takes its year from it (the CLI's <c>ingest --received</c>). Reprocessing reads it too
    /// when given (the CLI's <c>reprocess --received</c>: the day is not stored with the article, mend33b), else the stored
    /// article's ingestion day.</summary>
    public DateOnly? ReceivedDay { get; init; }

    /// <summary>The detector given (null: <see cref="Incidents.IncidentDetector.Default"/> is used).</summary>
    public Incidents.IncidentDetector? Detector => _detector;

    /// <summary>Loads the gazetteer's states, organizations, persons, places and borders into the store (idempotent).</summary>
    public async Task SyncGazetteerAsync(CancellationToken ct = default)
    {
        // Two batches starting at once sync the same rows: a conflict is retried and then finds them stored.
        var counts = await StoreWrites.RetryAsync(db, logger, "gazetteer",
            t => Gazetteer.GazetteerSync.SyncAsync(db, Gazetteer.Gazetteer.Default, t), ct);
        logger.LogInformation("Gazetteer synced: {Actors} actors ({Aliases} new aliases), {Places} places, {Borders} border segments",
            counts.Actors, counts.Aliases, counts.Places, counts.Borders);
    }

    /// <summary>Gives articles stored before the near-duplicate band index existed their band rows (once; cheap when done).</summary>
    public Task<int> IndexNearDuplicatesAsync(CancellationToken ct = default) => NearDuplicateIndex.BackfillAsync(db, logger, ct);

    /// <summary>
    /// Ingests files and folders (see <see cref="FolderWalk"/>: regular files only, links inside folders not
    /// followed). A file of a folder whose type no reader handles is reported as <see cref="IngestOutcome.Skipped"/>;
    /// a file named explicitly is always tried, so an unsupported one named on its own fails.
    /// <paramref name="onResult"/> hears each result as its article is stored, in input order. An exception in one
    /// file never ends the batch: it becomes that file's Failed result.
    /// </summary>
    public async Task<IngestReport> IngestPathsAsync(IEnumerable<string> paths, CancellationToken ct = default, Action<IngestResult>? onResult = null)
    {
        var results = new List<IngestResult>();
        await RunBatchAsync(paths.SelectMany(FolderWalk.Entries).Select(entry => entry.Kind switch
        {
            FolderEntryKind.File => new BatchInput(entry.Path, t => _reader.ReadFile(entry.Path, t)),
            FolderEntryKind.Skipped => new BatchInput(entry.Path, null, Skip(entry.Path, entry.Reason!)),
            _ => new BatchInput(entry.Path, null, Failure(entry.Path, $"{entry.Path}: {entry.Reason}")),
        }), r => { results.Add(r); onResult?.Invoke(r); }, ct);
        return new IngestReport(results);
    }

    /// <summary>Ingests one uploaded or pasted document; the extension of <paramref name="sourceName"/> picks the reader.</summary>
    public Task<IngestReport> IngestContentAsync(string sourceName, byte[] content, CancellationToken ct = default) =>
        IngestContentsAsync([new NamedContent(sourceName, content)], ct);

    /// <summary>
    /// Ingests several uploaded or pasted documents as one batch (analysed in parallel, stored in order);
    /// <paramref name="onResult"/> hears each result with the index of the document it came from.
    /// </summary>
    public async Task<IngestReport> IngestContentsAsync(IReadOnlyList<NamedContent> documents, CancellationToken ct = default,
        Action<int, IngestResult>? onResult = null)
    {
        var results = new List<IngestResult>();
        await RunBatchAsync(documents.Select((d, n) => new BatchInput(d.Name, t => _reader.Read(d.Name, d.Content, t), Index: n)),
            (input, r) => { results.Add(r); onResult?.Invoke(input.Index, r); }, ct);
        return new IngestReport(results);
    }

    /// <summary>Ingests a fetched page; the final URL (after redirects) is kept as the article's source.</summary>
    public async Task<IngestReport> IngestFetchedAsync(Fetching.FetchedPage page, CancellationToken ct = default)
    {
        var results = new List<IngestResult>();
        var url = page.FinalUrl.ToString();
        await RunBatchAsync([new BatchInput(url, t => _reader.Read(page.ReaderName, page.Content, t)
            .Select(d => d with
            {
                SourceName = url + d.SourceName[page.ReaderName.Length..],
                Metadata = d.Format is SourceFormat.Html or SourceFormat.Text ? d.Metadata with { Url = url } : d.Metadata,
            }).ToList())], results.Add, ct);
        return new IngestReport(results);
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
    /// Re-runs stages 3-8 of the current pipeline over stored articles (their stored cleaned text, so excerpt
    /// offsets stay valid), each article in its own transaction. Unanchored incidents are updated, added or removed;
    /// an incident that carries analysts' work (<see cref="DecisionAnchors"/>) is never deleted: it is kept, moved
    /// onto the fresh incident covering the same sentence when its span moved, or kept as an orphan (superseded)
    /// for analysts to see (<see cref="ReextractionPlanner"/>). An article that fails is left as it was; the run goes on.
    /// </summary>
    public async Task<ReprocessReport> ReprocessAsync(int? articleId = null, CancellationToken ct = default, bool recordRun = true)
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
        if (recordRun) await RecordRunAsync(report, ct);
        return report;
    }

    /// <summary>
    /// Writes the run's audit entry when it reprocessed any article (see <see cref="ReextractionAudit.Run"/>). A caller that
    /// reprocesses article by article passes <c>recordRun: false</c> to each call and records the summed report once.
    /// </summary>
    public async Task RecordRunAsync(ReprocessReport report, CancellationToken ct = default)
    {
        if (report.Articles == 0) return;
        ReextractionAudit.Run(db, ArticleAnalysis.PipelineVersion, FormattableString.Invariant(
            $"{report.Articles} article(s) reprocessed: {report.Added} incident(s) added, {report.Updated} updated, {report.Removed} removed, {report.Reattached} re-attached, {report.Orphaned} orphaned"));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task<ReextractionPlan> ReprocessArticleAsync(int id, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var article = await db.Articles.Include(a => a.Incidents).ThenInclude(i => i.Actors)
            .Include(a => a.Incidents).ThenInclude(i => i.Excerpts)
            .AsSplitQuery().FirstAsync(a => a.Id == id, ct);
        var analysis = ArticleAnalysis.AnalyzeCleaned(article.CleanedText, article.PublishedDateSource == PublishedDateSource.Metadata ? article.Published : PartialDate.Unknown,
            received: PartialDate.From(ReceivedDay ?? DateOnly.FromDateTime(article.IngestedAt.UtcDateTime)), detector: _detector);
        var fresh = IncidentRows.WithFingerprints(article, analysis.Incidents).ToDictionary(p => p.Fingerprint, p => p.Extracted, StringComparer.Ordinal);
        var anchored = await DecisionAnchors.ForArticleAsync(db, id, ct);
        var attachments = await db.IncidentAttachments.Where(x => db.Incidents.Any(i => i.Id == x.IncidentId && i.ArticleId == id))
            .ToDictionaryAsync(x => x.IncidentId, ct);
        var plan = ReextractionPlanner.Plan(
            // An incident whose decisions an analyst carried over to another incident is settled: re-extraction leaves it alone.
            article.Incidents.Where(i => attachments.GetValueOrDefault(i.Id)?.State != DecisionAttachment.Reattached).Select(i => StoredSpanOf(i, anchored.Contains(i.Id))).ToList(),
            fresh.Select(kv => new FreshSpan(kv.Key, kv.Value.Type, kv.Value.ExcerptStart, kv.Value.ExcerptEnd)).ToList(),
            TextSegmenter.Sentences(article.CleanedText).Select(s => (s.Start, s.End)).ToList());

        var lookups = await ReferenceIds.LoadForAsync(db, analysis.Incidents, ct);
        var casualties = await db.IncidentCasualties.Where(c => db.Incidents.Any(i => i.Id == c.IncidentId && i.ArticleId == id))
            .ToDictionaryAsync(c => c.IncidentId, ct);
        var stored = article.Incidents.ToDictionary(i => i.Id);
        foreach (var step in plan.Steps)
        {
            var incident = stored[step.StoredId];
            switch (step.Action)
            {
                case ReextractionAction.Keep:
                    incident.Superseded = false;
                    // The machine's casualty figures are refreshed even here: they lie under the analyst's (in the
                    // reviews), and an incident stored before they were read gets them.
                    if (fresh.TryGetValue(incident.Fingerprint, out var same)) RefreshCasualties(incident, same, casualties);
                    if (attachments.GetValueOrDefault(incident.Id) is { } found) db.IncidentAttachments.Remove(found);   // attached again
                    break;
                case ReextractionAction.Orphan:
                    if (!incident.Superseded) ReextractionAudit.Orphaned(db, incident, ArticleAnalysis.PipelineVersion);
                    incident.Superseded = true;
                    // Stored, so the orphan stays listed after this run and the next (a dismissed one stays dismissed).
                    if (!attachments.ContainsKey(incident.Id))
                        db.IncidentAttachments.Add(new IncidentAttachment { IncidentId = incident.Id, State = DecisionAttachment.Orphaned });
                    logger.LogWarning("Orphaned decision: incident {IncidentId} of article {ArticleId} carries analysts' work but the pipeline no longer finds anything in its sentence; kept as superseded",
                        incident.Id, id);
                    break;
                case ReextractionAction.Remove: db.Incidents.Remove(incident); break;
                case ReextractionAction.Update:
                    Refresh(article, incident, fresh[step.Fresh!], lookups);
                    RefreshCasualties(incident, fresh[step.Fresh!], casualties);
                    break;
                case ReextractionAction.Reattach:
                    ReextractionAudit.Reattached(db, incident, step.Fresh!, fresh[step.Fresh!].ExcerptStart, fresh[step.Fresh!].ExcerptEnd, ArticleAnalysis.PipelineVersion);
                    Refresh(article, incident, fresh[step.Fresh!], lookups);
                    RefreshCasualties(incident, fresh[step.Fresh!], casualties);
                    incident.Fingerprint = step.Fresh!;
                    if (attachments.GetValueOrDefault(incident.Id) is { } moved) db.IncidentAttachments.Remove(moved);   // attached again
                    incident.Excerpts.Clear();
                    incident.Excerpts.Add(IncidentRows.ExcerptOf(article, fresh[step.Fresh!]));
                    // Fresh machine values go under the analyst's corrections, not over them (ADR 0011).
                    await ReviewedColumns.AfterReextractionAsync(db, incident, ct);
                    break;
            }
        }
        IncidentRows.Add(db, article, plan.Added.Select(fp => (fp, fresh[fp])), lookups, logger);
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

    /// <summary>The machine's fresh casualty figures replace its old ones (an analyst's corrected figures lie in the reviews, over them).</summary>
    private void RefreshCasualties(Incident stored, ExtractedIncident again, Dictionary<int, IncidentCasualties> old)
    {
        var fresh = IncidentCasualties.For(again.Casualties);
        if (old.GetValueOrDefault(stored.Id) is { } row)
        {
            if (fresh is null) db.IncidentCasualties.Remove(row);
            else (row.Killed, row.Wounded, row.Detained, row.Figures) = (fresh.Killed, fresh.Wounded, fresh.Detained, fresh.Figures);
        }
        else if (fresh is not null)
        {
            fresh.IncidentId = stored.Id;
            db.IncidentCasualties.Add(fresh);
        }
    }

    private void Refresh(Article article, Incident stored, ExtractedIncident again, ReferenceIds refs)
    {
        IncidentRows.CopyMachineFields(IncidentRows.ToIncident(article, again, refs), stored);
        stored.Actors.Clear();
        IncidentRows.AttachActors(stored, again, refs, article.SourceName, logger);
    }

    /// <summary>Stable across re-runs of the pipeline over the same article: content, excerpt span and type.</summary>
    public static string Fingerprint(string contentHash, string? feedItemKey, ExtractedIncident e) =>
        IncidentRows.Fingerprint(contentHash, feedItemKey, e);
}
