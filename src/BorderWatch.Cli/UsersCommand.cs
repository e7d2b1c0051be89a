using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Cli;

/// <summary>
/// <c>users add|list|role|lock|unlock|reset-password|remove</c>: accounts managed on the store, e.g. the first
/// administrator (<c>borderwatch users add NAME --role admin</c>). A generated password is printed once and stored only
/// hashed. Every change goes to the audit log as made by <c>cli:OSUSER</c>, with <c>--reason</c> as its why.
/// </summary>
public static class UsersCommand
{
    public static async Task<int> RunAsync(CommandLine line, BorderWatchDbContext db, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        await using var services = AccountRegistration.ForStore(db);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var sub = line.Arguments[0];
        var reason = line.Option("reason");
        try
        {
            string? password = null;
            if (line.Option("password-stdin") is not null)
            {
                password = (await stdin.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
                if (string.IsNullOrEmpty(password))
                {
                    await stderr.WriteLineAsync($"borderwatch: users {sub}: --password-stdin read no password (send it as the first line)");
                    return CliApp.UsageError;
                }
            }
            switch (sub)
            {
                case "add":
                    AccessRoles.TryParse(line.Option("role"), out var role);
                    var added = await accounts.AddAsync(line.Arguments[1], role, password, reason, ct);
                    await stdout.WriteLineAsync($"added {added.User.UserName} ({role.RoleName()})");
                    if (added.GeneratedPassword is not null)
                        await stdout.WriteLineAsync($"password (shown once, not stored): {added.GeneratedPassword}");
                    return CliApp.Ok;
                case "list":
                    var list = await accounts.ListAsync(ct);
                    if (list.Count == 0) await stdout.WriteLineAsync("no accounts (add the first admin: borderwatch users add NAME --role admin)");
                    foreach (var a in list)
                        await stdout.WriteLineAsync(ReportLine.Escape(
                            $"{a.Name,-24} {a.Role?.RoleName() ?? "none",-8} {State(a),-22} {a.ActiveTokens} token(s)  created {a.CreatedAt.UtcDateTime:yyyy-MM-dd}"));
                    return CliApp.Ok;
                case "role":
                    AccessRoles.TryParse(line.Arguments[2], out var newRole);
                    await accounts.SetRoleAsync(line.Arguments[1], newRole, reason, ct);
                    await stdout.WriteLineAsync($"{line.Arguments[1]} is now {newRole.RoleName()}");
                    return CliApp.Ok;
                case "lock":
                    await accounts.LockAsync(line.Arguments[1], reason, ct);
                    await stdout.WriteLineAsync($"{line.Arguments[1]} is locked until unlocked");
                    return CliApp.Ok;
                case "unlock":
                    await accounts.UnlockAsync(line.Arguments[1], reason, ct);
                    await stdout.WriteLineAsync($"{line.Arguments[1]} is unlocked");
                    return CliApp.Ok;
                case "reset-password":
                    var generated = await accounts.ResetPasswordAsync(line.Arguments[1], password, reason, ct);
                    await stdout.WriteLineAsync($"{line.Arguments[1]} has a new password; its sessions end");
                    if (generated is not null) await stdout.WriteLineAsync($"password (shown once, not stored): {generated}");
                    return CliApp.Ok;
                case "remove":
                    await accounts.RemoveAsync(line.Arguments[1], reason, ct);
                    await stdout.WriteLineAsync($"removed {line.Arguments[1]}");
                    return CliApp.Ok;
                default:
                    return CliApp.UsageError;
            }
        }
        catch (AccountRefusedException e)
        {
            await stderr.WriteLineAsync(ReportLine.Escape($"borderwatch: users {sub}: {e.Message}"));
            return CliApp.SomeFailed;
        }
    }

    private static string State(AccountSummary a) =>
        a.LockedByAdministrator ? "locked" : a.LockedUntil is { } until ? $"locked until {until.UtcDateTime:HH:mm} UTC" : "active";
}
