using System.Data.Common;
using System.Diagnostics;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// Stores analysed articles in groups: one transaction holds the article-write lock (<see cref="StoreWrites"/>) for
/// several articles; an article that fails breaks its group, which is then written again one article per transaction,
/// so the failing one fails alone and the others commit. Under the lock each article gets the content-hash check, the near-duplicate lookup (band index) and the
/// inserts of its article, incidents, excerpts, actor links and band rows, through prepared statements
/// (<see cref="ArticleStatements"/>) and without change tracking, so the cost per article does not grow with the batch.
/// Results are final only once <see cref="CommitAsync"/> returns them: until then nothing of the group is stored.
/// One writer per batch; it keeps the gazetteer's ids and the outlets it has met.
/// </summary>
public sealed partial class ArticleWriter(BorderWatchDbContext db, ILogger logger) : IAsyncDisposable
{
    /// <summary>At most this many articles per transaction.</summary>
    public const int GroupArticles = 200;

    /// <summary>A group is committed once it has held the write lock this long (other writers wait for it).</summary>
    public static readonly TimeSpan GroupTime = TimeSpan.FromMilliseconds(250);

    private ReferenceIds? _refs;
    private readonly Dictionary<string, int> _outlets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groupOutlets = new(StringComparer.Ordinal);
    private ArticleStatements? _statements;
    private WriterDurability? _durability;
    private IDbContextTransaction? _group;
    private bool _groupBroken;
    private readonly Stopwatch _groupAge = new();
    private readonly List<(PreparedArticle Article, IngestResult? Result)> _staged = [];
    // Articles of the open group whose incidents the writer still owes search rows and tallies (WriterBatch).
    private readonly List<int> _owed = [];
    // SQLite: the tallies of the incidents written in the open transaction, counted as they are written (GroupTallies).
    // PostgreSQL: null, the settle adds them set-based on the server.
    private GroupTallies? _tallies;
    // SQLite: the search rows of the incidents written, made as they are written (SearchRows). PostgreSQL: null, the settle adds them.
    private SearchRows? _search;

    /// <summary>Articles written into the open group, not committed yet.</summary>
    public int Staged => _staged.Count;

    /// <summary>How long the open group has held the write lock.</summary>
    public TimeSpan GroupAge => _groupAge.Elapsed;

    /// <summary>Writes one article and commits it at once; retried when the store is busy. Nothing else may be staged.</summary>
    public async Task<IngestResult> WriteAsync(PreparedArticle article, CancellationToken ct)
    {
        await StageAsync(article, ct);
        return (await CommitAsync(ct))[^1];
    }

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

    /// <summary>
    /// Writes the article into the open group (opening one, and taking the write lock, if none is open). A failure of
    /// this article, a busy store or a broken transaction leaves the group uncommitted: <see cref="CommitAsync"/> then
    /// writes each of its articles again on its own.
    /// </summary>
    public async Task StageAsync(PreparedArticle article, CancellationToken ct)
    {
        if (_groupBroken) { _staged.Add((article, null)); return; }
        if (_group is null)
        {
            await PrepareAsync(ct);
            try
            {
                _group = await StoreWrites.BeginArticleWriteAsync(db, ct);
                _statements!.Ids.Reset();   // a new transaction: keys are counted again under its lock
                _statements.NearCopies.Known.Begin();
                _tallies?.Clear();
                if (_search is not null) await _search.RefreshAsync(_group.GetDbTransaction(), ct);
                await WriterBatch.SetAsync(db.Database.GetDbConnection(), _group.GetDbTransaction(), ct);
                WriterConnection.SkipTriggers(db.Database.GetDbConnection(), true);
            }
            catch (Exception e) when (StoreWrites.IsTransient(e))
            {
                // Busy now: the article is written on its own, with retries, when the group is committed.
                _groupBroken = true;
                _staged.Add((article, null));
                return;
            }
            _groupAge.Restart();
        }
        var tx = _group.GetDbTransaction();
        try
        {
            var result = await InsertAsync(article, tx, ct);
            _staged.Add((article, result));
            if (Owed(result) is int id) _owed.Add(id);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // No savepoint per article (on SQLite each one copied every page it touched into a sub-journal, and each
            // statement's release walked that journal: a fifth of the writer's CPU). An article that fails instead
            // breaks the group: nothing of the group is committed, and CommitAsync writes every staged article again in
            // a transaction of its own, where this one fails alone (or succeeds, if the store was only busy).
            logger.LogWarning("Writing {File} in a group failed ({Reason}); its group is written again one article at a time",
                article.Document.SourceName, e.GetBaseException().Message);
            _groupBroken = true;
            _staged.Add((article, null));
        }
    }

