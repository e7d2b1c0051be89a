using System.Threading.Channels;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Limits;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Ingestion;

/// <summary>An uploaded or pasted document: its name (the extension picks the reader) and its bytes.</summary>
public sealed record NamedContent(string Name, byte[] Content);

/// <summary>One input of a batch: how to read its documents, or its result when already decided (a skipped file).</summary>
internal sealed record BatchInput(string Source, Func<CancellationToken, IReadOnlyList<SourceDocument>>? Read,
    IngestResult? Decided = null, int Index = 0);

/// <summary>What the analysis made of one document of an input: a final result, or an article for the writer.</summary>
internal sealed record BatchStep(IngestResult? Result, PreparedArticle? Article);

public sealed partial class IngestionService
{
    private Task RunBatchAsync(IEnumerable<BatchInput> inputs, Action<IngestResult> add, CancellationToken ct) =>
        RunBatchAsync(inputs, (_, r) => add(r), ct);

    /// <summary>
    /// The batch: up to <see cref="IngestLimits.Workers"/> inputs are read and analysed at once (a bounded queue of
    /// them waits for the writer, so memory stays flat however long the batch), and this context alone writes, in
    /// input order, several articles per transaction (<see cref="ArticleWriter"/>). Cancelling stops the reading, the
    /// analyses and the writer; an article is either wholly stored or not, and a result is reported only once committed.
    /// </summary>
    private async Task RunBatchAsync(IEnumerable<BatchInput> inputs, Action<BatchInput, IngestResult> add, CancellationToken ct)
    {
        // Read the store's options from the writer's context before any worker runs: a context is not thread-safe,
        // not even while it configures itself on first use.
        var readerOptions = ReaderOptions();
        await using var writer = new ArticleWriter(db, logger);
        var workers = Math.Max(1, _limits.Workers);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var slots = new SemaphoreSlim(workers);
        var queue = Channel.CreateBounded<(BatchInput Input, Task<IReadOnlyList<BatchStep>> Steps)>(
            new BoundedChannelOptions(workers * 2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    await slots.WaitAsync(stop.Token);
                    var steps = Task.Run(async () =>
                    {
                        try { return await AnalyseAsync(input, readerOptions, stop.Token); }
                        finally { slots.Release(); }
                    });
                    await queue.Writer.WriteAsync((input, steps), stop.Token);
                }
                queue.Writer.TryComplete();
            }
            catch (Exception e) { queue.Writer.TryComplete(e); }
        });
        // Results wait for the commit of their group, in input order (a decided result too, so the order holds).
        var pending = new List<(BatchInput Input, IngestResult? Decided)>();
        async Task CommitAsync()
        {
            var written = await writer.CommitAsync(ct);
            var k = 0;
            foreach (var (input, decided) in pending) add(input, decided ?? written[k++]);
            pending.Clear();
        }
        try
        {
            await foreach (var (input, steps) in queue.Reader.ReadAllAsync(ct))
            {
                foreach (var step in await steps)
                {
                    ct.ThrowIfCancellationRequested();
                    if (step.Result is { } decided) pending.Add((input, decided));
                    else if (await StageAsync(writer, step.Article!, ct) is { } failed) pending.Add((input, failed));
                    else pending.Add((input, null));
                }
                // Commit when the group is full or old enough, or when the next input is not analysed yet: the writer
                // would wait for it anyway, so nobody waits longer for a result than with a commit per article.
                if (writer.Staged >= ArticleWriter.GroupArticles || writer.GroupAge >= ArticleWriter.GroupTime
                    || !(queue.Reader.TryPeek(out var next) && next.Steps.IsCompleted))
                    await CommitAsync();
            }
            await CommitAsync();
            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
            stop.Dispose();
        }
    }

    /// <summary>Writes the article into the writer's open group; a failure outside its savepoint is its Failed result.</summary>
    private async Task<IngestResult?> StageAsync(ArticleWriter writer, PreparedArticle article, CancellationToken ct)
    {
        try
        {
            await writer.StageAsync(article, ct);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var source = article.Document.SourceName;
            return Failure(source, FileError.Describe(source, e, "storing", logger));
        }
    }

    /// <summary>Reads one input within its budget and analyses each of its documents; every failure stays this input's.</summary>
    private async Task<IReadOnlyList<BatchStep>> AnalyseAsync(BatchInput input, DbContextOptions<BorderWatchDbContext>? readerOptions, CancellationToken ct)
    {
        if (input.Decided is { } decided) return [new BatchStep(decided, null)];
        IReadOnlyList<SourceDocument> documents;
        try { documents = await TimeBudget.RunAsync("reading", _limits.ReadBudget, input.Read!, ct, _limits.Scheduler); }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return [new BatchStep(Failure(input.Source, FileError.Describe(input.Source, e, "reading", logger)), null)];
        }
        await using var reader = readerOptions is null ? null : OpenReader(readerOptions);
        var steps = new List<BatchStep>(documents.Count);
        foreach (var doc in documents)
        {
            try { steps.Add(await AnalyseAsync(doc, reader, ct)); }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                steps.Add(new BatchStep(Failure(doc.SourceName, FileError.Describe(doc.SourceName, e, "analysing", logger)), null));
            }
        }
        return steps;
    }

    /// <summary>Stages 2-8 on one document within its budget, unless the store already holds the same content.</summary>
    private async Task<BatchStep> AnalyseAsync(SourceDocument doc, BorderWatchDbContext? reader, CancellationToken ct)
    {
        // The writer checks again under the lock; this check only spares re-ingested files the analysis.
        if (reader is not null && await ArticleWriter.ExistingAsync(reader, doc, ct) is int same)
            return new BatchStep(ArticleWriter.Unchanged(doc, same, logger), null);
        if (doc.BodyText.Length > _limits.MaxArticleCharacters)
            return new BatchStep(Failure(doc.SourceName, $"{doc.SourceName}: article text is {doc.BodyText.Length:N0} characters, more than the " +
                                                         $"{_limits.MaxArticleCharacters:N0} analysed per article (split the document)"), null);
        var prepared = await TimeBudget.RunAsync("analysis", _limits.AnalysisBudget, t => PreparedArticle.Of(doc, ArticleAnalysis.Analyze(doc, t)), ct,
            _limits.Scheduler);
        return new BatchStep(null, prepared);
    }

    /// <summary>
    /// A read-only context of its own for an analysis worker (the writer's context is the writer's alone), on the same
    /// store; none when the writer's context was handed an open connection, which cannot be shared.
    /// </summary>
    private DbContextOptions<BorderWatchDbContext>? ReaderOptions()
    {
        var options = db.GetService<IDbContextOptions>();
        if (options is not DbContextOptions<BorderWatchDbContext> typed) return null;
        var relational = options.Extensions.OfType<Microsoft.EntityFrameworkCore.Infrastructure.RelationalOptionsExtension>().FirstOrDefault();
        return relational is null || relational.Connection is not null ? null : typed;
    }

    private static BorderWatchDbContext OpenReader(DbContextOptions<BorderWatchDbContext> options)
    {
        var reader = new BorderWatchDbContext(options);
        reader.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return reader;
    }
}
