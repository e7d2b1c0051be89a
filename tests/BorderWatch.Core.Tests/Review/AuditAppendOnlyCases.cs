using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Store.Migrations;
using BorderWatch.Core.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Review;

/// <summary>
/// The audit log is append-only in the database (migration <c>20261203100000_AuditAppendOnly</c>), not only through EF:
/// raw SQL that updates or deletes an audit row fails on both providers, and decisions still append their entries.
/// </summary>
public abstract class AuditAppendOnlyCases(StoreFixture stores)
{
    private async Task<(StoreOptions Options, SampleIncidents Sample)> NewStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        return (options, await SampleIncidents.SeedAsync(db));
    }

    private static async Task RefusedAsync(BorderWatchDbContext db, string sql)
    {
        var e = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql));
        e.Message.ShouldContain(AuditAppendOnlySql.Message, customMessage: sql);
    }

    [Fact]
    public async Task Raw_sql_cannot_update_or_delete_an_audit_row_and_decisions_still_append()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        var reviews = new ReviewService(db);
        await reviews.ConfirmAsync(s.Incidents["I1"], "ana");
        await reviews.NoteAsync(s.Incidents["I1"], "checked against the ministry's statement", "ana");
        var before = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Actor, e.Action, e.Reason }).ToListAsync();
        before.Count.ShouldBe(2);

        await RefusedAsync(db, """UPDATE "AuditEntries" SET "Reason" = 'rewritten history'""");
        await RefusedAsync(db, $"""UPDATE "AuditEntries" SET "Actor" = 'someone else' WHERE "Id" = {before[0].Id}""");
        await RefusedAsync(db, $"""DELETE FROM "AuditEntries" WHERE "Id" = {before[1].Id}""");
        await RefusedAsync(db, """DELETE FROM "AuditEntries" """);
        if (stores.ProviderName == StoreSetup.PostgreSql) await RefusedAsync(db, """TRUNCATE "AuditEntries" """);

        (await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Actor, e.Action, e.Reason }).ToListAsync())
            .ShouldBe(before, "every row as it was");

        // Appends go on: a decision after the refusals writes its entry.
        await reviews.RejectAsync(s.Incidents["I2"], RejectionReason.OutOfScope, null, "bob");
        (await db.AuditEntries.CountAsync()).ShouldBe(3);
        (await db.AuditEntries.OrderBy(e => e.Id).LastAsync()).Action.ShouldBe(AuditAction.Reject);
    }
}

public sealed class SqliteAuditAppendOnlyTests(SqliteFixture fixture) : AuditAppendOnlyCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditAppendOnlyTests(PostgresFixture fixture) : AuditAppendOnlyCases(fixture);
