using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Ingest;

/// <summary>Where the web's ingest jobs analyse (section <c>Ingest</c>).</summary>
public sealed class BackgroundAnalysisOptions
{
    /// <summary>Threads that read and analyse documents; by default every core but one, at least one.</summary>
    public int AnalysisThreads { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>
    /// How much those threads give way to the requests (Linux nice, 0 to 19; on Windows any value above 0 is
    /// "below normal"). 0 keeps them equal to the requests.
    /// </summary>
    public int AnalysisNice { get; set; } = 10;
}

/// <summary>
/// The threads the web's ingest jobs read and analyse documents on (<see cref="BorderWatch.Ingestion.Limits.IngestLimits.Scheduler"/>):
/// a fixed few (a core is left for the requests) at a lower scheduling priority, so a large batch takes what the
/// pages leave and never the time they need. The store writes stay on the thread pool (they are short and hold the
/// write lock: they should not wait behind the analysis).
/// </summary>
public sealed class BackgroundAnalysis : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _work = new();
    private readonly Thread[] _threads;
    private readonly int _nice;
    private readonly ILogger<BackgroundAnalysis> _logger;

    public BackgroundAnalysis(IOptions<BackgroundAnalysisOptions> options, ILogger<BackgroundAnalysis> logger)
    {
        _logger = logger;
        _nice = Math.Clamp(options.Value.AnalysisNice, 0, 19);
        _threads = Enumerable.Range(1, Math.Max(1, options.Value.AnalysisThreads))
            .Select(n => new Thread(Run) { IsBackground = true, Name = $"ingest analysis {n}" })
            .ToArray();
        foreach (var t in _threads) t.Start();
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    private void Run()
    {
        GiveWay();
        foreach (var task in _work.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    /// <summary>Lowers this thread's priority (Linux: the thread's own nice value, which needs no privilege).</summary>
    private void GiveWay()
    {
        if (_nice == 0) return;
        try
        {
            if (OperatingSystem.IsLinux())
            {
                if (Native.SetPriority(Native.PrioProcess, Native.GetThreadId(), _nice) != 0)
                    _logger.LogWarning("Could not lower the priority of the ingest analysis thread (errno {Errno})", Marshal.GetLastPInvokeError());
            }
            else Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException or PlatformNotSupportedException)
        {
            _logger.LogWarning("Could not lower the priority of the ingest analysis thread: {Reason}", e.Message);
        }
    }

    protected override void QueueTask(Task task)
    {
        try
        {
            _work.Add(task);
            return;
        }
        catch (InvalidOperationException) { }   // shutting down: the task still runs, on the thread pool
        ThreadPool.UnsafeQueueUserWorkItem(_ => TryExecuteTask(task), null);
    }

    /// <summary>Only on one of these threads: a request's thread never runs the analysis inline.</summary>
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        !taskWasPreviouslyQueued && Array.IndexOf(_threads, Thread.CurrentThread) >= 0 && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _work.ToArray();

    /// <summary>The threads end once the work queued is done (the collection itself is left to the collector: they may still read it).</summary>
    public void Dispose() => _work.CompleteAdding();

    private static class Native
    {
        public const int PrioProcess = 0;

        [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
        public static extern int SetPriority(int which, int who, int prio);

        [DllImport("libc", EntryPoint = "gettid")]
        public static extern int GetThreadId();
    }
}
