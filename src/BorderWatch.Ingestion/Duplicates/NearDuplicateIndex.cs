using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion.Duplicates;

/// <summary>
/// The stored side of near-duplicate detection: the band rows of every original article (<see cref="ArticleBand"/>,
/// indexed on the value). A new article's candidates are the originals sharing a band; among them the rule is what it
/// was when every stored hash was compared: SimHash within <see cref="NearDuplicates.CandidateDistance"/>, the five
/// nearest (ties by id), the first whose shingle Jaccard reaches <see cref="NearDuplicates.SameStoryThreshold"/>.
/// </summary>
public static class NearDuplicateIndex
{
    internal const int MaxConfirmed = 5;

    /// <summary>The stored original this text is a near-copy of, or null.</summary>
    public static async Task<int?> FindAsync(BorderWatchDbContext db, ShinglePrint print, CancellationToken ct)
    {
        if (print.Bands.Count == 0) return null;
        var values = print.Bands.ToList();
        var ids = await db.ArticleBands.AsNoTracking().Where(b => values.Contains(b.Value))
            .Select(b => b.ArticleId).Distinct().ToListAsync(ct);
        if (ids.Count == 0) return null;
        var hashes = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.DuplicateOfId == null && a.SimHash != null)
            .Select(a => new { a.Id, a.SimHash }).ToListAsync(ct);
        var candidates = hashes
            .Select(h => (h.Id, Distance: NearDuplicates.Distance(h.SimHash!.Value, print.SimHash)))
            .Where(c => c.Distance <= NearDuplicates.CandidateDistance)
            .OrderBy(c => c.Distance).ThenBy(c => c.Id).Take(MaxConfirmed).Select(c => c.Id).ToList();
        foreach (var id in candidates)
        {
            var text = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.CleanedText).FirstAsync(ct);
            if (NearDuplicates.Jaccard(print.Shingles, NearDuplicates.Shingles(text)) >= NearDuplicates.SameStoryThreshold) return id;
        }
        return null;
    }

    /// <summary>Adds the band rows of a new original article (saved with it, in its transaction).</summary>
    public static void Add(BorderWatchDbContext db, Article article, ShinglePrint print)
    {
        for (var b = 0; b < print.Bands.Count; b++)
            db.ArticleBands.Add(new ArticleBand { Article = article, Band = (short)b, Value = print.Bands[b] });
    }

    /// <summary>
    /// Gives every original article stored before the band index existed (or by an older version) its band rows,
    /// a few hundred per transaction under the article-write lock. Returns how many articles got rows.
    /// </summary>
    public static async Task<int> BackfillAsync(BorderWatchDbContext db, ILogger logger, CancellationToken ct)
    {
        var done = 0;
        var after = 0;
        while (true)
        {
            var batch = await db.Articles.AsNoTracking()
                .Where(a => a.Id > after && a.DuplicateOfId == null && !db.ArticleBands.Any(b => b.ArticleId == a.Id))
                .OrderBy(a => a.Id).Select(a => new { a.Id, a.CleanedText }).Take(500).ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            var rows = batch.AsParallel().AsOrdered().WithCancellation(ct)
                .SelectMany(a => ShingleBands.Of(NearDuplicates.Shingles(a.CleanedText))
                    .Select((value, band) => new ArticleBand { ArticleId = a.Id, Band = (short)band, Value = value }))
                .ToList();
            await StoreWrites.RetryAsync(db, logger, "near-duplicate index", async t =>
            {
                await using var tx = await StoreWrites.BeginArticleWriteAsync(db, t);
                // Another writer may have filled some of them meanwhile.
                var ids = batch.Select(a => a.Id).ToList();
                var filled = (await db.ArticleBands.Where(b => ids.Contains(b.ArticleId)).Select(b => b.ArticleId).Distinct().ToListAsync(t)).ToHashSet();
                db.ArticleBands.AddRange(rows.Where(r => !filled.Contains(r.ArticleId)));
                await db.SaveChangesAsync(t);
                await tx.CommitAsync(t);
                db.ChangeTracker.Clear();
                return 0;
            }, ct);
            done += batch.Count;
        }
        if (done > 0) logger.LogInformation("Near-duplicate index: band rows added for {Articles} article(s) stored before it", done);
        return done;
    }
}