    /// <summary>
    /// Commits the open group and returns the results of its articles in the order they were staged. Articles left
    /// for a second try (busy store, broken transaction, failed commit) are written now, each in a transaction of its own.
    /// </summary>
    public async Task<IReadOnlyList<IngestResult>> CommitAsync(CancellationToken ct)
    {
        var staged = _staged.ToList();
        _staged.Clear();
        var committed = false;
        if (_group is not null)
        {
            try
            {
                if (!_groupBroken)
                {
                    // The search rows and tallies of the group's articles, set-based, then the flag cleared: all in the commit.
                    WriterConnection.SkipTriggers(db.Database.GetDbConnection(), false);
                    await SettleAsync(_group.GetDbTransaction(), _owed, ct);
                    await _group.CommitAsync(ct);
                    committed = true;
                    _statements!.NearCopies.Known.Committed();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Committing {Count} article(s) failed ({Reason}); writing them one by one", staged.Count, e.GetBaseException().Message);
            }
            finally { await EndGroupAsync(); }
        }
        if (committed) foreach (var (name, id) in _groupOutlets) _outlets[name] = id;
        _groupOutlets.Clear();
        _groupBroken = false;
        var results = new List<IngestResult>(staged.Count);
        foreach (var (article, result) in staged)
        {
            if (committed && result is not null) { results.Add(result); continue; }
            var source = article.Document.SourceName;
            try { results.Add(await StoreWrites.RetryAsync(db, logger, source, t => AloneAsync(article, t), ct)); }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                var error = Limits.FileError.Describe(source, e, "storing", logger);
                logger.LogWarning("Ingest failed for {File}: {Reason}", source, error);
                results.Add(new IngestResult(source, IngestOutcome.Failed, null, [], error));
            }
        }
        return results;
    }

    /// <summary>One article in a transaction of its own (the second try).</summary>
    private async Task<IngestResult> AloneAsync(PreparedArticle article, CancellationToken ct)
    {
        await PrepareAsync(ct);
        await using var tx = await StoreWrites.BeginArticleWriteAsync(db, ct);
        _statements!.Ids.Reset();
        _statements.NearCopies.Known.Begin();
        _tallies?.Clear();
        _search?.Clear();
        if (_search is not null) await _search.RefreshAsync(tx.GetDbTransaction(), ct);
        var connection = db.Database.GetDbConnection();
        await WriterBatch.SetAsync(connection, tx.GetDbTransaction(), ct);
        IngestResult result;
        WriterConnection.SkipTriggers(connection, true);
        try { result = await InsertAsync(article, tx.GetDbTransaction(), ct); }
        catch (Exception e) when (e is not OperationCanceledException && !StoreWrites.IsTransient(e))
        {
            await tx.RollbackAsync(CancellationToken.None);
            _groupOutlets.Clear();
            _tallies?.Clear();
            _search?.Clear();
            return Refused(article.Document, e);
        }
        finally { WriterConnection.SkipTriggers(connection, false); }
        await SettleAsync(tx.GetDbTransaction(), Owed(result) is int owed ? [owed] : [], ct);
        await tx.CommitAsync(ct);
        _statements.NearCopies.Known.Committed();
        foreach (var (name, id) in _groupOutlets) _outlets[name] = id;
        _groupOutlets.Clear();
        return result;
    }

    /// <summary>The gazetteer's ids and the prepared statements, on a connection kept open for the writer's life.</summary>
    private async Task PrepareAsync(CancellationToken ct)
    {
        _refs ??= await ReferenceIds.LoadAllAsync(db, ct);
        if (_statements is not null) return;
        await db.Database.OpenConnectionAsync(ct);
        _durability = await WriterConnection.TuneAsync(db.Database.GetDbConnection(), ct);
        _statements = new ArticleStatements(db, db.Database.GetDbConnection());
        var sqlite = db.Database.GetDbConnection() as Microsoft.Data.Sqlite.SqliteConnection;
        _tallies = sqlite is not null ? new GroupTallies() : null;
        _search = sqlite is not null ? new SearchRows(sqlite) : null;
    }

    /// <summary>
    /// What the skipped triggers owe for the incidents of <paramref name="owed"/>, last before the commit: the tallies the
    /// writer counted itself (SQLite, <see cref="GroupTallies"/>) or else the settle's set-based ones, then the search rows
    /// unless the writer wrote them (SQLite, <see cref="SearchRows"/>; <see cref="WriterBatch.SettleAsync"/>).
    /// </summary>
    private async Task SettleAsync(System.Data.Common.DbTransaction tx, IReadOnlyCollection<int> owed, CancellationToken ct)
    {
        if (_tallies is not null) await _tallies.WriteAsync(_statements!, tx, ct);
        await WriterBatch.SettleAsync(db.Database.GetDbConnection(), tx, owed, ct, tallies: _tallies is null, search: _search is null);
    }

    private IngestResult Refused(SourceDocument doc, Exception e)
    {
        logger.LogError(e, "Could not store {File}", doc.SourceName);
        logger.LogWarning("Ingest failed for {File}: {Reason}", doc.SourceName, "the store refused it");
        return new IngestResult(doc.SourceName, IngestOutcome.Failed, null, [],
            $"{doc.SourceName}: could not be stored (the store refused it; details are in the log)");
    }

    /// <summary>The article whose incidents the triggers skipped (a stored original or near-copy with incidents), if any.</summary>
    private static int? Owed(IngestResult result) =>
        result.Outcome is IngestOutcome.Stored or IngestOutcome.Duplicate && result.IncidentIds.Count > 0 ? result.ArticleId : null;

    private async Task EndGroupAsync()
    {
        WriterConnection.SkipTriggers(db.Database.GetDbConnection(), false);
        if (_group is not null) await _group.DisposeAsync();
        _group = null;
        _statements?.Ids.Reset();
        _tallies?.Clear();
        _search?.Clear();
        _owed.Clear();
        _groupAge.Reset();
    }

    /// <summary>Rolls back a group that was never committed (a cancelled batch): nothing of it is stored.</summary>
    public async ValueTask DisposeAsync()
    {
        _staged.Clear();
        await EndGroupAsync();
        if (_statements is null) return;
        _statements.Dispose();
        _statements = null;
        _search?.Dispose();
        _search = null;
        await WriterConnection.RestoreAsync(db.Database.GetDbConnection(), _durability);
        await db.Database.CloseConnectionAsync();
    }
}
