using BorderWatch.Cli;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Cli.Tests;

/// <summary>
/// <c>ingest</c> proposes events: two reports of one clash written by two different sources (new sentences, in no
/// corpus), ingested by the CLI into a real SQLite file, end up in one machine proposal; the overview's event count
/// counts the clash once when the proposal is accepted and twice again when it is undone.
/// </summary>
public sealed class EventProposalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-propose-").FullName;
    private string Db => Path.Combine(_dir, "cli.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Two_sources_reporting_one_clash_are_proposed_as_one_event_that_an_analyst_accepts_or_undoes()
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "first-outlet.txt"),
            "Kyrgyz and Tajik troops clashed at the border near Batken on 14 September 2022, officials said. Two soldiers were wounded.");
        File.WriteAllText(Path.Combine(folder, "second-outlet.txt"),
            "Residents of Batken heard gunfire all afternoon. Tajik and Kyrgyz border guards exchanged fire near Batken on 14 September 2022, a regional governor told reporters.");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["--db", Db, "--logs", Path.Combine(_dir, "logs"), "ingest", folder], stdout, stderr);

        code.ShouldBe(CliApp.Ok, stderr.ToString());
        stdout.ToString().ShouldContain("grouping(s) of reports across articles proposed");
        stdout.ToString().ShouldContain("events: proposing around the reports of 2 stored article(s)");
        System.Text.RegularExpressions.Regex.IsMatch(stdout.ToString(), @"events: 1 proposal\(s\) over 2 article\(s\) in [0-9]+\.[0-9] s")
            .ShouldBeTrue("its end is shown, with the count and the time: " + stdout);
        stderr.ToString().ShouldBeEmpty("stderr carries only what failed");
        await using var db = StoreSetup.Open(new BorderWatch.Core.StoreOptions { Provider = "Sqlite", ConnectionString = $"Data Source={Db}" });
        var proposals = await db.Events.Include(e => e.Reports).ThenInclude(r => r.Incident).Where(e => e.Status == EventStatus.Proposed).ToListAsync();
        var clash = proposals.ShouldHaveSingleItem();
        clash.Origin.ShouldBe(EventOrigin.Machine);
        clash.Reports.Select(r => r.Incident!.ArticleId).Distinct().Count().ShouldBe(2, "one report from each source");
        (await db.AuditEntries.CountAsync(a => a.EventId == clash.Id && a.Action == AuditAction.EventPropose)).ShouldBe(1);

        var reports = await db.Incidents.CountAsync(i => !i.Hidden);
        (await EventCounts.CountAsync(db, new IncidentFilter())).ShouldBe(reports, "a proposal groups nothing until accepted");
        await new EventService(db).AcceptAsync(clash.Id, "analyst");
        (await EventCounts.CountAsync(db, new IncidentFilter())).ShouldBe(reports - clash.Reports.Count + 1, "the accepted event counts once");
        await new EventService(db).UndoAsync(clash.Id, "analyst");
        (await EventCounts.CountAsync(db, new IncidentFilter())).ShouldBe(reports);

        // Ingesting again stores nothing new and proposes nothing: the undone grouping is not proposed again.
        var again = new StringWriter();
        (await CliApp.RunAsync(["--db", Db, "--logs", Path.Combine(_dir, "logs"), "reprocess"], again, new StringWriter())).ShouldBe(CliApp.Ok);
        (await db.Events.CountAsync(e => e.Status != EventStatus.Undone)).ShouldBe(0, again.ToString());
    }
}
