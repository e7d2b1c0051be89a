using BenchmarkDotNet.Attributes;
using BorderWatch.Core;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Bench;

/// <summary>
/// The dashboard's queries over generated stores of 10k, 100k and 1M incidents (SQLite). The stores are made once,
/// outside the benchmark, by the CLI's deterministic generator (see docs/benchmarks.md):
/// <c>borderwatch --db /tmp/bw-scale/bw-1m.db generate --incidents 1000000 --seed 1</c>. The folder is
/// <c>$BW_SCALE_DIR</c> (default /tmp/bw-scale). Each operation opens its own context, as a web request would.
/// </summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    /// <summary>The stores to run against: <c>$BW_SCALE_STORES</c> (comma-separated, default "10k,100k,1m").</summary>
    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "10k";

    public static IEnumerable<string> Stores() =>
        (Environment.GetEnvironmentVariable("BW_SCALE_STORES") ?? "10k,100k,1m").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private StoreOptions options = new();
    private static readonly IncidentFilter Timeline = new() { Border = "AFG-TJK" };
    private static readonly IncidentFilter Combined = Parse(new() { ["country"] = "TJK", ["org"] = "Taliban", ["from"] = "2015", ["to"] = "2020" });
    private static readonly IncidentFilter Search = new() { Text = "Khorog" };
    private static readonly IncidentFilter Export = Parse(new() { ["border"] = "AFG-TJK", ["from"] = "2024" });

    private static IncidentFilter Parse(Dictionary<string, string?> values)
    {
        var (filter, errors) = IncidentFilterParser.Parse(values);
        return errors.Count == 0 ? filter : throw new InvalidOperationException(string.Join("; ", errors));
    }

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("BW_SCALE_DIR") ?? "/tmp/bw-scale";
        var file = Path.Combine(dir, $"bw-{Store}.db");
        if (!File.Exists(file))
            throw new InvalidOperationException($"{file} is missing: make it with 'borderwatch --db {file} generate --incidents N --seed 1' (docs/benchmarks.md)");
        options = new StoreOptions { ConnectionString = $"Data Source={file}" };
        using var db = StoreSetup.Open(options);
        StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();   // a store generated before a new migration catches up
    }

    private BorderWatchDbContext Open() => StoreSetup.Open(options);

    [Benchmark(Description = "/incidents page 1, no filter")]
    public async Task<int> NewestPage()
    {
        await using var db = Open();
        return (await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Newest, 1, 50)).Items.Count;
    }

    [Benchmark(Description = "border timeline page (AFG-TJK)")]
    public async Task<int> TimelinePage()
    {
        await using var db = Open();
        return (await IncidentListing.PageAsync(db, Timeline, IncidentOrder.Newest, 1, 50)).Items.Count;
    }

    [Benchmark(Description = "country + org + date range page")]
    public async Task<int> CombinedPage()
    {
        await using var db = Open();
        return (await IncidentListing.PageAsync(db, Combined, IncidentOrder.Newest, 1, 50)).Items.Count;
    }

    [Benchmark(Description = "six facets under country + org + dates")]
    public async Task<int> Facets()
    {
        await using var db = Open();
        return (await IncidentFacets.CountAsync(db, Combined, Enum.GetValues<FacetField>())).Count;
    }

    [Benchmark(Description = "full-text search page ('Khorog')")]
    public async Task<int> SearchPage()
    {
        await using var db = Open();
        return (await IncidentListing.PageAsync(db, Search, IncidentOrder.Newest, 1, 50)).Items.Count;
    }

    [Benchmark(Description = "export: first record of a filtered view")]
    public async Task<int> ExportFirstRecord()
    {
        await using var db = Open();
        await foreach (var r in IncidentExport.StreamAsync(db, Export, IncidentOrder.Newest)) return r.Id;
        return 0;
    }

    [Benchmark(Description = "export: whole filtered view as CSV")]
    public async Task<long> ExportCsv()
    {
        await using var db = Open();
        var counter = new CountingStream();
        await IncidentExport.WriteCsvAsync(counter, IncidentExport.StreamAsync(db, Export, IncidentOrder.Newest, "https://bw.example.org/"));
        return counter.Length;
    }

    private sealed class CountingStream : Stream
    {
        private long length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
