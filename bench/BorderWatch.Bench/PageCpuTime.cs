using System.Data.Common;
using System.Diagnostics;
using BorderWatch.Core;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Web.Dashboard;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Primitives;

namespace BorderWatch.Bench;

/// <summary>
/// <c>page-cpu --db STORE [--rounds R] [--border CODE]</c> (store32): the CPU time and the allocations of each data load
/// of a rendered border timeline and overview (as <see cref="PageDataBenchmarks"/> runs them, after a write), one load
/// after the other on one thread (SQLite's "async" calls run synchronously), median of R rounds in this process's CPU
/// time; then every statement each load ran, replayed R times through ADO.NET alone (the same SQL and parameters, every
/// column of every row read with <c>GetValue</c>): what SQLite and the provider cost, so that the rest of a load's CPU
/// is EF's (building and translating the query, the shapers, materialising) and the code around it. STORE is opened as
/// it is (use a COPY: the app's migrations are applied to it first).
/// </summary>
public static class PageCpuTime
{
    private sealed class Recorder : DbCommandInterceptor
    {
        public List<(string Sql, (string Name, object Value)[] Parameters)>? Commands { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands?.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)).ToArray()));
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Commands?.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)).ToArray()));
            return result;
        }
    }

    public static int Run(string[] args, TextWriter output)
    {
        string? store = null;
        var rounds = 30;
        var border = "AFG-TJK";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--db": store = args[i + 1]; break;
                case "--rounds": rounds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--border": border = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (store is null) throw new ArgumentException("page-cpu --db STORE [--rounds R] [--border CODE]");
        var storeOptions = new StoreOptions { ConnectionString = $"Data Source={store}" };
        using (var db = StoreSetup.Open(storeOptions)) StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
        var recorder = new Recorder();
        var builder = new DbContextOptionsBuilder<BorderWatchDbContext>();
        builder.UseBorderWatchStore(storeOptions).AddInterceptors(new StoreReferences(), recorder);
        var options = builder.Options;
        // BW_PAGE_CPU_POOLED=1: contexts leased from EF's pool (PooledDbContextFactory), as StoreContexts can lease them;
        // BW_PAGE_CPU_OPEN=1: each load's context opens its connection once before its statements (not once per statement).
        var pool = Environment.GetEnvironmentVariable("BW_PAGE_CPU_POOLED") == "1" ? new PooledDbContextFactory<BorderWatchDbContext>(options) : null;
        var openFirst = Environment.GetEnvironmentVariable("BW_PAGE_CPU_OPEN") == "1";
        BorderWatchDbContext Open()
        {
            var db = pool?.CreateDbContext() ?? new BorderWatchDbContext(options);
            if (openFirst) db.Database.OpenConnection();
            return db;
        }

        IReadOnlyList<RepeatCount> repeats;
        IReadOnlyList<TallyCell> cells;
        TimelineData axis;
        using (var first = Open())
        {
            repeats = EventCounts.RepeatsAsync(first).GetAwaiter().GetResult();
            cells = TalliedCounts.CellsAsync(first, new IncidentFilter()).GetAwaiter().GetResult();
            axis = TimelineData.LoadAsync(first, new IncidentFilter { Border = border }, storeRepeats: repeats, undatedRows: false).GetAwaiter().GetResult();
        }
        var facets = IncidentBrowserView.ShownFacets.Where(f => f != FacetField.Border).ToList();
        var request = IncidentListRequest.Parse(new Dictionary<string, StringValues>(), "border");
        var pageIds = new List<int>();
        using (var first = Open())
        {
            var resolved = ResolvedFilter.ResolveAsync(first, new IncidentFilter { Border = border }).GetAwaiter().GetResult();
            pageIds.AddRange(IncidentListing.PageAsync(first, resolved, IncidentOrder.Newest, 1, 50).GetAwaiter().GetResult().Items.Select(i => i.Id));
        }
        var listed = pageIds.Concat(axis.UndatedIds).Distinct().ToList();
        var loads = new (string Name, Func<BorderWatchDbContext, Task> Run)[]
        {
            ("a context, no statement", db => Task.CompletedTask),
            ("store version", db => StoreVersion.ReadAsync(db)),
            ("repeats (EventCounts.RepeatsAsync)", db => EventCounts.RepeatsAsync(db)),
            ("tally cells (TalliedCounts.CellsAsync, no filter)", db => TalliedCounts.CellsAsync(db, new IncidentFilter())),
            ("border summary (BorderActivity.SummariesAsync, cards: false)", db => BorderActivity.SummariesAsync(db, border, repeats: repeats, cards: false, storeCells: cells)),
            ("time axis (TimelineData.LoadAsync, no undated rows)", db => TimelineData.LoadAsync(db, new IncidentFilter { Border = border }, storeRepeats: repeats, undatedRows: false)),
            ("list (IncidentBrowserView.LoadAsync, with the undated rows)", db => IncidentBrowserView.LoadAsync(db, request, "/borders/" + border,
                f => f with { Border = border, WithoutBorder = false }, facets, 50, storeCells: new IncidentBrowserView.StoreCellsAt("", cells),
                alsoLoad: () => Task.FromResult(axis.UndatedIds))),
            ("  of which: the filter resolved (ResolvedFilter.ResolveAsync)", db => ResolvedFilter.ResolveAsync(db, new IncidentFilter { Border = border })),
            ("  of which: the facets from the cells (IncidentFacets.CountAsync)", async db =>
            {
                var resolved = await ResolvedFilter.ResolveAsync(db, new IncidentFilter { Border = border });
                resolved.WithStoreCells(cells);
                await IncidentFacets.CountAsync(db, resolved, facets, top: int.MaxValue);
            }),
            ($"  of which: the rows ({listed.Count} ids, IncidentListing.LoadWithReachAsync)", db => IncidentListing.LoadWithReachAsync(db, listed)),
            // The timeline's loads in the contexts the page makes them in (BorderTimeline.razor: the header's, the time
            // axis's, the list's): what one rendered timeline's data costs, contexts included (the context given is unused).
            (Whole + "the timeline's three contexts (header, time axis, list)", async _ =>
            {
                using (var header = Open())
                {
                    var r = await EventCounts.RepeatsAsync(header);
                    var c = await TalliedCounts.CellsAsync(header, new IncidentFilter());
                    await BorderActivity.SummariesAsync(header, border, repeats: r, cards: false, storeCells: c);
                }
                using (var db = Open()) await TimelineData.LoadAsync(db, new IncidentFilter { Border = border }, storeRepeats: repeats, undatedRows: false);
                using (var db = Open())
                    await IncidentBrowserView.LoadAsync(db, request, "/borders/" + border, f => f with { Border = border, WithoutBorder = false }, facets, 50,
                        storeCells: new IncidentBrowserView.StoreCellsAt("", cells), alsoLoad: () => Task.FromResult(axis.UndatedIds));
            }),
            ("overview (OverviewData.LoadAsync, a fresh cache)", db => OverviewData.LoadAsync(db, new VersionedCache(), new DateOnly(2026, 12, 6))),
        };
        output.WriteLine($"{store}: {border}, {rounds} rounds after {Math.Max(3, rounds / 5)} untimed; load {Load()}");
        output.WriteLine("| load | statements | CPU median (best) | allocated median | its statements through ADO.NET alone: CPU median | allocated |");
        output.WriteLine("|---|---|---|---|---|---|");
        var only = Environment.GetEnvironmentVariable("BW_PAGE_CPU_ONLY");
        foreach (var (name, run) in loads.Where(l => only is null || l.Name.Contains(only, StringComparison.Ordinal)))
        {
            var whole = name.StartsWith(Whole, StringComparison.Ordinal);
            var (cpu, best, bytes) = Time(rounds, () =>
            {
                if (whole) { run(null!).GetAwaiter().GetResult(); return; }
                using var db = Open();
                run(db).GetAwaiter().GetResult();
            });
            recorder.Commands = [];
            using (var db = Open()) run(db).GetAwaiter().GetResult();
            var commands = recorder.Commands;
            recorder.Commands = null;
            // The app's connection (its functions registered on open), driven without EF.
            using var replay = Open();
            replay.Database.OpenConnection();
            var connection = (SqliteConnection)replay.Database.GetDbConnection();
            var (adoCpu, _, adoBytes) = Time(rounds, () => { foreach (var c in commands) Replay(connection, c.Sql, c.Parameters); });
            output.WriteLine($"| {name} | {commands.Count} | {cpu:F2} ms ({best:F2}) | {bytes / 1024.0:F0} KB | {adoCpu:F2} ms | {adoBytes / 1024.0:F0} KB |");
            if (Environment.GetEnvironmentVariable("BW_PAGE_CPU_SQL") is { } sql && name.Contains(sql, StringComparison.Ordinal))
                foreach (var c in commands) output.WriteLine($"{c.Sql}\n  -- {string.Join(", ", c.Parameters.Select(x => $"{x.Name}={x.Value}"))}\n");
            if (Environment.GetEnvironmentVariable("BW_PAGE_CPU_STATEMENTS") == "1")
            {
                foreach (var c in commands)
                {
                    var (one, _, oneBytes) = Time(rounds, () => Replay(connection, c.Sql, c.Parameters));
                    output.WriteLine($"|   `{Flat(c.Sql)}` | | | | {one:F2} ms | {oneBytes / 1024.0:F0} KB |");
                }
            }
        }
        output.WriteLine($"load {Load()}");
        return 0;
    }

    /// <summary>The name's start for an entry that opens its own contexts (the one the loop would give it is not made).</summary>
    private const string Whole = "page: ";

    private static void Replay(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (n, v) in parameters) command.Parameters.AddWithValue(n, v);
        using var reader = command.ExecuteReader();
        do
        {
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++) reader.GetValue(i);
        } while (reader.NextResult());
    }

    private static (double Median, double Best, long Bytes) Time(int rounds, Action run)
    {
        for (var i = 0; i < Math.Max(3, rounds / 5); i++) run();
        var cpu = new List<double>();
        var bytes = new List<long>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            run();
            bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }
        cpu.Sort();
        bytes.Sort();
        return (cpu[cpu.Count / 2], cpu[0], bytes[bytes.Count / 2]);
    }

    private static string Flat(string sql)
    {
        var flat = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length <= 90 ? flat : flat[..90];
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
