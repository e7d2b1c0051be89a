using System.Data.Common;
using System.Text;
using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Limits;
using BorderWatch.Ingestion.Storing;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Hostile;

/// <summary>
/// Issue 10's Atom feed of 10,000 entries, generated here into a temp folder and ingested for real into a SQLite file.
/// A feed that size is a bulk export an analyst wants whole: every entry is stored once, each result is reported while
/// later entries are still being analysed (the analysis never runs more than a bounded number of entries ahead of
/// the report, so memory stays flat and an interruption keeps what was reported), and the store's work per entry
/// stays flat: the SQLite virtual-machine instructions spent on entries 9,001–10,000 are about those spent on
/// entries 1,001–2,000 (a lookup that scanned the earlier entries would make them several times larger, as the
/// control case shows). Each entry is committed alone (<see cref="IngestLimits.GroupArticles"/> = 1), so the measure does
/// not depend on how many articles the machine's timing puts in a group. No timing is asserted; the CPU time of the case
/// is written to the test output.
/// </summary>
public sealed class LargeFeedTests(ITestOutputHelper output)
{
    /// <summary>Short, distinct entries (an incident sentence and a few words of their own): no entry is a near-copy of another.</summary>
    internal static void WriteFeed(string path, int entries)
    {
        var random = new Random(10);
        string[] sides = ["Kyrgyz", "Tajik", "Uzbek"];
        string[] verbs = ["detained", "arrested"];
        string[] counts = ["two", "three", "four", "five", "six", "seven"];
        string[] days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        string[] places = ["Batken", "Osh", "Isfara", "Khujand", "Sokh", "Vorukh"];
        var sb = new StringBuilder("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Border desk export</title>""");
        for (var i = 1; i <= entries; i++)
        {
            var words = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Word(random)));
            var side = random.Next(3);
            sb.Append($"<entry><id>urn:bw:export:{i}</id><title>Report {i}</title><updated>2026-11-{i % 28 + 1:D2}T08:00:00Z</updated>")
              .Append($"<content>{sides[side]} border guards {verbs[random.Next(2)]} {counts[random.Next(6)]} men near the {sides[(side + 1 + random.Next(2)) % 3]} border ")
              .Append($"on {days[random.Next(5)]}, officials in {places[random.Next(6)]} said. Case {i}: {words}.</content></entry>");
        }
        File.WriteAllText(path, sb.Append("</feed>").ToString(), new UTF8Encoding(false));
    }

    private static string Word(Random random)
    {
        Span<char> w = stackalloc char[random.Next(4, 9)];
        for (var c = 0; c < w.Length; c++) w[c] = (char)('a' + random.Next(26));
        return new string(w);
    }

    [Fact]
    public async Task A_feed_of_10000_entries_is_stored_whole_reported_as_it_goes_with_flat_store_work_per_entry()
    {
        const int entries = 10_000;
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        await using var store = await TempStore.CreateAsync();
        var feed = Path.Combine(store.Folder, "export.xml");
        WriteFeed(feed, entries);
        var work = new SqliteWork();
        var analyses = new CountingScheduler();
        // The budgets are wall time, and reading 2 MB of feed can take more than 30 s on a machine shared by many builds:
        // this case is about size, not about a stuck file (the budgets have their own tests in HostileBatchTests).
        // One article per write transaction: the writer's work per group (begin, tallies, commit) then falls on every entry
        // alike, whereas groups cut by time (ArticleWriter.GroupTime) have sizes that follow the machine's timing, and so
        // would the work per entry measured over them.
        var limits = new IngestLimits
        {
            Scheduler = analyses, ReadBudget = TimeSpan.FromMinutes(10), AnalysisBudget = TimeSpan.FromMinutes(10), GroupArticles = 1,
        };
        await using var db = Open(store, work);

        var heard = new List<IngestResult>();
        var workAt = new long[entries + 1];
        var aheadOfReport = new List<string>();
        var bound = ArticleWriter.GroupArticles + 3 * limits.Workers + 2;   // see IngestionService.RunBatchAsync: queues of 2 × workers
        var report = await new IngestionService(db, NullLogger<IngestionService>.Instance, limits).IngestPathsAsync([feed], default, r =>
        {
            heard.Add(r);
            if (heard.Count <= entries) workAt[heard.Count] = work.Instructions;
            // Tasks started so far: the feed's reading, then one per entry analysed.
            if (analyses.Started > heard.Count + bound && aheadOfReport.Count < 3)
                aheadOfReport.Add($"{analyses.Started:N0} analyses started when result {heard.Count:N0} was reported");
        });

        aheadOfReport.ShouldBeEmpty("each result is reported while later entries are still to be analysed");
        heard.ShouldBe(report.Results);
        report.Results.Count.ShouldBe(entries);
        report.Results.Select((r, n) => r.Source == $"export.xml#{n + 1}").ShouldAllBe(inOrder => inOrder, "one result per entry, in the feed's order");
        report.Results.Where(r => r.Outcome != IngestOutcome.Stored).Select(r => $"{r.Source}: {r.Outcome} {r.Error}").ShouldBeEmpty();
        (await db.Articles.CountAsync()).ShouldBe(entries);
        (await db.Articles.Select(a => a.FeedItemKey).Distinct().CountAsync()).ShouldBe(entries);
        // The store's work per entry: the last thousand entries cost about what the second thousand did.
        var early = workAt[2000] - workAt[1000];
        var late = workAt[10_000] - workAt[9000];
        output.WriteLine($"SQLite VM instructions: entries 1,001-2,000: {early:N0} ({early / 1000:N0} per entry); 9,001-10,000: {late:N0} ({late / 1000:N0} per entry)");
        early.ShouldBeGreaterThan(0);
        ((double)late / early).ShouldBeLessThan(1.5, $"store work per entry grew from {early / 1000:N0} to {late / 1000:N0} VM instructions");
        var incidents = await db.Incidents.CountAsync();
        incidents.ShouldBe(report.IncidentsFound);
        incidents.ShouldBeGreaterThan(entries / 3, "most entries' sentences are incidents, so the whole writer ran for them");

        // A rerun stores nothing new: every entry is found unchanged.
        await using var again = Open(store, new SqliteWork());
        var rerun = await new IngestionService(again, NullLogger<IngestionService>.Instance, limits with { Scheduler = null }).IngestPathsAsync([feed]);
        rerun.Results.Count.ShouldBe(entries);
        rerun.Results.ShouldAllBe(r => r.Outcome == IngestOutcome.Unchanged);
        (await again.Articles.CountAsync()).ShouldBe(entries);
        (await again.Incidents.CountAsync()).ShouldBe(incidents);
        output.WriteLine($"CPU time of the test process for this case: {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s");
    }

    /// <summary>
    /// The control: the same measure on a store whose content-hash lookup has lost its index (so each entry's check
    /// reads every earlier entry) grows well past the bound above, so the bound can fail.
    /// </summary>
    [Fact]
    public async Task The_store_work_measure_grows_when_each_entry_scans_the_earlier_ones()
    {
        const int entries = 2_000;
        await using var store = await TempStore.CreateAsync();
        var feed = Path.Combine(store.Folder, "export.xml");
        WriteFeed(feed, entries);
        var work = new SqliteWork();
        await using var db = Open(store, work);
        var indexes = await db.Database.SqlQueryRaw<string>(
            """SELECT name AS "Value" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Articles' AND sql LIKE '%ContentHash%'""").ToListAsync();
        indexes.ShouldNotBeEmpty("the content-hash lookup has an index to lose");
        foreach (var index in indexes) await db.Database.ExecuteSqlRawAsync(string.Concat("DROP INDEX \"", index, "\""));   // names read from the schema

        var workAt = new long[entries + 1];
        var heard = 0;
        var limits = new IngestLimits { ReadBudget = TimeSpan.FromMinutes(10), AnalysisBudget = TimeSpan.FromMinutes(10), GroupArticles = 1 };
        await new IngestionService(db, NullLogger<IngestionService>.Instance, limits).IngestPathsAsync([feed], default,
            _ => { if (++heard <= entries) workAt[heard] = work.Instructions; });

        // Per entry, an early window against the last: the scan's share grows with the entries before it (about 250
        // against 1,800 here), while the rest of the writer's work per entry stays flat (one article per group, as above).
        var early = (workAt[400] - workAt[100]) / 300.0;
        var late = (workAt[2000] - workAt[1600]) / 400.0;
        output.WriteLine($"without the index: entries 101-400: {early:N0} per entry; 1,601-2,000: {late:N0} per entry");
        (late / early).ShouldBeGreaterThan(1.5);
    }

    private static BorderWatchDbContext Open(TempStore store, SqliteWork work)
    {
        var builder = new DbContextOptionsBuilder<BorderWatchDbContext>();
        builder.UseBorderWatchStore(new StoreOptions { ConnectionString = $"Data Source={store.File};Pooling=False" }).AddInterceptors(work);
        return new BorderWatchDbContext(builder.Options);
    }

    /// <summary>
    /// Counts the SQLite virtual-machine instructions run on every connection the contexts open (the writer's and the
    /// analysis workers' read-only ones), through SQLite's progress handler: a measure of the store's work that does
    /// not depend on the machine's speed or load.
    /// </summary>
    private sealed class SqliteWork : DbConnectionInterceptor
    {
        private const int Every = 100;
        private long _calls;

        public long Instructions => Interlocked.Read(ref _calls) * Every;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Watch(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Watch(connection);
            return Task.CompletedTask;
        }

        private void Watch(DbConnection connection) =>
            SQLitePCL.raw.sqlite3_progress_handler(((SqliteConnection)connection).Handle, Every, _ =>
            {
                Interlocked.Increment(ref _calls);
                return 0;
            }, null);
    }

    /// <summary>The thread pool, counting the tasks the batch starts on it (reading a file, analysing a document).</summary>
    private sealed class CountingScheduler : TaskScheduler
    {
        private int _started;

        public int Started => Volatile.Read(ref _started);

        protected override void QueueTask(Task task)
        {
            Interlocked.Increment(ref _started);
            ThreadPool.UnsafeQueueUserWorkItem(_ => TryExecuteTask(task), null);
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

        protected override IEnumerable<Task>? GetScheduledTasks() => [];
    }
}
