using System.Threading.Channels;
using BorderWatch.Core.Domain;
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
    /// The batch: up to <see cref="IngestLimits.Workers"/> documents are read or analysed at once, and this context
    /// alone writes, in input order, several articles per transaction (<see cref="ArticleWriter"/>). A feed's entries
    /// are analysed like files, on every core, and reach the writer one by one as they are ready, so its results are
    /// reported while later entries are still being analysed (a 10,000-entry feed does not hold its report, or its
    /// analysed articles in memory, until the last entry). Bounded queues of inputs and of each input's analysed
    /// documents keep memory flat however long the batch or the feed. Cancelling stops the reading, the analyses and
    /// the writer; an article is either wholly stored or not, and a result is reported only once committed.
    /// </summary>
    private async Task RunBatchAsync(IEnumerable<BatchInput> inputs, Action<BatchInput, IngestResult> add, CancellationToken ct)
    {
        // Read the store's options from the writer's context before any worker runs: a context is not thread-safe,
        // not even while it configures itself on first use.
        var readerOptions = ReaderOptions();
        await using var writer = new ArticleWriter(db, logger);
        var workers = Math.Max(1, _limits.Workers);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var work = new BatchWork(workers, readerOptions);
        var queue = Channel.CreateBounded<(BatchInput Input, ChannelReader<Task<BatchStep>> Steps)>(
            new BoundedChannelOptions(workers * 2) { SingleReader = true, SingleWriter = true });
        var feeders = new List<Task>();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    await work.Slots.WaitAsync(stop.Token);   // the input's reading takes a slot, its analyses one each
                    var steps = Channel.CreateBounded<Task<BatchStep>>(
                        new BoundedChannelOptions(workers * 2) { SingleReader = true, SingleWriter = true });
                    lock (feeders)
                    {
                        feeders.RemoveAll(f => f.IsCompleted);
                        feeders.Add(Task.Run(() => FeedAsync(input, steps.Writer, work, stop.Token)));
                    }
                    await queue.Writer.WriteAsync((input, steps.Reader), stop.Token);
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
                await foreach (var next in steps.ReadAllAsync(ct))
                {
                    var step = await next;
                    ct.ThrowIfCancellationRequested();
                    if (step.Result is { } decided) pending.Add((input, decided));
                    else if (await StageAsync(writer, step.Article!, ct) is { } failed) pending.Add((input, failed));
                    else pending.Add((input, null));
                    // Commit when the group is full or old enough, or when the next document is not analysed before the
                    // group is old enough: a batch whose analyses are slower than the writer (the usual case) then commits
                    // the articles analysed within GroupTime together instead of one by one (a commit writes every page
                    // the group dirtied: with one article per group it was 40% of the writer's statement time), and a
                    // result waits at most GroupTime longer than with a commit per article.
                    if (writer.Staged >= Math.Clamp(_limits.GroupArticles, 1, ArticleWriter.GroupArticles) || writer.GroupAge >= ArticleWriter.GroupTime ||
                        !await NextReadyWithinAsync(steps, queue.Reader, ArticleWriter.GroupTime - writer.GroupAge, ct))
                        await CommitAsync();
                }
            }
            await CommitAsync();
            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
            Task[] running;
            lock (feeders) running = [.. feeders];
            await Task.WhenAll(running);   // a feeder ends every way by completing its channel, never by throwing
            await work.DisposeAsync();   // waits for the analyses still running, then closes their read-only contexts
        }
    }

    /// <summary>Whether the writer's next document (of this input, else of the next input) is analysed already.</summary>
    private static bool NextIsReady(ChannelReader<Task<BatchStep>> steps,
        ChannelReader<(BatchInput Input, ChannelReader<Task<BatchStep>> Steps)> queue)
    {
        if (steps.TryPeek(out var next)) return next.IsCompleted;
        if (!steps.Completion.IsCompleted) return false;
        return queue.TryPeek(out var input) && input.Steps.TryPeek(out next) && next.IsCompleted;
    }

    /// <summary>
    /// Whether the writer's next document is analysed within <paramref name="wait"/> (false at once when no document
    /// is coming: the last input's channel is complete). Waits on the next analysis, or on the channel it will come from.
    /// </summary>
    private static async Task<bool> NextReadyWithinAsync(ChannelReader<Task<BatchStep>> steps,
        ChannelReader<(BatchInput Input, ChannelReader<Task<BatchStep>> Steps)> queue, TimeSpan wait, CancellationToken ct)
    {
        if (NextIsReady(steps, queue)) return true;
        if (wait <= TimeSpan.Zero) return false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(wait);
        try
        {
            while (!NextIsReady(steps, queue))
            {
                Task signal;
                if (steps.TryPeek(out var next)) signal = next;
                else if (!steps.Completion.IsCompleted) signal = steps.WaitToReadAsync(timeout.Token).AsTask();
                else if (queue.TryPeek(out var input))
                    signal = input.Steps.TryPeek(out var first) ? first
                        : input.Steps.Completion.IsCompleted ? Task.CompletedTask : input.Steps.WaitToReadAsync(timeout.Token).AsTask();
                else if (queue.Completion.IsCompleted) return false;
                else signal = queue.WaitToReadAsync(timeout.Token).AsTask();
                if (signal.IsCompleted) return NextIsReady(steps, queue);   // a next input with no document, or a failed channel: the writer sees to it
                await Task.WhenAny(signal, Task.Delay(Timeout.Infinite, timeout.Token));
                if (timeout.IsCancellationRequested) return NextIsReady(steps, queue);
            }
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested) { return NextIsReady(steps, queue); }
    }

    /// <summary>
    /// Reads one input within its budget (holding the slot taken for it), then starts the analysis of each of its
    /// documents as a slot frees up and hands them on in order. Every failure stays this input's or this document's.
    /// </summary>
    private async Task FeedAsync(BatchInput input, ChannelWriter<Task<BatchStep>> steps, BatchWork work, CancellationToken ct)
    {
        Exception? fault = null;   // cancelled (or a bug): the writer stops on it, never waits for more
        try
        {
            IReadOnlyList<SourceDocument> documents;
            try
            {
                if (input.Decided is { } decided) { await steps.WriteAsync(Task.FromResult(new BatchStep(decided, null)), ct); return; }
                try { documents = await TimeBudget.RunAsync("reading", _limits.ReadBudget, input.Read!, ct, _limits.Scheduler); }
                catch (Exception e) when (!ct.IsCancellationRequested)
                {
                    await steps.WriteAsync(Task.FromResult(new BatchStep(Failure(input.Source, FileError.Describe(input.Source, e, "reading", logger)), null)), ct);
                    return;
                }
            }
            finally { work.Slots.Release(); }
            foreach (var doc in documents)
            {
                await work.Slots.WaitAsync(ct);
                await steps.WriteAsync(Task.Run(() => AnalyseInSlotAsync(doc, work, ct), CancellationToken.None), ct);
            }
        }
        catch (Exception e) { fault = e; }
        finally { steps.TryComplete(fault); }   // every way out ends the input's documents, or the writer would wait for more
    }

    /// <summary>One document's analysis in the slot taken for it; the slot and the read-only context are given back whatever happens.</summary>
    private async Task<BatchStep> AnalyseInSlotAsync(SourceDocument doc, BatchWork work, CancellationToken ct)
    {
        BorderWatchDbContext? reader = null;
        try
        {
            reader = work.RentReader();
            return await AnalyseAsync(doc, reader, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new BatchStep(Failure(doc.SourceName, FileError.Describe(doc.SourceName, e, "analysing", logger)), null);
        }
        finally
        {
            work.ReturnReader(reader);
            work.Slots.Release();
        }
    }

    /// <summary>Writes the article into the writer's open group; a failure the writer cannot redo is its Failed result.</summary>
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

    /// <summary>Stages 2-8 on one document within its budget, unless the store already holds the same content.</summary>
    private async Task<BatchStep> AnalyseAsync(SourceDocument doc, BorderWatchDbContext? reader, CancellationToken ct)
    {
        // The writer checks again under the lock; this check only spares re-ingested files the analysis.
        if (reader is not null && await ArticleWriter.ExistingAsync(reader, doc, ct) is int same)
            return new BatchStep(ArticleWriter.Unchanged(doc, same, logger), null);
        if (doc.BodyText.Length > _limits.MaxArticleCharacters)
            return new BatchStep(Failure(doc.SourceName, $"{doc.SourceName}: article text is {doc.BodyText.Length:N0} characters, more than the " +
                                                         $"{_limits.MaxArticleCharacters:N0} analysed per article (split the document)"), null);
        var prepared = await TimeBudget.RunAsync("analysis", _limits.AnalysisBudget, t => PreparedArticle.Of(doc, ArticleAnalysis.Analyze(doc, t, PartialDate.From(ReceivedDay ?? DateOnly.FromDateTime(DateTime.UtcNow)), _detector)), ct,
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
}
