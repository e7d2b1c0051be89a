using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Ingest;

public enum IngestJobState { Queued, Running, Done, Failed, Cancelled }

public enum IngestJobKind { Upload, Paste, Url }

/// <summary>
/// One ingest submitted from the web (files uploaded by the page or the API, an article pasted, a URL), run by
/// <see cref="IngestJobRunner"/> off the request and circuit that submitted it: the page or API client only holds its
/// id, so closing the browser does not stop it; <see cref="Cancel"/> does. Its state is read through
/// <see cref="Snapshot"/>; <see cref="Changed"/> fires after each step. Each document's result is recorded as it
/// finishes, so a running or stopped job shows what it did so far.
/// </summary>
public sealed class IngestJob
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancel = new();
    private readonly TimeProvider _time;
    private readonly List<IngestedDocument> _results = [];
    private IDisposable? _owned;
    private IngestJobState _state = IngestJobState.Queued;
    private IngestProgress? _progress;
    private string? _problem;
    private DateTimeOffset? _finished;

    internal IngestJob(IngestJobKind kind, string title, int documents, TimeProvider time,
        Func<IServiceProvider, IngestJob, CancellationToken, Task> work, IDisposable? owned = null, string? submittedBy = null)
    {
        Kind = kind;
        Title = title;
        Documents = documents;
        _time = time;
        Created = time.GetUtcNow();
        Work = work;
        _owned = owned;
        SubmittedBy = submittedBy;
    }

    public Guid Id { get; } = Guid.NewGuid();
    public IngestJobKind Kind { get; }
    /// <summary>What was submitted, for people: "3 files", a pasted file's name, the URL.</summary>
    public string Title { get; }
    public int Documents { get; }
    public DateTimeOffset Created { get; }
    /// <summary>The signed-in user who submitted it, for the log; null when submitted in-process.</summary>
    public string? SubmittedBy { get; }
    internal Func<IServiceProvider, IngestJob, CancellationToken, Task> Work { get; }
    internal CancellationToken Cancellation => _cancel.Token;

    /// <summary>Fires (on the runner's thread) after the job's state or progress changed.</summary>
    public event Action<IngestJob>? Changed;

    public IngestJobSnapshot Snapshot()
    {
        lock (_gate) return new IngestJobSnapshot(Id, Kind, Title, _state, _progress, _results.ToArray(), _problem, Created, _finished);
    }

    /// <summary>
    /// Asks a queued or running job to stop; what is stored stays stored, whole articles only. A queued job is
    /// cancelled at once (it never starts); a running one stops between articles. False when it had already finished.
    /// </summary>
    public bool Cancel()
    {
        bool queued;
        lock (_gate)
        {
            if (_state is not (IngestJobState.Queued or IngestJobState.Running)) return false;
            queued = _state == IngestJobState.Queued;
            if (queued) FinishLocked(IngestJobState.Cancelled, "cancelled before it started");
        }
        _cancel.Cancel();
        if (queued)
        {
            Release();
            Changed?.Invoke(this);
        }
        return true;
    }

    internal void Report(IngestProgress progress) => Update(() => _progress = progress);

    internal void Add(IngestedDocument document) => Update(() => _results.Add(document));

    /// <summary>Queued to running; false when the job was cancelled while it waited.</summary>
    internal bool TryStart()
    {
        lock (_gate)
        {
            if (_state != IngestJobState.Queued) return false;
            _state = IngestJobState.Running;
        }
        Changed?.Invoke(this);
        return true;
    }

    internal void Finish(IngestJobState state, string? problem) => Update(() => FinishLocked(state, problem));

    internal IReadOnlyList<IngestedDocument> Results
    {
        get { lock (_gate) return _results.ToArray(); }
    }

    /// <summary>Frees what the job holds (an upload's spooled files) once; safe to call more than once.</summary>
    internal void Release() => Interlocked.Exchange(ref _owned, null)?.Dispose();

    private void FinishLocked(IngestJobState state, string? problem)
    {
        _state = state;
        _problem = problem;
        _finished = _time.GetUtcNow();
    }

    private void Update(Action change)
    {
        lock (_gate) change();
        Changed?.Invoke(this);
    }
}

/// <summary>A job as it stands: a consistent copy for a page render or an API answer.</summary>
public sealed record IngestJobSnapshot(Guid Id, IngestJobKind Kind, string Title, IngestJobState State, IngestProgress? Progress,
    IReadOnlyList<IngestedDocument> Results, string? Problem, DateTimeOffset Created, DateTimeOffset? Finished)
{
    public bool IsFinished => State is IngestJobState.Done or IngestJobState.Failed or IngestJobState.Cancelled;
}
