using System.Text;
using BorderWatch.Ingestion.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>Analysis on several workers, one writer: same results, in input order, as one worker; cancelling leaves whole articles.</summary>
public sealed class ParallelBatchTests
{
    /// <summary>The seeds, a syndicated copy of one, a bad file and a repeat of a seed, in a folder whose order is known.</summary>
    private static string Batch(TempStore store)
    {
        var dir = Path.Combine(store.Folder, "batch");
        Directory.CreateDirectory(dir);
        var seeds = Directory.GetFiles(TempStore.SeedsFolder, "*.txt").Order().ToList();
        for (var n = 0; n < seeds.Count; n++) File.Copy(seeds[n], Path.Combine(dir, $"{n:00}-{Path.GetFileName(seeds[n])}"));
        var paragraphs = File.ReadAllText(seeds[0]).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>");
        File.WriteAllText(Path.Combine(dir, "10-copy.html"), $"<html><body><nav>Home</nav><article>{string.Join("\n", paragraphs)}</article></body></html>");
        File.WriteAllText(Path.Combine(dir, "11-empty.txt"), "");
        File.Copy(seeds[1], Path.Combine(dir, "12-again.txt"));
        return dir;
    }

    private static async Task<(IngestReport Report, List<IngestResult> Heard, int Incidents)> IngestAsync(int workers)
    {
        await using var store = await TempStore.CreateAsync();
        var dir = Batch(store);
        await using var db = store.Open();
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance, new IngestLimits { Workers = workers });
        var heard = new List<IngestResult>();
        var report = await service.IngestPathsAsync([dir], CancellationToken.None, heard.Add);
        return (report, heard, await db.Incidents.CountAsync());
    }

    [Fact]
    public async Task Four_workers_decide_as_one_does_and_report_in_input_order()
    {
        var one = await IngestAsync(1);
        var four = await IngestAsync(4);

        var names = four.Report.Results.Select(r => Path.GetFileName(r.Source)).ToList();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList(), "results in input order");
        four.Heard.ShouldBe(four.Report.Results, "each result heard as it is stored, in the same order");
        four.Report.Results.Select(r => (Path.GetFileName(r.Source), r.Outcome, r.ArticleId, r.DuplicateOfId, r.IncidentIds.Count))
            .ShouldBe(one.Report.Results.Select(r => (Path.GetFileName(r.Source), r.Outcome, r.ArticleId, r.DuplicateOfId, r.IncidentIds.Count)));
        four.Incidents.ShouldBe(one.Incidents);
        four.Report.Results.Select(r => r.Outcome).ShouldBe(
        [
            IngestOutcome.Stored, IngestOutcome.Stored, IngestOutcome.Stored, IngestOutcome.Stored, IngestOutcome.Stored,
            IngestOutcome.Duplicate, IngestOutcome.Failed, IngestOutcome.Unchanged,
        ]);
    }

    [Fact]
    public async Task Cancelling_stops_the_batch_leaving_whole_articles_and_a_rerun_completes_it()
    {
        await using var store = await TempStore.CreateAsync();
        var dir = Batch(store);
        await using var db = store.Open();
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance, new IngestLimits { Workers = 2 });
        using var cancel = new CancellationTokenSource();
        var heard = new List<IngestResult>();

        await Should.ThrowAsync<OperationCanceledException>(() => service.IngestPathsAsync([dir], cancel.Token, r =>
        {
            heard.Add(r);
            if (heard.Count == 2) cancel.Cancel();
        }));

        // Articles are committed in groups (ADR 0007) and reported once their group commits: the cancel stops the batch
        // at the next group boundary, so the two heard before it and the rest of their group may be reported.
        heard.Count.ShouldBeGreaterThanOrEqualTo(2);
        // A stored article and a near copy each leave an article row.
        var stored = heard.Where(r => r.Outcome is IngestOutcome.Stored or IngestOutcome.Duplicate).ToList();
        (await db.Articles.CountAsync()).ShouldBe(stored.Count, "every stored article was reported, nothing stored after the cancel");
        (await db.Incidents.CountAsync(i => i.Excerpts.Count == 0)).ShouldBe(0);
        foreach (var r in stored)
            (await db.Incidents.CountAsync(i => i.ArticleId == r.ArticleId)).ShouldBe(r.IncidentIds.Count, "each stored article is whole");

        var rerun = await service.IngestPathsAsync([dir]);
        var before = stored.Where(r => r.Outcome == IngestOutcome.Stored).Select(r => r.Source).ToHashSet();
        rerun.Results.Where(r => before.Contains(r.Source)).ShouldAllBe(r => r.Outcome == IngestOutcome.Unchanged);
        rerun.Results.Count(r => r.Outcome == IngestOutcome.Stored).ShouldBe(5 - heard.Count(r => r.Outcome == IngestOutcome.Stored), "the rerun stores what the cancel left");
        (await db.Articles.CountAsync()).ShouldBe(6);
    }

    [Fact]
    public async Task Several_pasted_documents_are_one_batch_reported_by_their_index()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance, new IngestLimits { Workers = 3 });
        var seed = File.ReadAllBytes(Directory.GetFiles(TempStore.SeedsFolder, "*.txt").Order().First());
        var heard = new List<(int Index, IngestOutcome Outcome)>();

        var report = await service.IngestContentsAsync(
            [new("a.txt", seed), new("b.docx", Encoding.UTF8.GetBytes("x")), new("c.txt", seed)], CancellationToken.None,
            (index, r) => heard.Add((index, r.Outcome)));

        heard.ShouldBe([(0, IngestOutcome.Stored), (1, IngestOutcome.Failed), (2, IngestOutcome.Unchanged)]);
        report.Results.Count.ShouldBe(3);
    }
}
