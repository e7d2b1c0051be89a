using BorderWatch.Cli.Tests.Hardening;
using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.AspNetCore.Identity;
using StoreOptions = BorderWatch.Core.StoreOptions;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Cli.Tests;

/// <summary><c>borderwatch users …</c> in-process on a real store, on SQLite and PostgreSQL.</summary>
public abstract class UsersCommandCases(IStoreTarget target)
{
    private async Task<(StoreOptions Options, Func<string?, string[], Task<(int Code, string Out, string Err)>> Run)> NewStoreAsync()
    {
        var (options, storeArgs) = await target.NewStoreAsync();
        var logs = Directory.CreateTempSubdirectory("bw-users-logs-").FullName;
        return (options, async (stdin, args) =>
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = await CliApp.RunAsync([.. storeArgs, "--logs", logs, .. args], stdout, stderr, default, new StringReader(stdin ?? ""));
            return (code, stdout.ToString(), stderr.ToString());
        });
    }

    private static async Task<bool> PasswordWorksAsync(StoreOptions options, string name, string password)
    {
        await using var db = StoreSetup.Open(options);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == name);
        var hasher = new PasswordHasher<BorderWatch.Core.Domain.BorderWatchUser>();
        return hasher.VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed;
    }

    [Fact]
    public async Task The_first_admin_gets_a_generated_password_printed_once_and_stored_hashed()
    {
        var (options, run) = await NewStoreAsync();
        var (code, output, err) = await run(null, ["users", "list"]);
        code.ShouldBe(0, err);
        output.ShouldContain("no accounts");

        (code, output, err) = await run(null, ["users", "add", "chief", "--role", "admin"]);
        code.ShouldBe(0, err);
        output.ShouldContain("added chief (admin)");
        var password = output.Split('\n').Single(l => l.StartsWith("password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        password.Length.ShouldBe(20);
        (await PasswordWorksAsync(options, "chief", password)).ShouldBeTrue();
        await using (var db = StoreSetup.Open(options))
            (await db.Users.SingleAsync()).PasswordHash!.ShouldNotContain(password);

        (code, output, _) = await run(null, ["users", "list"]);
        output.ShouldContain("chief");
        output.ShouldContain("admin");
        output.ShouldNotContain(password);
    }

    [Fact]
    public async Task A_password_from_stdin_is_used_and_never_printed()
    {
        var (options, run) = await NewStoreAsync();
        var (code, output, err) = await run("a passphrase from a pipe\n", ["users", "add", "nadia", "--role", "analyst", "--password-stdin"]);
        code.ShouldBe(0, err);
        output.ShouldNotContain("passphrase");
        output.ShouldNotContain("password");
        (await PasswordWorksAsync(options, "nadia", "a passphrase from a pipe")).ShouldBeTrue();

        (code, _, err) = await run("short\n", ["users", "add", "oleg", "--role", "analyst", "--password-stdin"]);
        code.ShouldBe(CliApp.SomeFailed);
        err.ShouldContain("12 characters");
        (code, _, err) = await run("", ["users", "add", "oleg", "--role", "analyst", "--password-stdin"]);
        code.ShouldBe(CliApp.UsageError);
        err.ShouldContain("read no password");
    }

    [Fact]
    public async Task Role_and_remove_change_the_account_and_refuse_losing_the_last_admin()
    {
        var (options, run) = await NewStoreAsync();
        (await run(null, ["users", "add", "chief", "--role", "admin"])).Code.ShouldBe(0);
        (await run(null, ["users", "add", "nadia", "--role", "reader"])).Code.ShouldBe(0);

        var (code, output, err) = await run(null, ["users", "role", "nadia", "analyst"]);
        code.ShouldBe(0, err);
        output.ShouldContain("nadia is now analyst");
        (await run(null, ["users", "list"])).Out.Split('\n').Single(l => l.StartsWith("nadia", StringComparison.Ordinal)).ShouldContain("analyst");

        (code, _, err) = await run(null, ["users", "role", "chief", "reader"]);
        code.ShouldBe(CliApp.SomeFailed);
        err.ShouldContain("last administrator");
        (code, _, err) = await run(null, ["users", "remove", "chief"]);
        code.ShouldBe(CliApp.SomeFailed);
        err.ShouldContain("last administrator");

        (code, output, _) = await run(null, ["users", "remove", "nadia"]);
        code.ShouldBe(0);
        output.ShouldContain("removed nadia");
        await using var db = StoreSetup.Open(options);
        (await db.Users.Select(u => u.UserName).ToListAsync()).ShouldBe(["chief"]);
    }

    [Fact]
    public async Task Reset_password_lock_and_unlock_change_the_account_and_every_change_is_audited_as_the_command_line()
    {
        var (options, run) = await NewStoreAsync();
        (await run(null, ["users", "add", "chief", "--role", "admin", "--reason", "first admin of the desk"])).Code.ShouldBe(0);
        (await run("a passphrase from a pipe\n", ["users", "add", "nadia", "--role", "analyst", "--password-stdin"])).Code.ShouldBe(0);

        var (code, output, err) = await run(null, ["users", "reset-password", "nadia", "--reason", "forgot it"]);
        code.ShouldBe(0, err);
        output.ShouldContain("nadia has a new password");
        var generated = output.Split('\n').Single(l => l.StartsWith("password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        (await PasswordWorksAsync(options, "nadia", generated)).ShouldBeTrue();
        (await PasswordWorksAsync(options, "nadia", "a passphrase from a pipe")).ShouldBeFalse();

        (code, output, err) = await run("another passphrase, chosen\n", ["users", "reset-password", "nadia", "--password-stdin"]);
        code.ShouldBe(0, err);
        output.ShouldNotContain("password (shown once");
        (await PasswordWorksAsync(options, "nadia", "another passphrase, chosen")).ShouldBeTrue();
        (code, _, err) = await run(null, ["users", "reset-password", "nobody"]);
        code.ShouldBe(CliApp.SomeFailed);
        err.ShouldContain("no account 'nobody'");

        (await run(null, ["users", "lock", "nadia", "--reason", "laptop stolen"])).Code.ShouldBe(0);
        (await run(null, ["users", "list"])).Out.Split('\n').Single(l => l.StartsWith("nadia", StringComparison.Ordinal)).ShouldContain("locked");
        (await run(null, ["users", "unlock", "nadia"])).Code.ShouldBe(0);
        (await run(null, ["users", "list"])).Out.Split('\n').Single(l => l.StartsWith("nadia", StringComparison.Ordinal)).ShouldContain("active");

        await using var db = StoreSetup.Open(options);
        var log = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        log.Select(e => (e.Action.ToString(), e.Account, e.Reason)).ShouldBe([
            ("AccountAdd", "chief", "first admin of the desk"), ("AccountAdd", "nadia", null), ("PasswordReset", "nadia", "forgot it"),
            ("PasswordReset", "nadia", null), ("AccountLock", "nadia", "laptop stolen"), ("AccountUnlock", "nadia", null)]);
        log.ShouldAllBe(e => e.Actor == "cli:" + Environment.UserName);
        foreach (var e in log)
            foreach (var secret in new[] { generated, "a passphrase from a pipe", "another passphrase, chosen" })
                (e.Before + e.After + e.Reason).ShouldNotContain(secret);
    }
}

public sealed class SqliteUsersCommandTests() : UsersCommandCases(new SqliteTarget());

[Collection(CliPostgresCollection.Name)]
public sealed class PostgresUsersCommandTests(PostgresFixture server) : UsersCommandCases(new PostgresTarget(server));
