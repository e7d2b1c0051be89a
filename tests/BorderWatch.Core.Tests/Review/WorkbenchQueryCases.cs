using System.Text;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Review;

/// <summary>What the analyst's pages read: reviewed values over the machine's, the audit log by time, its exports.</summary>
public abstract class WorkbenchQueryCases(StoreFixture stores)
{
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private async Task<(StoreOptions Options, SampleIncidents Sample)> NewStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        return (options, await SampleIncidents.SeedAsync(db));
    }

    [Fact]
    public async Task The_audit_log_filters_by_time_in_the_store_and_pages()
    {
        var (options, s) = await NewStoreAsync();
        var t0 = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var clock = new SteppedClock(t0);
        await using var db = StoreSetup.Open(options);
        var reviews = new ReviewService(db, clock);
        for (var h = 0; h < 6; h++)
        {
            clock.Now = t0.AddHours(h);
            await reviews.NoteAsync(s.Incidents["I1"], $"note {h}", h % 2 == 0 ? "ana" : "bob");
        }

        var q = new AuditQuery { From = t0.AddHours(1), To = t0.AddHours(3) };
        (await AuditLog.QueryAsync(db, q)).Select(e => e.Reason).ShouldBe(["note 3", "note 2", "note 1"], "newest first, both ends inclusive");
        (await AuditLog.CountAsync(db, q)).ShouldBe(3);
        (await AuditLog.QueryAsync(db, q with { Actor = "bob" })).Select(e => e.Reason).ShouldBe(["note 3", "note 1"]);
        (await AuditLog.QueryAsync(db, new AuditQuery(), skip: 2, take: 2)).Select(e => e.Reason).ShouldBe(["note 3", "note 2"]);
        (await AuditLog.QueryAsync(db, new AuditQuery { From = t0.AddDays(1) })).ShouldBeEmpty("nothing was written after that");
        (await AuditLog.QueryAsync(db, new AuditQuery { To = t0.AddMinutes(-1) })).ShouldBeEmpty("nothing was written before that");
        (await AuditLog.CountAsync(db, new AuditQuery { From = t0.AddMinutes(30), To = t0.AddDays(9) })).ShouldBe(5);
    }

    [Fact]
    public async Task Lists_and_exports_show_the_corrected_values_and_who_reviewed()
    {
        var (options, s) = await NewStoreAsync();
        var i1 = s.Incidents["I1"];
        await using var db = StoreSetup.Open(options);
        var before = (await IncidentListing.LoadAsync(db, [i1])).Single();
        var newType = before.Type == IncidentType.Statement ? IncidentType.ArmedClash : IncidentType.Statement;
        await new ReviewService(db).CorrectAsync(i1, new IncidentCorrection { Type = newType, Date = "2014-05", Attribution = "the border service" }, "ana", "misread");

        var item = (await IncidentListing.LoadAsync(db, [i1])).Single();
        (item.Type, item.Date.ToString(), item.Attribution, item.Review, item.ReviewedBy).ShouldBe((newType, "2014-05", "the border service", ReviewState.Corrected, "ana"));
        item.Actors.ShouldBe(before.Actors, "actors were not corrected");
        var record = (await IncidentExport.LoadAsync(db, new IncidentFilter())).Single(r => r.Id == i1);
        (record.Type, record.Date, record.DatePrecision, record.Attribution, record.Review, record.ReviewedBy)
            .ShouldBe((newType.ToCode(), "2014-05", "month", "the border service", "corrected", "ana"));
        record.ReviewedAt.ShouldNotBeNull();
        var other = (await IncidentExport.LoadAsync(db, new IncidentFilter())).First(r => r.Id != i1);
        (other.Review, other.ReviewedBy).ShouldBe(("unreviewed", null));
    }

    [Fact]
    public async Task The_audit_export_neutralises_formulas_in_csv_and_embeds_values_in_json()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        await new ReviewService(db).RejectAsync(s.Incidents["I2"], RejectionReason.Other, "=HYPERLINK(\"http://evil\",\"x\")", "@ana");

        using var csv = new MemoryStream();
        await AuditExport.WriteCsvAsync(csv, AuditExport.StreamAsync(db, new AuditQuery()));
        var text = Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(",", AuditExport.Columns));
        lines[1].ShouldContain(",\"'@ana\",", Case.Sensitive, "a name starting with @ is text, not a formula");
        lines[1].ShouldContain("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");

        using var json = new MemoryStream();
        await AuditExport.WriteJsonAsync(json, AuditExport.StreamAsync(db, new AuditQuery()));
        var entry = JsonDocument.Parse(json.ToArray()).RootElement.EnumerateArray().Single();
        entry.GetProperty("actor").GetString().ShouldBe("@ana");
        entry.GetProperty("rejectionReason").GetString().ShouldBe("Other");
        entry.GetProperty("after").GetProperty("State").GetString().ShouldBe("Rejected", "before/after are JSON values, not strings");
    }
}

public sealed class SqliteWorkbenchQueryTests(SqliteFixture stores) : WorkbenchQueryCases(stores), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWorkbenchQueryTests(PostgresFixture stores) : WorkbenchQueryCases(stores);

/// <summary>Where the sources of an event disagree.</summary>
public sealed class SourceDisagreementTests
{
    private static SourceVersion V(string date, IncidentStatus status = IncidentStatus.Reported, string? by = null,
        ReviewState state = ReviewState.Unreviewed, IncidentType type = IncidentType.ArmedClash)
    {
        PartialDate.TryParse(date, out var d).ShouldBeTrue();
        return new SourceVersion(1, 1, "a.txt", null, d, type, status, by, "…", state, []);
    }

    [Fact]
    public void A_month_and_a_day_in_it_agree_two_different_days_do_not()
    {
        SourceDisagreements.Of([V("2021-07"), V("2021-07-14")]).ShouldBeEmpty();
        SourceDisagreements.Of([V("2021-07-14"), V("2021-07-15")]).ShouldBe([EventField.Date]);
    }

    [Fact]
    public void Status_type_and_attribution_differences_are_named_and_rejected_reports_do_not_count()
    {
        SourceDisagreements.Of([V("2021", IncidentStatus.Reported, "Tajik border guards"), V("2021", IncidentStatus.Denied, "Kyrgyz officials", type: IncidentType.Statement)])
            .ShouldBe([EventField.Type, EventField.Status, EventField.Attribution]);
        SourceDisagreements.Of([V("2021", by: "Tajik border guards"), V("2021", by: " tajik border guards ")]).ShouldBeEmpty("case and spaces are not a disagreement");
        SourceDisagreements.Of([V("2021-07-14"), V("2021-08-01", state: ReviewState.Rejected)]).ShouldBeEmpty();
    }
}
