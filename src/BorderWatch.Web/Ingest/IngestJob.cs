using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Ingest;

public enum IngestJobState { Queued, Running, Done, Failed, Cancelled }

public enum IngestJobKind { Upload, Paste, Url }

/// <summary>
/// One ingest submitted from the web (files uploaded, an article pasted, a URL), run by <see cref="IngestJobRunner"/>
/// off the request and circuit that submitted it: the page or API client only holds its id, so closing the browser
/// does not stop it. Its state is read through <see cref="Snapshot"/>; <see cref="Changed"/> fires after each step.
/// </summary>
public sealed class IngestJob
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _cancel = new();
    private IngestJobState _state = IngestJobState.Queued;
    private IngestProgress? _progress;
    private IReadOnlyList<IngestedDocument> _results = [];
    private string? _problem;
    private DateTimeOffset? _finished;

    internal IngestJob(IngestJobKind kind, string title, int documents, DateTimeOffset created,
        Func<IServiceProvider, IngestJob, CancellationToken, Task<IReadOnlyList<IngestedDocument>>> work)
    {
        Kind = kind;
        Title = title;
        Documents = documents;
        Created = created;
        Work = work;
    }

    public Guid Id { get; } = Guid.NewGuid();
    public IngestJobKind Kind { get; }
    /// <summary>What was submitted, for people: "3 files", a pasted file's name, the URL.</summary>
    public string Title { get; }
    public int Documents { get; }
    public DateTimeOffset Created { get; }
    internal Func<IServiceProvider, IngestJob, CancellationToken, Task<IReadOnlyList<IngestedDocument>>> Work { get; }
    internal CancellationToken Cancellation => _cancel.Token;

    /// <summary>Fires (on the runner's thread) after the job's state or progress changed.</summary>
    public event Action<IngestJob>? Changed;

    public IngestJobSnapshot Snapshot()
    {
        lock (_gate) return new IngestJobSnapshot(Id, Kind, Title, _state, _progress, _results, _problem, Created, _finished);
    }

    /// <summary>Asks a queued or running job to stop; what is stored stays stored, whole articles only.</summary>
    public void Cancel()
    {
        lock (_gate) if (_state is not (IngestJobState.Queued or IngestJobState.Running)) return;
        _cancel.Cancel();
    }

    internal void Report(IngestProgress progress) => Update(() => _progress = progress);

    internal void Start() => Update(() => _state = IngestJobState.Running);

    internal void Finish(IngestJobState state, IReadOnlyList<IngestedDocument> results, string? problem, DateTimeOffset at) => Update(() =>
    {
        _state = state;
        _results = results;
        _problem = problem;
        _finished = at;
    });

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
