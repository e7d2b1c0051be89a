using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Fetching;
using BorderWatch.Ingestion.Incidents.TypeModel;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Cli;

/// <summary>
/// <c>ingest PATH...</c>: one line per file as it finishes (incidents found, skipped and why, or the error; control
/// characters in names escaped so a name cannot forge a line) and a summary. Exit code 1
/// when some file failed; skipped files (a folder's files of an unsupported type) are not failures.
/// </summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(CommandLine line, BorderWatchDbContext db, TextWriter stdout, TextWriter stderr,
        ILoggerFactory loggers, CancellationToken ct)
    {
        // --type-model FILE|off: the detector with another type model, or with none (to measure the model).
        // --type-margin X: the margin the model's type needs to fill a sentence (TypeModelOptions.FillMargin).
        var margin = TypeModelOptions.Default.FillMargin;
        if (line.Option("type-margin") is { } m && !float.TryParse(m, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out margin))
        {
            await stderr.WriteLineAsync($"borderwatch: --type-margin: '{m}' is not a number");
            return CliApp.UsageError;
        }
        var detector = line.Option("type-model") is { } typeModel
            ? TypeModelServices.Detector(typeModel == "off" ? TypeModelOptions.Off : TypeModelOptions.Default with { ModelPath = typeModel, FillMargin = margin })
            : line.Option("type-margin") is not null ? TypeModelServices.Detector(TypeModelOptions.Default with { FillMargin = margin }) : null;
        // --received: the day the documents came in (default today, UTC): a dateline or weekday date without a year takes its
        // year from it, so a scoring run reads the same documents the same way whatever day it runs.
        var service = new IngestionService(db, loggers.CreateLogger<IngestionService>(), detector: detector) { ReceivedDay = line.Received };
        await service.SyncGazetteerAsync(ct);
        await service.IndexNearDuplicatesAsync(ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var total = line.Arguments.Sum(p => BorderWatch.Ingestion.Reading.FolderWalk.Entries(p).Count()) + (line.Option("url") is null ? 0 : 1);
        var progress = new IngestProgress(stderr, total, IngestProgress.IsTerminal(stderr));
        // Each file's line is written as that file finishes, so an interrupted batch still leaves its report.
        void Print(IngestResult r)
        {
            var text = r.Outcome switch
            {
                IngestOutcome.Stored => $"ok        {r.Source}: {r.IncidentIds.Count} incident(s), article {r.ArticleId}",
                IngestOutcome.Unchanged => $"unchanged {r.Source}: already stored as article {r.ArticleId}",
                IngestOutcome.Duplicate => $"duplicate {r.Source}: near-copy of article {r.DuplicateOfId}, stored as article {r.ArticleId}, {r.IncidentIds.Count} incident(s) of its own, counted with the original's",
                IngestOutcome.Skipped => $"skipped   {r.Error}",
                _ => $"FAILED    {r.Error}",
            };
            var writer = r.Outcome == IngestOutcome.Failed ? stderr : stdout;
            progress.Clear();
            writer.WriteLine(ReportLine.Escape(text));
            writer.Flush();
            progress.Advance();
        }
        var report = await service.IngestPathsAsync(line.Arguments, ct, Print);
        if (line.Option("url") is { } url)
        {
            var hosts = (line.Option("allow-hosts") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var options = new FetchOptions { AllowedHosts = hosts };
            if (line.Option("timeout") is { } seconds) options = options with { Timeout = TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)) };
            using var fetcher = new PageFetcher(options);
            var fetched = await service.IngestUrlAsync(fetcher, url, loggers.CreateLogger("Fetch"), ct);
            foreach (var r in fetched.Results) Print(r);
            report = new IngestReport([.. report.Results, .. fetched.Results]);
        }
        progress.Finish();
        // The machine's proposals over what this batch stored (a failure is a logged warning, never a failed ingest).
        var written = report.Results.Where(r => r.Outcome == IngestOutcome.Stored && r.ArticleId is not null).Select(r => r.ArticleId!.Value).ToList();
        // A line when the step starts and one when it ends: after a big batch it takes a while (about 5 ms per article).
        // On stdout with the results: stderr carries only what failed.
        if (written.Count > 0) await stdout.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"events: proposing around the reports of {written.Count:N0} stored article(s)"));
        var proposing = System.Diagnostics.Stopwatch.StartNew();
        var proposals = await new EventProposals(db, loggers.CreateLogger<EventProposals>()).ProposeAfterAsync("CLI ingest", written, ct);
        if (written.Count > 0) await stdout.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"events: {proposals:N0} proposal(s) over {written.Count:N0} article(s) in {proposing.Elapsed.TotalSeconds:0.0} s ({proposing.Elapsed.TotalMilliseconds / written.Count:0.0} ms per article)"));
        if (proposals > 0) await stdout.WriteLineAsync($"events    {proposals} grouping(s) of reports across articles proposed (see /events?proposals=only)");
        var stored = report.Results.Count(r => r.Outcome == IngestOutcome.Stored);
        var unchanged = report.Results.Count(r => r.Outcome == IngestOutcome.Unchanged);
        var duplicates = report.Results.Count(r => r.Outcome == IngestOutcome.Duplicate);
        await stdout.WriteLineAsync(
            $"{report.Results.Count - report.Skipped} document(s): {stored} stored, {unchanged} unchanged, {duplicates} duplicate(s), {report.Failed} failed; " +
            $"{report.Skipped} file(s) skipped; {report.IncidentsFound} incident(s) found; " +
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{clock.Elapsed.TotalSeconds:0.0} s, {(clock.Elapsed.TotalSeconds > 0 ? report.Results.Count / clock.Elapsed.TotalSeconds : 0):0.0} documents/s"));
        return report.Failed > 0 ? CliApp.SomeFailed : CliApp.Ok;
    }
}
