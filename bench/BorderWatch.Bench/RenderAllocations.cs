using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Bench;

/// <summary>
/// <c>render-alloc --db COPY [--rounds R] [--urls "/borders/AFG-TJK /"] [--html DIR]</c> (issue 11, store42): the bytes
/// allocated and the CPU spent by one process per RENDERED page, exactly (no sampling, no counter interval): the app is
/// hosted in this process (<see cref="WebApplicationFactory{TEntryPoint}"/>, Production settings, its test server), and
/// for every round an analyst's note is written to the audit log through a connection of its own (the store version
/// moves, so the page is rendered, not answered from the output cache), then the page is requested and read to its end
/// into a reused buffer; <c>GC.GetTotalAllocatedBytes(precise: true)</c> and the process's CPU time are read just before
/// and after the request. Medians (and bests) over R rounds after R/5 (at least 3) untimed ones. The figure holds the
/// whole request (middleware, the data loads, rendering, writing the HTML, the output cache storing it) and the client's
/// read of the body through the test server (a few KB: the buffer is reused), not the note's write. COPY is opened as it
/// is and migrated by the app (use a copy). <c>--html DIR</c> keeps each URL's last HTML (for comparing two builds).
/// </summary>
public static class RenderAllocations
{
    private sealed class App(string store, string logs) : WebApplicationFactory<BorderWatch.Web.Dashboard.PrerenderHandoff>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Store:Provider", "Sqlite");
            builder.UseSetting("Store:ConnectionString", $"Data Source={store}");
            builder.UseSetting("Seeds:ImportOnFirstStart", "false");
            builder.UseSetting("Logging:Dir", logs);
        }
    }

    public static int Run(string[] args, TextWriter output)
    {
        string? store = null, html = null;
        var rounds = 30;
        var urls = "/borders/AFG-TJK /";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--db": store = args[i + 1]; break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--urls": urls = args[i + 1]; break;
                case "--html": html = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (store is null) throw new ArgumentException("render-alloc --db COPY [--rounds R] [--urls \"/a /b\"] [--html DIR]");
        using var app = new App(store, Path.Combine(Path.GetTempPath(), "bw-render-alloc-logs"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var writer = new SqliteConnection($"Data Source={store}");
        writer.Open();
        var buffer = new byte[1 << 16];
        var process = Process.GetCurrentProcess();
        output.WriteLine($"{store}: {rounds} rounds after {Math.Max(3, rounds / 5)} untimed; load {Load()}");
        output.WriteLine("| URL | HTML bytes | allocated per render median (best) | process CPU per render median (best) | gen0/1/2 collections per render |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var url in urls.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bytes = new List<long>();
            var cpu = new List<double>();
            long length = 0;
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            for (var i = -Math.Max(3, rounds / 5); i < rounds; i++)
            {
                if (i == 0)
                {
                    gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                    // A mark for a tracer attached from outside after the warm-up (dotnet-trace collect -p PID).
                    Console.Error.WriteLine($"render-alloc: timing {url} (pid {Environment.ProcessId})");
                }
                Note(writer);
                Thread.Sleep(50);
                process.Refresh();
                var before = process.TotalProcessorTime;
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                length = Request(client, url, buffer, i == rounds - 1 && html is not null ? Keep(html, url) : null);
                var took = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                process.Refresh();
                if (i < 0) continue;
                bytes.Add(took);
                cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
            }
            bytes.Sort();
            cpu.Sort();
            var n = (double)rounds;
            output.WriteLine($"| `{url}` | {length:N0} | {bytes[bytes.Count / 2] / 1024.0:N0} KB ({bytes[0] / 1024.0:N0}) | " +
                $"{cpu[cpu.Count / 2]:F1} ms ({cpu[0]:F1}) | {(GC.CollectionCount(0) - gcBefore.Item1) / n:F2} / " +
                $"{(GC.CollectionCount(1) - gcBefore.Item2) / n:F2} / {(GC.CollectionCount(2) - gcBefore.Item3) / n:F2} |");
        }
        output.WriteLine($"load {Load()}");
        return 0;
    }

    private static long Request(HttpClient client, string url, byte[] buffer, Stream? keep)
    {
        using var response = client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
        using var body = response.Content.ReadAsStream();
        long length = 0;
        for (int read; (read = body.Read(buffer, 0, buffer.Length)) > 0; length += read) keep?.Write(buffer, 0, read);
        keep?.Dispose();
        return length;
    }

    private static FileStream Keep(string dir, string url)
    {
        Directory.CreateDirectory(dir);
        var name = string.Concat(url.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')).Trim('_');
        return File.Create(Path.Combine(dir, (name.Length == 0 ? "root" : name) + ".html"));
    }

    private static void Note(SqliteConnection writer)
    {
        using var command = writer.CreateCommand();
        command.CommandText = "INSERT INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\", \"Reason\") " +
            "VALUES ('2026-12-03 23:00:00+00:00', 'render-alloc', 'Note', 'bench')";
        command.ExecuteNonQuery();
    }

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
