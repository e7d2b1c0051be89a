using System.Globalization;
using BorderWatch.Core;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Gazetteer;

namespace BorderWatch.Cli;

/// <summary><c>generate</c> and <c>generate-corpus</c>: deterministic synthetic stores and corpora for benchmarks.</summary>
public static class GenerateCommand
{
    private static int Number(CommandLine line, string name, int fallback) =>
        line.Option(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public static async Task<int> StoreAsync(CommandLine line, BorderWatchDbContext db, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var incidents = Number(line, "incidents", 0);
        var seed = Number(line, "seed", 1);
        await GazetteerSync.SyncAsync(db, Gazetteer.Default, ct);
        var generator = new StoreGenerator(db, seed)
        {
            // Near-copy SimHashes and band rows as an ingest writes them: the web app's first start has nothing to back-fill.
            Print = BorderWatch.Ingestion.Duplicates.NearDuplicateIndex.PrintOf,
            Progress = new Progress<int>(n => stderr.WriteLine($"generate: {n:N0} of {incidents:N0} incidents written")),
        };
        GeneratedStore result;
        try { result = await generator.GenerateAsync(incidents, ct); }
        catch (InvalidOperationException e)
        {
            await stderr.WriteLineAsync($"borderwatch: {e.Message}");
            return CliApp.UsageError;
        }
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"generated {result.Incidents:N0} incidents in {result.Articles:N0} articles ({result.Duplicates:N0} syndicated copies), " +
            $"{result.Excerpts:N0} excerpts, {result.ActorLinks:N0} actor links, {result.Reviews:N0} reviews, {result.BandRows:N0} near-copy band rows, seed {seed}, in {result.Elapsed.TotalSeconds:F1} s"));
        return CliApp.Ok;
    }

    public static async Task<int> CorpusAsync(CommandLine line, TextWriter stdout, CancellationToken ct)
    {
        var articles = Number(line, "articles", 0);
        var seed = Number(line, "seed", 1);
        var dir = Path.GetFullPath(line.Option("out")!);
        // The gazetteer's names as the store holds them, from a throw-away store.
        var scratch = Path.Combine(Path.GetTempPath(), $"bw-corpus-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        try
        {
            ReferenceData reference;
            await using (var db = StoreSetup.Open(new StoreOptions { Provider = StoreSetup.Sqlite, ConnectionString = $"Data Source={scratch};Pooling=false" }))
            {
                await StoreSetup.MigrateAsync(db, ct);
                await GazetteerSync.SyncAsync(db, Gazetteer.Default, ct);
                reference = await ReferenceData.LoadAsync(db, ct);
            }
            var files = new CorpusGenerator(reference, seed).Write(dir, articles);
            await stdout.WriteLineAsync($"wrote {files.Count} articles to {dir} (seed {seed})");
            return CliApp.Ok;
        }
        finally
        {
            foreach (var f in new[] { scratch, scratch + "-wal", scratch + "-shm" }) File.Delete(f);
        }
    }
}
