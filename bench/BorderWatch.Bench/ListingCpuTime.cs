using System.Diagnostics;
using BorderWatch.Core;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Bench;

/// <summary>
/// <c>listing-cpu --db STORE [--ids N] [--rounds R] [--filter QUERY]</c>: the CPU time of loading list rows
/// (<see cref="IncidentListing.LoadWithReachAsync"/>) for the first N ids of a filtered list in date order (the page
/// read once, then loaded R times), and of a whole first page (<see cref="IncidentListing.PageAsync(BorderWatchDbContext, IncidentFilter, IncidentOrder, int, int, CancellationToken, int, Core.Review.ListUnit)"/>)
/// R times, in this process's CPU time (on the shared machine wall time measures the scheduler). Prints best and median
/// per call and bytes allocated per call. STORE is opened as it is (use a COPY of a generated store: the app's
/// migrations are applied to it first).
/// </summary>
public static class ListingCpuTime
{
    public static int Run(string[] args, TextWriter output)
    {
        string? store = null;
        int ids = 20, rounds = 30;
        var query = "";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--db": store = args[i + 1]; break;
                case "--ids": ids = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--filter": query = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (store is null) throw new ArgumentException("listing-cpu --db STORE [--ids N] [--rounds R] [--filter QUERY]");
        var options = new StoreOptions { ConnectionString = $"Data Source={store}" };
        using (var db = StoreSetup.Open(options)) StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
        var filter = IncidentFilterParser.Parse(query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""))).Filter;
        List<int> pageIds;
        using (var db = StoreSetup.Open(options))
            pageIds = IncidentListing.PageAsync(db, filter, IncidentOrder.Newest, 1, ids).GetAwaiter().GetResult().Items.Select(i => i.Id).ToList();
        output.WriteLine($"{store}: {pageIds.Count} ids of '{query}', {rounds} rounds after {Math.Max(3, rounds / 5)} untimed; load {Load()}");
        Time(output, $"LoadWithReachAsync({pageIds.Count} ids)", rounds, db => IncidentListing.LoadWithReachAsync(db, pageIds), options);
        Time(output, $"PageAsync(first page of {ids})", rounds, db => IncidentListing.PageAsync(db, filter, IncidentOrder.Newest, 1, ids), options);
        output.WriteLine($"load {Load()}");
        return 0;
    }

    private static void Time<T>(TextWriter output, string what, int rounds, Func<BorderWatchDbContext, Task<T>> run, StoreOptions options)
    {
        for (var i = 0; i < Math.Max(3, rounds / 5); i++)
            using (var db = StoreSetup.Open(options)) run(db).GetAwaiter().GetResult();
        var cpu = new List<double>();
        var bytes = new List<long>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            using var db = StoreSetup.Open(options);
            process.Refresh();
            var before = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            run(db).GetAwaiter().GetResult();
            bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }
        cpu.Sort();
        bytes.Sort();
        output.WriteLine($"  {what}: CPU best {cpu[0]:F1} ms, median {cpu[cpu.Count / 2]:F1} ms; allocated median {bytes[bytes.Count / 2] / 1024.0:F0} KB");
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
