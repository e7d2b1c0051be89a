using System.Diagnostics;
using BorderWatch.Ingestion.Limits;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Hostile;

/// <summary>
/// The hostile corpus through the real batch (a real SQLite file): every bad file gets one Failed line naming it
/// and the reason, as it finishes; the batch goes on; nothing of a failed file is stored; a re-run changes nothing.
/// </summary>
public class HostileBatchTests
{
    [Fact]
    public async Task Every_bad_file_fails_alone_with_its_reason_and_the_batch_goes_on()
    {
        await using var store = await TempStore.CreateAsync();
        var folder = Path.Combine(store.Folder, "input");
        var cases = HostileCorpus.WriteTo(folder, HostileCorpus.Small());
        HostileCorpus.WriteLarge(folder);
        await using var db = store.Open();

        var heard = new List<IngestResult>();
        var report = await store.Service(db).IngestPathsAsync([folder], default, heard.Add);

        heard.ShouldBe(report.Results);   // each result was handed over as its file finished, in order
        foreach (var c in cases)
        {
            var mine = report.Results.Where(r => Path.GetFileName(r.Source).StartsWith(c.Name, StringComparison.Ordinal)).ToList();
            mine.ShouldNotBeEmpty(c.Name);
            if (c.RefusedBecause is { } reason)
            {
                var failure = mine.ShouldHaveSingleItem(c.Name);
                failure.Outcome.ShouldBe(IngestOutcome.Failed, c.Name);
                failure.Error.ShouldStartWith(c.Name + ": ");
                failure.Error.ShouldContain(reason, Case.Insensitive, c.Name);
                failure.Error.ShouldNotContain("   at ");
            }
            else if (c.Name.EndsWith(".docx", StringComparison.Ordinal))
                mine.ShouldHaveSingleItem().Outcome.ShouldBe(IngestOutcome.Skipped);
            else
                mine.ShouldAllBe(r => r.Outcome == IngestOutcome.Stored || r.Outcome == IngestOutcome.Duplicate, c.Name);
        }
        Outcome(report, "one-line-10mb.txt").Error!.ShouldContain("characters, more than the 200,000");
        Outcome(report, "text-50mb.txt").Error!.ShouldContain("larger than the 10 MB limit");
        Outcome(report, "page-50mb.html").Error!.ShouldContain("larger than the 10 MB limit");

        // Stored: exactly the articles the report says, none with a NUL, none with a refused file's text.
        var stored = report.Results.Count(r => r.Outcome is IngestOutcome.Stored or IngestOutcome.Duplicate);
        (await db.Articles.CountAsync()).ShouldBe(stored);
        (await db.Articles.Select(a => a.SourceName).ToListAsync()).ShouldAllBe(n => !n.Contains("nul") && !n.Contains("deep"));
        (await db.Articles.Select(a => a.RawContent + a.CleanedText).ToListAsync()).ShouldAllBe(t => !t.Contains('\0'));
        var utf7 = await db.Articles.SingleAsync(a => a.SourceName == "utf7.html");
        utf7.CleanedText.ShouldNotContain("<script", Case.Insensitive);   // the UTF-7 label is not honoured
        utf7.RawEncoding.ShouldBe("utf-8");
        (await db.Articles.SingleAsync(a => a.SourceName == "utf16-no-bom.txt")).RawEncoding.ShouldBe("utf-16le");

        // A re-run of the same folder stores nothing new and fails the same files.
        var articles = await db.Articles.CountAsync();
        var incidents = await db.Incidents.CountAsync();
        await using var again = store.Open();
        var rerun = await store.Service(again).IngestPathsAsync([folder]);
        rerun.Results.ShouldNotContain(r => r.Outcome == IngestOutcome.Stored || r.Outcome == IngestOutcome.Duplicate);
        rerun.Failed.ShouldBe(report.Failed);
        (await again.Articles.CountAsync()).ShouldBe(articles);
        (await again.Incidents.CountAsync()).ShouldBe(incidents);
    }

    private static IngestResult Outcome(IngestReport report, string name)
    {
        var r = report.Results.Single(x => Path.GetFileName(x.Source) == name);
        r.Outcome.ShouldBe(IngestOutcome.Failed, name);
        r.Error!.ShouldStartWith(name + ": ");
        return r;
    }

    [Fact]
    public async Task A_file_past_its_read_budget_fails_and_the_next_file_is_read()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var strict = new IngestionService(db, NullLogger<IngestionService>.Instance, new IngestLimits { ReadBudget = TimeSpan.Zero });
        var report = await strict.IngestContentAsync("slow.txt", System.Text.Encoding.UTF8.GetBytes(HostileCorpus.Article));
        report.Results.ShouldHaveSingleItem().Error.ShouldBe("slow.txt: gave up, reading took longer than its 0 s budget (a crafted or oversized document?)");

        var relaxed = store.Service(db);
        (await relaxed.IngestContentAsync("next.txt", System.Text.Encoding.UTF8.GetBytes(HostileCorpus.Article))).Results
            .ShouldHaveSingleItem().Outcome.ShouldBe(IngestOutcome.Stored);
    }

    [Fact]
    public async Task An_article_past_its_analysis_budget_is_not_stored()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var strict = new IngestionService(db, NullLogger<IngestionService>.Instance, new IngestLimits { AnalysisBudget = TimeSpan.Zero });
        var result = (await strict.IngestContentAsync("a.txt", System.Text.Encoding.UTF8.GetBytes(HostileCorpus.Article))).Results.ShouldHaveSingleItem();
        result.Outcome.ShouldBe(IngestOutcome.Failed);
        result.Error!.ShouldContain("analysis took longer than its 0 s budget");
        (await db.Articles.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Work_that_outlives_its_budget_is_abandoned_and_sees_its_token_cancelled()
    {
        var sawCancel = new TaskCompletionSource<bool>();
        var ex = await Should.ThrowAsync<TimeBudgetExceededException>(() => TimeBudget.RunAsync("analysis", TimeSpan.FromMilliseconds(50), token =>
        {
            // Ends only when the budget's token fires: the test cannot pass by being fast or slow. (Polled, not
            // WaitHandle: on a busy machine the work may start after the budget's source is disposed.)
            while (!token.IsCancellationRequested) Thread.Sleep(1);
            sawCancel.SetResult(token.IsCancellationRequested);
            return 0;
        }, CancellationToken.None));
        ex.Stage.ShouldBe("analysis");
        (await sawCancel.Task).ShouldBeTrue();
    }

    [Fact]
    public async Task A_client_that_goes_away_stops_the_work_and_nothing_is_stored()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() =>
            store.Service(db).IngestContentAsync("paste.txt", System.Text.Encoding.UTF8.GetBytes(HostileCorpus.Article), gone.Token));
        (await db.Articles.CountAsync()).ShouldBe(0);
    }
}
