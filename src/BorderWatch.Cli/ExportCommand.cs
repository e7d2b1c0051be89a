using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Cli;

/// <summary><c>export</c>: incidents matching the filters as JSON, CSV or GeoJSON, streamed to the file or stdout.</summary>
public static class ExportCommand
{
    private static readonly string[] FilterKeys = ["border", "country", "org", "person", "type", "status", "from", "to", "dates", "actors", "q"];

    public static async Task<int> RunAsync(CommandLine line, BorderWatchDbContext db, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var values = FilterKeys.Where(k => line.Option(k) is not null).ToDictionary(k => k, k => line.Option(k));
        var (filter, parsed) = IncidentFilterParser.Parse(values);
        var errors = parsed.ToList();
        var order = IncidentOrder.Oldest;
        if (line.Option("sort") is { } sort && !IncidentFilterParser.TryParseOrder(sort, out order))
            errors.Add($"sort: '{sort}' is not a sort order (use one of {string.Join(", ", Enum.GetValues<IncidentOrder>().Select(IncidentFilterParser.OrderCode))})");
        if (errors.Count > 0)
        {
            foreach (var e in errors) await stderr.WriteLineAsync($"borderwatch: --{e}");
            return CliApp.UsageError;
        }
        IncidentExport.TryGetWriter(line.Option("format")!, out _, out var write);
        var outPath = line.Option("out");
        var count = 0;
        async IAsyncEnumerable<IncidentRecord> Counted()
        {
            await foreach (var r in IncidentExport.StreamAsync(db, filter, order, line.Option("base-url"), ct)) { count++; yield return r; }
        }

        if (outPath is not null)
        {
            await using (var file = File.Create(outPath)) await write(file, Counted(), ct);
            await stderr.WriteLineAsync($"exported {count} incidents to {outPath}");
            return CliApp.Ok;
        }
        // stdout is a TextWriter (tests pass a StringWriter): text goes through it, without the CSV's byte-order mark.
        await using var buffer = new MemoryStream();
        await write(buffer, Counted(), ct);
        await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'));
        await stdout.FlushAsync(ct);
        return CliApp.Ok;
    }
}
