using System.Diagnostics;
using System.Globalization;
using BorderWatch.Core;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Storing;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace BorderWatch.Bench;

/// <summary>
/// <c>dotnet run -c Release -- storage-pg --server "Host=…;Port=…;Username=postgres" --data DIR [--articles N] [--bodies B] [--rounds R]</c>:
/// <see cref="StorageCpuTime"/> on PostgreSQL. A server started by <c>bench/pg/postgres-server.sh start DIR PORT</c>
/// (DIR is its folder: the postmaster's CPU, children included, is read from <c>/proc</c>); a template database is
/// migrated with the gazetteer, and each round stores the same analysed articles through <see cref="ArticleWriter"/>
/// in groups into a fresh copy of it (<c>CREATE DATABASE … TEMPLATE</c>). Prints per article the client's CPU time,
/// the server's CPU time (its backends' time, counted once they end: the round's connections are closed first) and
/// the wall time, for round 0 (warm-up) and each round after; and the medians over rounds 1..R.
/// </summary>
public static class StoragePgTime
{
    public static int Run(string[] args, TextWriter output)
    {
        int articles = 200, bodies = 6, rounds = 3;
        string server = "", data = "";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--server": server = args[i + 1]; break;
                case "--data": data = args[i + 1]; break;
                case "--articles": articles = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--bodies": bodies = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (server.Length == 0 || data.Length == 0) throw new ArgumentException("--server CONNECTION and --data DIR (the server's folder) are required");
        var postmaster = int.Parse(File.ReadLines(Path.Combine(data, "data", "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        var dir = Directory.CreateTempSubdirectory("bw-storage-pg-").FullName;
        try
        {
            Execute(server, "DROP DATABASE IF EXISTS bw_storage_template");
            Execute(server, "CREATE DATABASE bw_storage_template");
            ReferenceData reference;
            using (var db = Open(server, "bw_storage_template"))
            {
                StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
                new IngestionService(db, NullLogger<IngestionService>.Instance).SyncGazetteerAsync().GetAwaiter().GetResult();
                reference = ReferenceData.LoadAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            }
            NpgsqlConnection.ClearAllPools();
            var prepared = IngestStorageBenchmarks.Prepare(reference, Path.Combine(dir, "corpus"), articles, bodies);
            var incidents = prepared.Sum(p => p.Analysis.Incidents.Count);
            output.WriteLine($"{prepared.Count} articles, {incidents} incidents ({(double)incidents / prepared.Count:0.0} per article); pid {Environment.ProcessId}");
            var client = new List<double>();
            var serverCpu = new List<double>();
            var wall = new List<double>();
            for (var r = 0; r <= rounds; r++)   // round 0 warms up
            {
                var name = $"bw_storage_{r}";
                Execute(server, $"DROP DATABASE IF EXISTS {name}");
                Execute(server, $"CREATE DATABASE {name} TEMPLATE bw_storage_template");
                var serverBefore = ServerCpu(postmaster);
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var stored = StorageCpuTime.StoreAll(() => Open(server, name), prepared);
                NpgsqlConnection.ClearAllPools();
                var elapsed = clock.Elapsed;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
                Thread.Sleep(500);   // the backends end and are counted in the postmaster's children
                var serverUsed = ServerCpu(postmaster) - serverBefore;
                if (stored != prepared.Count) throw new InvalidOperationException($"stored {stored} of {prepared.Count}");
                output.WriteLine($"round {r}: client {cpu.TotalMilliseconds / prepared.Count:0.00} ms CPU, server {serverUsed.TotalMilliseconds / prepared.Count:0.00} ms CPU, " +
                                 $"wall {elapsed.TotalMilliseconds / prepared.Count:0.00} ms per article");
                if (r > 0)
                {
                    client.Add(cpu.TotalMilliseconds / prepared.Count);
                    serverCpu.Add(serverUsed.TotalMilliseconds / prepared.Count);
                    wall.Add(elapsed.TotalMilliseconds / prepared.Count);
                }
                Execute(server, $"DROP DATABASE {name}");
            }
            output.WriteLine($"median of {rounds}: client {Median(client):0.00} ms CPU, server {Median(serverCpu):0.00} ms CPU, wall {Median(wall):0.00} ms per article; " +
                             $"load average {File.ReadAllText("/proc/loadavg").Trim()}");
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            Execute(server, "DROP DATABASE IF EXISTS bw_storage_template");
        }
    }

    private static BorderWatchDbContext Open(string server, string database) =>
        StoreSetup.Open(new StoreOptions { Provider = "postgresql", ConnectionString = $"{server};Database={database}" });

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection($"{server};Database=postgres;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // utime + stime + cutime + cstime of the postmaster (fields 14-17 of /proc/PID/stat), in clock ticks of 10 ms.
    private static TimeSpan ServerCpu(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = Enumerable.Range(11, 4).Sum(n => long.Parse(fields[n], CultureInfo.InvariantCulture));
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
