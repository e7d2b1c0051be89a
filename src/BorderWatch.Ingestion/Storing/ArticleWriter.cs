using System.Diagnostics;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion.Storing;

/// <summary>A document the pipeline has analysed, ready for the writer: all the CPU work is done.</summary>
public sealed record PreparedArticle(SourceDocument Document, AnalyzedArticle Analysis, ShinglePrint Print)
{
    public static PreparedArticle Of(SourceDocument doc, AnalyzedArticle analysis) => new(doc, analysis, ShinglePrint.Of(analysis.CleanedText));
}

/// <summary>
/// Stores analysed articles, one transaction each (see <see cref="StoreWrites"/>): the content-hash check, the
/// near-duplicate lookup (by the band index) and the inserts of the article, its incidents, excerpts, actor links and
/// bands, all under the article-write lock. One writer per batch: it keeps the gazetteer's ids and the outlets it has
/// met, and clears its tracking after every article, so its cost per article does not grow with the batch.
/// </summary>
public sealed class ArticleWriter(BorderWatchDbContext db, ILogger logger)
{
    private ReferenceIds? _refs;
    private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);

    /// <summary>Writes one article, retried when the store is busy or another writer won; a refused write is a Failed result.</summary>
    public Task<IngestResult> WriteAsync(PreparedArticle article, CancellationToken ct) =>
        StoreWrites.RetryAsync(db, logger, article.Document.SourceName, t => AttemptAsync(article, t), ct);

    /// <summary>The stored article with the same content (and feed item), if any.</summary>
    public static Task<int?> ExistingAsync(BorderWatchDbContext db, SourceDocument doc, CancellationToken ct) =>
        db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == doc.ContentHash && a.FeedItemKey == doc.FeedItemKey)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);

    public static IngestResult Unchanged(SourceDocument doc, int id, ILogger logger)
    {
        logger.LogInformation("Unchanged {File}: already stored as article {ArticleId}", doc.SourceName, id);
        return new IngestResult(doc.SourceName, IngestOutcome.Unchanged, id, [], null);
    }

    private async Task<IngestResult> AttemptAsync(PreparedArticle prepared, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (doc, analysis, print) = prepared;
        _refs ??= await ReferenceIds.LoadAllAsync(db, ct);
        await using var tx = await StoreWrites.BeginArticleWriteAsync(db, ct);
        // Under the write lock: another writer may have stored it since the pipeline's first check.
        if (await ExistingAsync(db, doc, ct) is int same) return Unchanged(doc, same, logger);
        try
        {
            var duplicateOf = await NearDuplicateIndex.FindAsync(db, print, ct);
            var article = NewArticle(doc, analysis, print.SimHash, duplicateOf);
            var outletName = doc.Metadata.OutletName ?? doc.Metadata.OutletDomain;
            Outlet? newOutlet = null;
            if (!string.IsNullOrWhiteSpace(outletName))
            {
                if (await OutletIdAsync(outletName, ct) is int outletId) article.OutletId = outletId;
                else article.Outlet = newOutlet = new Outlet { Name = outletName, Domain = doc.Metadata.OutletDomain };
            }
            db.Articles.Add(article);
            var incidents = new List<Incident>();
            if (duplicateOf is null)
            {
                incidents = IncidentRows.Add(db, article, IncidentRows.WithFingerprints(article, analysis.Incidents), _refs, logger);
                NearDuplicateIndex.Add(db, article, print);
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            if (newOutlet is not null) _outlets[newOutlet.Name] = newOutlet.Id;
            db.ChangeTracker.Clear();
            var ids = incidents.Select(i => i.Id).ToList();
            logger.LogInformation(
                "Stored {File} as article {ArticleId}: {IncidentsFound} incident(s), written in {ElapsedMs} ms{Duplicate:l}",
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
            logger.LogWarning("Ingest failed for {File}: {Reason}", doc.SourceName, "the store refused it");
            return new IngestResult(doc.SourceName, IngestOutcome.Failed, null, [],
                $"{doc.SourceName}: could not be stored (the store refused it; details are in the log)");
        }
    }

    private async Task<int?> OutletIdAsync(string name, CancellationToken ct)
    {
        if (_outlets.TryGetValue(name, out var id)) return id;
        var stored = await db.Outlets.AsNoTracking().Where(o => o.Name == name).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        if (stored is int found) _outlets[name] = found;
        return stored;
    }

    private static Article NewArticle(SourceDocument doc, AnalyzedArticle analysis, long simHash, int? duplicateOf)
    {
        var meta = doc.Metadata;
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
        };
        var reference = analysis.DateContext;
        article.Published = reference.Reference;
        article.PublishedDateSource = reference.Source;
        article.PublishedDateNote = reference.Source == PublishedDateSource.Metadata ? meta.PublishedNote ?? reference.Note : reference.Note;
        return article;
    }
}
