using System.Net;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Web.Tests.Hardening;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Access;

/// <summary>
/// A lockout after failed sign-ins is an account change nobody chose: the audit log records it once, by the
/// sign-in check, with how many failed sign-ins caused it and never the passwords tried. (One test: the sign-in form
/// allows ten posts a minute per client address, and this uses all ten.) On SQLite and on PostgreSQL: the lockout
/// and its entry are written in one transaction.
/// </summary>
public abstract class LockoutAuditCases : IAsyncLifetime
{
    private DashboardFactory app = default!;

    /// <summary>A dashboard on an empty store of the provider under test.</summary>
    protected abstract Task<DashboardFactory> CreateAppAsync();

    public async Task InitializeAsync() => app = await CreateAppAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_lockout_after_five_failed_sign_ins_is_audited_once_by_the_sign_in_with_no_secret()
    {
        await app.AddAccountAsync("guessed2", AccessRole.Analyst);
        await app.AddAccountAsync("fumbler", AccessRole.Reader);
        for (var i = 0; i < AccountRegistration.LockoutAttempts; i++)
            (await Anonymous().PostSignInAsync("guessed2", "wrong guess number " + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Refused while locked (even the right password): no second lockout entry.
        (await Anonymous().PostSignInAsync("guessed2", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "locked: no redirect");
        // Fewer failures than the limit lock nothing and log nothing; a success resets the count.
        for (var i = 0; i < 2; i++)
            (await Anonymous().PostSignInAsync("fumbler", "a typo " + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Anonymous().PostSignInAsync("fumbler", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using (var db = app.OpenStore())
        {
            var locks = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditAction.AccountLock).ToListAsync();
            var entry = locks.ShouldHaveSingleItem();
            entry.Account.ShouldBe("guessed2");
            entry.Actor.ShouldBe(BorderWatchUsers.Actor);
            entry.Reason.ShouldBe($"{AccountRegistration.LockoutAttempts} failed sign-ins");
            entry.Before!.ShouldContain("\"none\"");
            entry.After!.ShouldContain("locked until");
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "guessed2");
            user.LockoutEnd!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
            var text = string.Join(" ", entry.Before, entry.After, entry.Reason);
            foreach (var secret in new[] { "wrong guess", SignedIn.Password, user.PasswordHash!, user.SecurityStamp! })
                text.ShouldNotContain(secret);
        }

        // The admins' audit page shows it in the accounts area.
        var admin = await app.SignedInClientAsync(AccessRole.Admin);
        var (page, audit) = await admin.GetPageAsync("/audit?area=accounts&account=guessed2");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = audit.QuerySelectorAll(".audit-table tbody tr").Select(r => r.TextContent).ToList();
        rows.Count.ShouldBe(2, string.Join(" | ", rows));   // newest first: the lockout, then the account added
        rows[0].ShouldContain(BorderWatchUsers.Actor);
        rows[0].ShouldContain("5 failed sign-ins");
    }
}

public sealed class SqliteLockoutAuditTests : LockoutAuditCases
{
    protected override Task<DashboardFactory> CreateAppAsync() => Task.FromResult<DashboardFactory>(new EmptyDashboardFactory());
}

[Collection(WebPostgresCollection.Name)]
public sealed class PostgresLockoutAuditTests(PostgresFixture server) : LockoutAuditCases
{
    protected override async Task<DashboardFactory> CreateAppAsync() => new EmptyPostgresDashboardFactory(await server.NewDatabaseAsync());
}
