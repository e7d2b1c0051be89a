using System.Text;
using System.Text.Json;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Core.Tests.Accounts;

/// <summary>
/// Every account change lands in the append-only audit log (who, when, which account, before, after, why) in the
/// same transaction as the change, never with a secret in it; refused changes leave neither a change nor an entry.
/// Run on every provider.
/// </summary>
public abstract class AccountAuditCases(StoreFixture stores)
{
    private const string AdminName = "desk-admin";
    private const string FirstPassword = "a long enough passphrase";

    private sealed class Store(BorderWatchDbContext db, ServiceProvider services) : IAsyncDisposable
    {
        public BorderWatchDbContext Db => db;
        public AccountService Accounts => services.GetRequiredService<AccountService>();
        public ApiTokenService Tokens => services.GetRequiredService<ApiTokenService>();
        public UserManager<BorderWatchUser> Users => services.GetRequiredService<UserManager<BorderWatchUser>>();

        public Task<List<AuditEntry>> LogAsync() => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();

        /// <summary>Password hash and security stamp as stored now (the secrets the log must never hold).</summary>
        public async Task<string[]> SecretsOfAsync(string name)
        {
            var u = await db.Users.AsNoTracking().SingleAsync(x => x.UserName == name);
            return [u.PasswordHash!, u.SecurityStamp!];
        }

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            await db.DisposeAsync();
        }
    }

    private async Task<Store> NewStoreAsync(string actor = AdminName)
    {
        var db = StoreSetup.Open(await stores.NewMigratedDatabaseAsync());
        return new Store(db, AccountRegistration.ForStore(db, new AccountActor(actor)));
    }

    private static JsonElement Json(string? json) => JsonDocument.Parse(json!).RootElement.Clone();

    [Fact]
    public async Task Each_change_is_one_entry_with_who_which_account_before_after_and_why()
    {
        await using var s = await NewStoreAsync();
        await s.Accounts.AddAsync("oleg", AccessRole.Admin, FirstPassword);
        var nadia = (await s.Accounts.AddAsync("nadia", AccessRole.Analyst, FirstPassword, reason: "joins the Fergana desk")).User;
        await s.Accounts.SetRoleAsync("nadia", AccessRole.Admin, "covers for the lead");
        await s.Accounts.LockAsync("nadia", "laptop stolen");
        await s.Accounts.UnlockAsync("nadia", "laptop found");
        var token = await s.Tokens.CreateAsync(nadia.Id, "nightly feed");
        await s.Tokens.RevokeAsync(nadia.Id, token.Row.Id, "script retired");
        await s.Accounts.RemoveAsync("nadia", "left the desk");

        var log = (await s.LogAsync()).Skip(1).ToList();   // after oleg's
        log.Select(e => e.Action).ShouldBe([AuditAction.AccountAdd, AuditAction.AccountRole, AuditAction.AccountLock, AuditAction.AccountUnlock,
            AuditAction.TokenCreate, AuditAction.TokenRevoke, AuditAction.AccountRemove]);
        log.ShouldAllBe(e => e.Actor == AdminName && e.Account == "nadia" && e.IncidentId == null && e.EventId == null);
        log.Select(e => e.Reason).ShouldBe(["joins the Fergana desk", "covers for the lead", "laptop stolen", "laptop found", null, "script retired", "left the desk"]);
        log.Select(e => e.At).ShouldBeInOrder();

        log[0].Before.ShouldBeNull();
        Json(log[0].After).GetProperty("Role").GetString().ShouldBe("analyst");
        (Json(log[1].Before).GetProperty("Role").GetString(), Json(log[1].After).GetProperty("Role").GetString()).ShouldBe(("analyst", "admin"));
        (Json(log[2].Before).GetProperty("Lock").GetString(), Json(log[2].After).GetProperty("Lock").GetString()).ShouldBe(("none", "locked by an admin"));
        Json(log[3].After).GetProperty("Lock").GetString().ShouldBe("none");
        log[4].Before.ShouldBeNull();
        (Json(log[4].After).GetProperty("Token").GetString(), Json(log[4].After).GetProperty("TokenId").GetInt32()).ShouldBe(("nightly feed", token.Row.Id));
        (Json(log[5].Before).GetProperty("Status").GetString(), Json(log[5].After).GetProperty("Status").GetString()).ShouldBe(("active", "revoked"));
        Json(log[6].Before).GetProperty("Role").GetString().ShouldBe("admin");
        log[6].After.ShouldBeNull("a removed account has no 'after'");
        // The entry outlives the account it describes.
        (await s.Db.Users.Select(u => u.UserName).ToListAsync()).ShouldBe(["oleg"]);
    }

    [Fact]
    public async Task Passwords_reset_and_changed_are_logged_without_any_secret()
    {
        await using var s = await NewStoreAsync();
        var secrets = new List<string> { FirstPassword };
        var nadia = (await s.Accounts.AddAsync("nadia", AccessRole.Analyst, FirstPassword)).User;
        secrets.AddRange(await s.SecretsOfAsync("nadia"));
        var token = await s.Tokens.CreateAsync(nadia.Id, "feed");
        secrets.AddRange([token.Token, token.Token[3..13], token.Row.Prefix, token.Row.Hash]);

        var stampBefore = (await s.SecretsOfAsync("nadia"))[1];
        var generated = await s.Accounts.ResetPasswordAsync("nadia", reason: "forgot it");
        generated!.Length.ShouldBe(20);
        secrets.Add(generated);
        secrets.AddRange(await s.SecretsOfAsync("nadia"));
        (await s.SecretsOfAsync("nadia"))[1].ShouldNotBe(stampBefore, "a reset ends the account's sessions");
        (await s.Users.CheckPasswordAsync(await s.Accounts.FindAsync("nadia"), FirstPassword)).ShouldBeFalse();
        (await s.Users.CheckPasswordAsync(await s.Accounts.FindAsync("nadia"), generated)).ShouldBeTrue();

        const string chosen = "river stones under the bridge";
        secrets.Add(chosen);
        await s.Accounts.ResetPasswordAsync("nadia", chosen);
        secrets.AddRange(await s.SecretsOfAsync("nadia"));

        const string own = "a different long passphrase";
        secrets.Add(own);
        await s.Accounts.ChangePasswordAsync(await s.Accounts.FindAsync("nadia"), chosen, own);
        secrets.AddRange(await s.SecretsOfAsync("nadia"));
        (await s.Users.CheckPasswordAsync(await s.Accounts.FindAsync("nadia"), own)).ShouldBeTrue();

        var log = await s.LogAsync();
        log.Where(e => e.Action is AuditAction.PasswordReset or AuditAction.PasswordChange).Select(e => e.Action)
            .ShouldBe([AuditAction.PasswordReset, AuditAction.PasswordReset, AuditAction.PasswordChange]);
        var reset = log.First(e => e.Action == AuditAction.PasswordReset);
        (Json(reset.Before).GetProperty("Password").GetString(), Json(reset.After).GetProperty("Password").GetString())
            .ShouldBe(("set", "replaced; every session of the account signed out"));
        reset.Reason.ShouldBe("forgot it");

        // Nothing secret anywhere in the log, nor in its CSV and JSON exports.
        var everything = new StringBuilder();
        foreach (var e in log) everything.Append(e.Actor).Append(e.Account).Append(e.Before).Append(e.After).Append(e.Reason).Append('\n');
        foreach (var format in new[] { "csv", "json" })
        {
            using var file = new MemoryStream();
            var entries = AuditExport.StreamAsync(s.Db, new AuditQuery { Area = AuditArea.Accounts });
            if (format == "csv") await AuditExport.WriteCsvAsync(file, entries); else await AuditExport.WriteJsonAsync(file, entries);
            everything.Append(Encoding.UTF8.GetString(file.ToArray()));
        }
        var text = everything.ToString();
        text.ShouldContain("PasswordChange");
        foreach (var secret in secrets.Distinct())
            text.ShouldNotContain(secret, Case.Sensitive, $"a secret ({secret.Length} characters) reached the audit log");
    }

    [Fact]
    public async Task A_refused_change_changes_nothing_and_logs_nothing()
    {
        await using var s = await NewStoreAsync();
        await s.Accounts.AddAsync("oleg", AccessRole.Admin, FirstPassword);
        await s.Accounts.AddAsync("nadia", AccessRole.Analyst, FirstPassword);
        var logged = (await s.LogAsync()).Count;
        var stamp = (await s.SecretsOfAsync("nadia"))[1];

        await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.RemoveAsync("oleg", "mistake"));
        await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.LockAsync("oleg"));
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.ResetPasswordAsync("nadia", "short")))
            .Message.ShouldStartWith("new password:");
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.ChangePasswordAsync(s.Users.Users.Single(u => u.UserName == "nadia"), "not my password", "a new long passphrase")))
            .Message.ShouldStartWith("current password:");
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.ChangePasswordAsync(s.Users.Users.Single(u => u.UserName == "nadia"), FirstPassword, FirstPassword)))
            .Message.ShouldStartWith("new password:");
        await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.ResetPasswordAsync("nobody"));
        await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.AddAsync("nadia", AccessRole.Reader));

        (await s.LogAsync()).Count.ShouldBe(logged);
        (await s.SecretsOfAsync("nadia"))[1].ShouldBe(stamp);
        (await s.Users.CheckPasswordAsync(await s.Accounts.FindAsync("nadia"), FirstPassword)).ShouldBeTrue();
        (await s.Accounts.ListAsync()).Select(a => (a.Name, a.Role, a.LockedUntil)).ShouldBe([("nadia", AccessRole.Analyst, null), ("oleg", AccessRole.Admin, null)]);
    }

    [Fact]
    public async Task The_audit_query_filters_account_changes_by_area_and_by_account()
    {
        await using var s = await NewStoreAsync();
        await s.Accounts.AddAsync("nadia", AccessRole.Analyst, FirstPassword);
        await s.Accounts.AddAsync("oleg", AccessRole.Reader, FirstPassword);
        AuditLog.Append(s.Db, new AuditEntry { At = DateTimeOffset.UtcNow, Actor = "nadia", Action = AuditAction.Note, IncidentId = 7, Reason = "a decision" });
        await s.Db.SaveChangesAsync();
        await s.Accounts.SetRoleAsync("oleg", AccessRole.Analyst);

        (await AuditLog.CountAsync(s.Db, new AuditQuery())).ShouldBe(4);
        (await AuditLog.QueryAsync(s.Db, new AuditQuery { Area = AuditArea.Accounts })).Select(e => e.Action)
            .ShouldBe([AuditAction.AccountRole, AuditAction.AccountAdd, AuditAction.AccountAdd]);
        (await AuditLog.QueryAsync(s.Db, new AuditQuery { Area = AuditArea.Incidents })).ShouldHaveSingleItem().Action.ShouldBe(AuditAction.Note);
        (await AuditLog.QueryAsync(s.Db, new AuditQuery { Account = "oleg" })).Select(e => e.Action).ShouldBe([AuditAction.AccountRole, AuditAction.AccountAdd]);
        (await AuditLog.QueryAsync(s.Db, new AuditQuery { Area = AuditArea.Accounts, Actions = [AuditAction.AccountAdd], Account = "nadia" }))
            .ShouldHaveSingleItem().Account.ShouldBe("nadia");

        var (parsed, errors) = AuditQueryParser.Parse(k => k switch { "area" => ["accounts"], "account" => ["oleg"], _ => [] });
        errors.ShouldBeEmpty();
        (parsed.Area, parsed.Account).ShouldBe((AuditArea.Accounts, "oleg"));
        AuditQueryParser.ToQueryString(parsed).ShouldBe("area=accounts&account=oleg");
        var (_, bad) = AuditQueryParser.Parse(k => k == "area" ? ["users"] : []);
        bad.ShouldHaveSingleItem().ShouldStartWith("area: 'users' is not one of incidents, events, accounts");
    }

    [Fact]
    public async Task The_command_line_is_named_as_the_actor_when_no_one_else_is()
    {
        var db = StoreSetup.Open(await stores.NewMigratedDatabaseAsync());
        await using var services = AccountRegistration.ForStore(db);
        await using var _ = db;
        await services.GetRequiredService<AccountService>().AddAsync("first-admin", AccessRole.Admin);
        (await db.AuditEntries.AsNoTracking().SingleAsync()).Actor.ShouldBe("cli:" + Environment.UserName);
    }
}

public sealed class SqliteAccountAuditTests(SqliteFixture fixture) : AccountAuditCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountAuditTests(PostgresFixture fixture) : AccountAuditCases(fixture);
