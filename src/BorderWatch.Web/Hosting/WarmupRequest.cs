using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http.Features;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// The features of one warm-up request (<see cref="StartupWarmup"/>): an anonymous GET of a path from the loopback
/// address whose answer is counted and dropped. Its presence in a request's features marks the request as a warm-up
/// (<see cref="StartupWarmup.IsWarmup"/>).
/// </summary>
public sealed class WarmupRequest
{
    public static FeatureCollection Features(string pathAndQuery, WarmupResponse response, CancellationToken ct)
    {
        var query = pathAndQuery.IndexOf('?');
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = "http",
            Protocol = "HTTP/1.1",
            PathBase = "",
            Path = query < 0 ? pathAndQuery : pathAndQuery[..query],
            QueryString = query < 0 ? "" : pathAndQuery[query..],
            RawTarget = pathAndQuery,
            Body = Stream.Null,
        };
        request.Headers.Host = "localhost";
        request.Headers.Accept = "text/html,application/json";
        request.Headers.UserAgent = "BorderWatch start-up warm-up";
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = ct });
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = "warm-up",
            RemoteIpAddress = IPAddress.Loopback,
            LocalIpAddress = IPAddress.Loopback,
        });
        features.Set(new WarmupRequest());
        return features;
    }
}

/// <summary>
/// A warm-up request's answer: status and headers kept, body bytes counted and dropped; the OnStarting callbacks run
/// before the first byte (or at the end when there is none), the OnCompleted ones after the request, as a server runs them.
/// </summary>
public sealed class WarmupResponse : IHttpResponseFeature, IHttpResponseBodyFeature
{
    private readonly List<(Func<object, Task> Callback, object State)> starting = [];
    private readonly List<(Func<object, Task> Callback, object State)> completed = [];
    private readonly CountingSink sink;
    private PipeWriter? writer;
    private bool starts;

    public WarmupResponse() => sink = new CountingSink(this);

    public int StatusCode { get; set; } = StatusCodes.Status200OK;
    public string? ReasonPhrase { get; set; }
    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
    public bool HasStarted { get; private set; }

    /// <summary>The body's length, in bytes.</summary>
    public long BodyBytes => sink.Written;

    [Obsolete("Use IHttpResponseBodyFeature.Stream")]
    public Stream Body { get => sink; set => throw new NotSupportedException(); }

    Stream IHttpResponseBodyFeature.Stream => sink;
    PipeWriter IHttpResponseBodyFeature.Writer => writer ??= PipeWriter.Create(sink, new StreamPipeWriterOptions(leaveOpen: true));

    public void OnStarting(Func<object, Task> callback, object state) => starting.Add((callback, state));
    public void OnCompleted(Func<object, Task> callback, object state) => completed.Add((callback, state));
    public void DisableBuffering() { }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (starts) return;
        starts = true;
        // As a server does: the callbacks may still set headers, and the answer has started once they have run.
        for (var i = starting.Count - 1; i >= 0; i--) await starting[i].Callback(starting[i].State);
        HasStarted = true;
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(sink, path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        await StartAsync();
        if (writer is not null) await writer.FlushAsync();
    }

    /// <summary>After the application has run: what a server does to finish an answer, then the OnCompleted callbacks.</summary>
    public async Task FinishAsync()
    {
        await CompleteAsync();
        for (var i = completed.Count - 1; i >= 0; i--) await completed[i].Callback(completed[i].State);
    }

    private sealed class CountingSink(WarmupResponse response) : Stream
    {
        public long Written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous writes are not allowed");

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await response.StartAsync(cancellationToken);
            Written += buffer.Length;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
