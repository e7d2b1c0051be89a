namespace BorderWatch.Ingestion.Limits;

/// <summary>A stage of one file ran past its time budget; the batch reports the file and goes on.</summary>
public sealed class TimeBudgetExceededException(string stage, TimeSpan budget)
    : Exception($"{stage} took longer than its {budget.TotalSeconds:0.###} s budget")
{
    public string Stage { get; } = stage;
}

/// <summary>
/// Runs CPU-bound work of one file off the caller's thread, with a token that fires when the budget is spent or
/// the caller gives up (a client that went away). The work sees the token between its steps; the caller stops
/// waiting at once either way, so a batch or a request never hangs on one file.
/// </summary>
public static class TimeBudget
{
    /// <param name="scheduler">Where the work runs; the thread pool when null.</param>
    public static async Task<T> RunAsync<T>(string stage, TimeSpan budget, Func<CancellationToken, T> work, CancellationToken ct,
        TaskScheduler? scheduler = null)
    {
        ct.ThrowIfCancellationRequested();
        if (budget <= TimeSpan.Zero) throw new TimeBudgetExceededException(stage, budget);
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timer.CancelAfter(budget);
        try
        {
            var token = timer.Token;
            // The work is started whatever the token says by then (it checks the token itself, so a start after the
            // budget costs one check): a task started with the token may never run at all on a busy pool, and work
            // that never ran cannot let go of what it holds.
            var running = scheduler is null
                ? Task.Run(() => work(token), CancellationToken.None)
                : Task.Factory.StartNew(() => work(token), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);
            var result = await running.WaitAsync(token);
            // The work may wake on the token and return before the wait sees it fire: a result made after the budget
            // was spent (perhaps cut short) is not taken.
            token.ThrowIfCancellationRequested();
            return result;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeBudgetExceededException(stage, budget);
        }
    }
}
