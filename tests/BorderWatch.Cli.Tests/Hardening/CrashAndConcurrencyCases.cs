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

    [Fact]
    public async Task Bad_and_hostile_files_fail_alone_and_store_nothing()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "hostile")).FullName;
        const string Text = "Kyrgyz border guards detained two men near the Tajik border on Monday, officials in Batken said. ";
        string Page(string head, string body) => $"<html><head>{head}</head><body><article><p>{body}</p></article></body></html>";
        File.WriteAllText(Path.Combine(input, "good.txt"), "Guards detain two\n\n" + Text);
        File.WriteAllText(Path.Combine(input, "lone-surrogate.html"), Page("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"\ud800"}</script>""", Text + "Surrogate."));
        File.WriteAllText(Path.Combine(input, "utf7.html"), Page("""<meta charset="utf-7">""", Text + "+ADw-script+AD4-"));
        File.WriteAllText(Path.Combine(input, "nul.txt"), string.Concat(Enumerable.Repeat(Text, 120)) + "\0");
        File.WriteAllText(Path.Combine(input, "deep.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + Text + "</body></html>");
        File.WriteAllText(Path.Combine(input, "cut.html"), Page("", Text)[..^30] + "<a href=\"http://exa");
        File.WriteAllText(Path.Combine(input, "bomb.xml"), """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>""");
        File.WriteAllBytes(Path.Combine(input, "empty.txt"), []);
        var (options, store) = await target.NewStoreAsync();

        async Task<(int, string, string)> Run()
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await CliApp.RunAsync(["ingest", input, .. store, "--logs", Logs], stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }

        var (code, output, errors) = await Run();
        code.ShouldBe(CliApp.SomeFailed);
        errors.Trim().Split('\n').Select(l => l.Split(':')[0]).Order().ShouldBe(
            ["FAILED    bomb.xml", "FAILED    cut.html", "FAILED    deep.html", "FAILED    empty.txt", "FAILED    nul.txt"]);
        output.ShouldContain("8 document(s): ");
        output.ShouldContain(", 5 failed;");
        var first = await ConsistentSnapshotAsync(options);
        first.Articles.ShouldBe(3);

        var (again, rerun, _) = await Run();
        again.ShouldBe(CliApp.SomeFailed);
        rerun.ShouldContain("0 stored, 3 unchanged, 0 duplicate(s), 5 failed");
        (await ConsistentSnapshotAsync(options)).ShouldBeEquivalentTo(first);
    }
}
