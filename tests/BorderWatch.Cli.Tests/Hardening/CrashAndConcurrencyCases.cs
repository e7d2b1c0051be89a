using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>Where a test's store lives and how the CLI is pointed at it.</summary>
public interface IStoreTarget
{
    Task<(StoreOptions Options, string[] CliArgs)> NewStoreAsync();
}

/// <summary>
/// The real CLI as child processes on a 300-article generated batch: killed with SIGKILL mid-batch then rerun, and
/// two batches at once plus an upload-like writer in this process. The store must end exactly as one clean run
/// leaves it: every article once, every incident once with its excerpt, no orphan, and no error reaching the user.
/// </summary>
public abstract class CrashAndConcurrencyCases(IStoreTarget target) : IDisposable
{
    private const int Articles = 300;
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-crash-").FullName;
    private string Batch => Path.Combine(_dir, "batch");
    private string Logs => Path.Combine(_dir, "logs");
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(8);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        (target as IDisposable)?.Dispose();
        GC.SuppressFinalize(this);
    }

    private CliProcess Ingest(string[] store) => new(["ingest", Batch, .. store, "--logs", Logs]);

    private sealed record Snapshot(int Articles, int Incidents, int Excerpts, string[] Hashes, string[] Fingerprints);

    private static async Task<Snapshot> ConsistentSnapshotAsync(StoreOptions options)
    {
        await using var db = StoreSetup.Open(options);
        // No orphan rows, no incident without its excerpt, no article stored twice.
        (await db.Excerpts.CountAsync(e => !db.Incidents.Any(i => i.Id == e.IncidentId) || !db.Articles.Any(a => a.Id == e.ArticleId))).ShouldBe(0);
        (await db.Incidents.CountAsync(i => !db.Articles.Any(a => a.Id == i.ArticleId) || !i.Excerpts.Any())).ShouldBe(0);
        var hashes = await db.Articles.Select(a => a.ContentHash).ToListAsync();
        hashes.Count.ShouldBe(hashes.Distinct().Count(), "an article is stored twice");
        var fingerprints = await db.Incidents.Select(i => i.Fingerprint).ToListAsync();
        return new Snapshot(hashes.Count, fingerprints.Count, await db.Excerpts.CountAsync(), [.. hashes.Order()], [.. fingerprints.Order()]);
    }

    private async Task<Snapshot> ReferenceAsync()
    {
        var (options, _) = await target.NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        await StoreSetup.MigrateAsync(db);
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
        await service.SyncGazetteerAsync();
        (await service.IngestPathsAsync([Batch])).Failed.ShouldBe(0);
        return await ConsistentSnapshotAsync(options);
    }

    private static void NoStoreErrorsIn(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            line.ShouldNotContain("locked", Case.Insensitive);
            line.ShouldNotContain("constraint", Case.Insensitive);
            line.ShouldNotContain("Unhandled exception");
        }
    }

    [Fact]
    public async Task Killed_mid_batch_then_rerun_leaves_the_store_as_one_clean_run()
    {
        GeneratedBatch.Write(Batch, Articles);
        var reference = await ReferenceAsync();
        reference.Articles.ShouldBe(Articles);
        reference.Incidents.ShouldBeGreaterThan(Articles);

        var (options, store) = await target.NewStoreAsync();
        using (var first = Ingest(store))
        {
            await first.WaitForLinesAsync("ok ", 60, Generous);
            first.HasExited.ShouldBeFalse("the batch ended before it could be killed");
            first.Kill();
            await first.ExitCodeAsync(Generous);
        }
        var afterKill = await ConsistentSnapshotAsync(options);
        afterKill.Articles.ShouldBeInRange(60, Articles - 1);
        // Whatever was stored before the kill is stored whole: the same incidents as a clean run gives those articles.
        reference.Fingerprints.Intersect(afterKill.Fingerprints).Count().ShouldBe(afterKill.Incidents);

        using var rerun = Ingest(store);
        (await rerun.ExitCodeAsync(Generous)).ShouldBe(0, string.Join('\n', rerun.Err));
        rerun.Out.Count(l => l.StartsWith("unchanged ", StringComparison.Ordinal)).ShouldBe(afterKill.Articles);
        rerun.Out.Count(l => l.StartsWith("ok ", StringComparison.Ordinal)).ShouldBe(Articles - afterKill.Articles);
        (await ConsistentSnapshotAsync(options)).ShouldBeEquivalentTo(reference);
    }

    [Fact]
    public async Task Two_batches_and_an_upload_at_once_store_each_article_once_without_errors()
    {
        GeneratedBatch.Write(Batch, Articles);
        var reference = await ReferenceAsync();
        var (options, store) = await target.NewStoreAsync();

        using var one = Ingest(store);
        using var two = Ingest(store);
        // An upload-like writer in this process, through the same entry point the web upload uses.
        await one.WaitForLinesAsync("ok ", 5, Generous);
        await using (var db = StoreSetup.Open(options))
        {
            var uploads = new IngestionService(db, NullLogger<IngestionService>.Instance);
            foreach (var file in Directory.EnumerateFiles(Batch).Order().Reverse().Take(40))
            {
                var report = await uploads.IngestContentAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(file));
                report.Failed.ShouldBe(0, report.Results[0].Error);
            }
        }
        (await one.ExitCodeAsync(Generous)).ShouldBe(0, string.Join('\n', one.Err));
        (await two.ExitCodeAsync(Generous)).ShouldBe(0, string.Join('\n', two.Err));
        NoStoreErrorsIn([.. one.Out, .. one.Err, .. two.Out, .. two.Err]);
        // Between them, the two batches report every file; each stored at most once by the pair.
        (one.Out.Count(l => l.StartsWith("ok ")) + two.Out.Count(l => l.StartsWith("ok "))).ShouldBeLessThanOrEqualTo(Articles);

        (await ConsistentSnapshotAsync(options)).ShouldBeEquivalentTo(reference);
    }
}
