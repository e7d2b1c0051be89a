using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Core.Tests.Accounts;

/// <summary>Accounts and personal API tokens on a real store, run on every provider.</summary>
public abstract class AccountServiceCases(StoreFixture stores)
{
    private sealed class Store(BorderWatchDbContext db, ServiceProvider services) : IAsyncDisposable
    {
        public BorderWatchDbContext Db => db;
        public AccountService Accounts => services.GetRequiredService<AccountService>();
        public ApiTokenService Tokens => services.GetRequiredService<ApiTokenService>();
        public UserManager<BorderWatchUser> Users => services.GetRequiredService<UserManager<BorderWatchUser>>();

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            await db.DisposeAsync();
        }
    }

    private async Task<Store> NewStoreAsync()
    {
        var db = StoreSetup.Open(await stores.NewMigratedDatabaseAsync());
        return new Store(db, AccountRegistration.ForStore(db));
    }

    [Fact]
    public async Task The_migration_creates_the_three_roles_and_no_user()
    {
        await using var s = await NewStoreAsync();
        (await s.Db.Roles.Select(r => r.Name).OrderBy(n => n).ToListAsync()).ShouldBe(["admin", "analyst", "reader"]);
        (await s.Db.Roles.Select(r => r.NormalizedName).OrderBy(n => n).ToListAsync()).ShouldBe(["ADMIN", "ANALYST", "READER"]);
        (await s.Db.Users.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Added_accounts_sign_in_with_their_password_and_are_listed_with_their_role()
    {
        await using var s = await NewStoreAsync();
        var given = await s.Accounts.AddAsync("nadia", AccessRole.Analyst, "a long enough passphrase");
        given.GeneratedPassword.ShouldBeNull();
        var generated = await s.Accounts.AddAsync("oleg", AccessRole.Admin);
        generated.GeneratedPassword!.Length.ShouldBe(20);

        (await s.Users.CheckPasswordAsync(await s.Accounts.FindAsync("nadia"), "a long enough passphrase")).ShouldBeTrue();
        (await s.Users.CheckPasswordAsync(await s.Accounts.FindAsync("oleg"), generated.GeneratedPassword)).ShouldBeTrue();
        (await s.Users.CheckPasswordAsync(await s.Accounts.FindAsync("oleg"), "a long enough passphrase")).ShouldBeFalse();
        var stored = await s.Db.Users.AsNoTracking().SingleAsync(u => u.UserName == "oleg");
        stored.PasswordHash!.ShouldNotContain(generated.GeneratedPassword);

        var list = await s.Accounts.ListAsync();
        list.Select(a => (a.Name, a.Role)).ShouldBe([("nadia", AccessRole.Analyst), ("oleg", AccessRole.Admin)]);
    }

    [Fact]
    public async Task Bad_names_and_passwords_are_refused_with_the_reason()
    {
        await using var s = await NewStoreAsync();
        await s.Accounts.AddAsync("nadia", AccessRole.Reader);
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.AddAsync("NADIA", AccessRole.Analyst))).Message.ShouldContain("already exists");
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.AddAsync("short", AccessRole.Analyst, "short"))).Message.ShouldContain("12 characters");
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.AddAsync("bad name!", AccessRole.Analyst))).Message.ShouldContain("bad name!");
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.RemoveAsync("nobody"))).Message.ShouldContain("no account 'nobody'");
        (await s.Db.Users.CountAsync()).ShouldBe(1, "a refused account leaves nothing behind");
    }

    [Fact]
    public async Task Changing_a_role_replaces_the_old_one_and_renews_the_security_stamp()
    {
        await using var s = await NewStoreAsync();
        await s.Accounts.AddAsync("nadia", AccessRole.Reader);
        var before = (await s.Db.Users.AsNoTracking().SingleAsync()).SecurityStamp;
        await s.Accounts.SetRoleAsync("nadia", AccessRole.Analyst);
        (await s.Users.GetRolesAsync(await s.Accounts.FindAsync("nadia"))).ShouldBe(["analyst"]);
        (await s.Db.Users.AsNoTracking().SingleAsync()).SecurityStamp.ShouldNotBe(before);
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_removed_demoted_or_locked()
    {
        await using var s = await NewStoreAsync();
        await s.Accounts.AddAsync("oleg", AccessRole.Admin);
        (await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.RemoveAsync("oleg"))).Message.ShouldContain("last administrator");
        await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.SetRoleAsync("oleg", AccessRole.Analyst));
        await Should.ThrowAsync<AccountRefusedException>(() => s.Accounts.LockAsync("oleg"));

        await s.Accounts.AddAsync("zara", AccessRole.Admin);
        await s.Accounts.RemoveAsync("oleg");
        (await s.Accounts.ListAsync()).Select(a => a.Name).ShouldBe(["zara"]);
    }

    [Fact]
    public async Task Lock_and_unlock()
    {
        await using var s = await NewStoreAsync();
        await s.Accounts.AddAsync("nadia", AccessRole.Analyst);
        await s.Accounts.LockAsync("nadia");
        var locked = (await s.Accounts.ListAsync()).Single();
        locked.LockedByAdministrator.ShouldBeTrue();
        (await s.Users.IsLockedOutAsync(await s.Accounts.FindAsync("nadia"))).ShouldBeTrue();
        await s.Accounts.UnlockAsync("nadia");
        (await s.Accounts.ListAsync()).Single().LockedUntil.ShouldBeNull();
    }

    [Fact]
    public async Task Api_tokens_are_stored_only_as_a_hash_work_until_revoked_and_go_with_their_owner()
    {
        await using var s = await NewStoreAsync();
        var nadia = (await s.Accounts.AddAsync("nadia", AccessRole.Analyst)).User;
        var created = await s.Tokens.CreateAsync(nadia.Id, "nightly feed script");
        created.Token.ShouldStartWith("bw_");
        created.Token.Length.ShouldBe(46);
        created.Row.Prefix.ShouldBe(created.Token[..10]);

        // The store holds the hash and the short prefix, never the token.
        var row = await s.Db.ApiTokens.AsNoTracking().SingleAsync();
        row.Hash.ShouldBe(ApiTokenService.Hash(created.Token));
        row.Hash.Length.ShouldBe(64);
        foreach (var value in new[] { row.Hash, row.Prefix, row.Name })
            value.ShouldNotContain(created.Token[10..]);

        var found = await s.Tokens.FindActiveAsync(created.Token);
        found!.Value.User.UserName.ShouldBe("nadia");
        (await s.Db.ApiTokens.AsNoTracking().SingleAsync()).LastUsedAt.ShouldNotBeNull();
        (await s.Tokens.FindActiveAsync(created.Token[..^1] + (created.Token[^1] == 'A' ? 'B' : 'A'))).ShouldBeNull();
        (await s.Tokens.FindActiveAsync("not a token")).ShouldBeNull();

        var other = (await s.Accounts.AddAsync("oleg", AccessRole.Admin)).User;
        (await s.Tokens.RevokeAsync(other.Id, row.Id)).ShouldBeFalse("only the owner revokes a token");
        (await s.Tokens.RevokeAsync(nadia.Id, row.Id)).ShouldBeTrue();
        (await s.Tokens.FindActiveAsync(created.Token)).ShouldBeNull();
        (await s.Tokens.ListAsync(nadia.Id)).Single().RevokedAt.ShouldNotBeNull();

        await s.Tokens.CreateAsync(nadia.Id, "second");
        await s.Accounts.RemoveAsync("nadia");
        (await s.Db.ApiTokens.CountAsync()).ShouldBe(0, "a removed account's tokens are removed with it");
    }
}

public sealed class SqliteAccountServiceTests(SqliteFixture fixture) : AccountServiceCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresAccountServiceTests(PostgresFixture fixture) : AccountServiceCases(fixture);
