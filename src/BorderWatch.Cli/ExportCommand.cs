using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Cli;

/// <summary><c>export</c>: incidents matching the filters as JSON, CSV or GeoJSON.</summary>
public static class ExportCommand
{
    private static readonly string[] FilterKeys = ["border", "country", "org", "person", "type", "status", "from", "to", "q"];

    public static async Task<int> RunAsync(CommandLine line, BorderWatchDbContext db, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var values = FilterKeys.Where(k => line.Option(k) is not null).ToDictionary(k => k, k => line.Option(k));
        var (filter, errors) = IncidentFilterParser.Parse(values);
        if (errors.Count > 0)
        {
            foreach (var e in errors) await stderr.WriteLineAsync($"borderwatch: --{e}");
            return CliApp.UsageError;
        }
        var records = await IncidentExport.LoadAsync(db, filter, ct);
        var format = line.Option("format")!.ToLowerInvariant();
        var outPath = line.Option("out");
        await using (Stream target = outPath is null ? new MemoryStream() : File.Create(outPath))
        {
            switch (format)
            {
                case "json": IncidentExport.WriteJson(target, records); break;
                case "csv": IncidentExport.WriteCsv(target, records); break;
                default: IncidentExport.WriteGeoJson(target, records); break;
            }
            if (target is MemoryStream ms)
            {
                await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
                await stdout.FlushAsync(ct);
            }
        }
        if (outPath is not null) await stderr.WriteLineAsync($"exported {records.Count} incidents to {outPath}");
        return CliApp.Ok;
    }
}
