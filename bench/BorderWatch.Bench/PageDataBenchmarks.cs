using BenchmarkDotNet.Attributes;
using BorderWatch.Core;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Web.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace BorderWatch.Bench;

/// <summary>
/// The data loads of a rendered border timeline and overview (issue 11), in process, as the pages run them after a
/// write (nothing kept from an earlier store version: no list-count cache, a fresh <see cref="VersionedCache"/> for the
/// overview), on a generated store: <c>$BW_SCALE_DIR/bw-{Store}.db</c> (default /tmp/bw-scale; <c>$BW_SCALE_STORES</c>,
/// default "1m"). Point it at a COPY of a store: the setup migrates it. Each load opens its own context, as a page does,
/// with the app's kept reference rows (<see cref="StoreReferences"/>) on it. Rendering (Blazor, MudBlazor) is not in
/// these figures: bench/pg/render-times.sh measures whole pages.
/// <c>dotnet run -c Release --project bench/BorderWatch.Bench -- --filter '*PageData*'</c>
/// </summary>
[MemoryDiagnoser]
public class PageDataBenchmarks
{
    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "1m";

    public static IEnumerable<string> Stores() =>
        (Environment.GetEnvironmentVariable("BW_SCALE_STORES") ?? "1m").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private const string Border = "AFG-TJK";
    private static readonly IReadOnlyList<FacetField> BorderFacets = IncidentBrowserView.ShownFacets.Where(f => f != FacetField.Border).ToList();
    private static readonly IncidentListRequest BorderRequest = IncidentListRequest.Parse(new Dictionary<string, StringValues>(), "border");
    private DbContextOptions<BorderWatchDbContext> options = null!;
    private IReadOnlyList<RepeatCount> repeats = [];
    private IReadOnlyList<TallyCell> cells = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("BW_SCALE_DIR") ?? "/tmp/bw-scale";
        var file = Path.Combine(dir, $"bw-{Store}.db");
        if (!File.Exists(file)) throw new InvalidOperationException($"{file} is missing (docs/benchmarks.md: the CLI's generate)");
        var store = new StoreOptions { ConnectionString = $"Data Source={file}" };
        using (var db = StoreSetup.Open(store)) StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
        var builder = new DbContextOptionsBuilder<BorderWatchDbContext>();
        builder.UseBorderWatchStore(store).AddInterceptors(new StoreReferences());
        options = builder.Options;
        using var first = Open();
        repeats = EventCounts.RepeatsAsync(first).GetAwaiter().GetResult();
        cells = TalliedCounts.CellsAsync(first, new IncidentFilter()).GetAwaiter().GetResult();
    }

    private BorderWatchDbContext Open() => new(options);

    [Benchmark(Description = "timeline header: repeats, tally cells, summary")]
    public async Task<int> TimelineHeader()
    {
        await using var db = Open();
        var r = await EventCounts.RepeatsAsync(db);
        var c = await TalliedCounts.CellsAsync(db, new IncidentFilter());
        return (await BorderActivity.SummariesAsync(db, Border, repeats: r, cards: false, storeCells: c))[0].Total;
    }

    [Benchmark(Description = "timeline list: page, counts, facets (header's cells)")]
    public async Task<int> TimelineList()
    {
        await using var db = Open();
        var view = await IncidentBrowserView.LoadAsync(db, BorderRequest, "/borders/" + Border, f => f with { Border = Border, WithoutBorder = false },
            BorderFacets, 50, storeCells: new IncidentBrowserView.StoreCellsAt("", cells));
        return view.Results.Items.Count;
    }

    [Benchmark(Description = "timeline axis: months, first/last, undated")]
    public async Task<int> TimelineAxis()
    {
        await using var db = Open();
        return (await TimelineData.LoadAsync(db, new IncidentFilter { Border = Border }, storeRepeats: repeats)).Events;
    }

    /// <summary>As the page runs them (store30): the header, the axis without its undated rows, then the list, whose
    /// page load brings the undated rows too (one listing load instead of two).</summary>
    [Benchmark(Description = "timeline page: header + axis + list")]
    public async Task<int> TimelinePage()
    {
        IReadOnlyList<RepeatCount> r;
        IReadOnlyList<TallyCell> c;
        await using (var db = Open())
        {
            r = await EventCounts.RepeatsAsync(db);
            c = await TalliedCounts.CellsAsync(db, new IncidentFilter());
            await BorderActivity.SummariesAsync(db, Border, repeats: r, cards: false, storeCells: c);
        }
        TimelineData axis;
        await using (var db = Open())
            axis = await TimelineData.LoadAsync(db, new IncidentFilter { Border = Border }, storeRepeats: r, undatedRows: false);
        await using (var db = Open())
        {
            var view = await IncidentBrowserView.LoadAsync(db, BorderRequest, "/borders/" + Border, f => f with { Border = Border, WithoutBorder = false },
                BorderFacets, 50, storeCells: new IncidentBrowserView.StoreCellsAt("", c), alsoLoad: () => Task.FromResult(axis.UndatedIds));
            return axis.Events + view.Results.Items.Count + view.Results.AlsoLoaded.Count;
        }
    }

    [Benchmark(Description = "overview: cards, latest, map clusters, totals")]
    public async Task<int> Overview()
    {
        await using var db = Open();
        return (await OverviewData.LoadAsync(db, new VersionedCache(), new DateOnly(2026, 12, 6))).TotalEvents;
    }
}
