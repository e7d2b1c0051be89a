using System.Globalization;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Accounts;

/// <summary>
/// Who makes account changes: the signed-in administrator or account holder on the web, <c>cli:OSUSER</c> on the
/// command line. Scoped: the web resolves it from the request's user.
/// </summary>
public sealed record AccountActor(string Name)
{
    /// <summary>The command line's actor: the operating-system account that ran it.</summary>
    public static AccountActor CommandLine => new("cli:" + Environment.UserName);
}

/// <summary>
/// An account as the audit log records it before and after a change: name, role, lock state, active API tokens and
/// (for password changes) what happened to the password. Never a password, token, hash or security stamp.
/// </summary>
public sealed record AccountSnapshot(string Name, string? Role, string Lock, int ActiveTokens, string? Password = null);

/// <summary>An API token as the audit log records it: its id and name and whether it is active; never the token or its hash.</summary>
public sealed record TokenSnapshot(int TokenId, string Token, string Status);

/// <summary>
/// Writes account changes to the append-only audit log (<see cref="AuditLog"/>), in the caller's transaction:
/// who (the <see cref="AccountActor"/>), when, which account, the snapshot before and after, and why.
/// </summary>
public sealed class AccountAuditTrail(BorderWatchDbContext db, AccountActor actor, TimeProvider clock)
{
    public string Actor => actor.Name;

    /// <summary>The account as the log shows it, read from the store now.</summary>
    public async Task<AccountSnapshot> SnapshotAsync(BorderWatchUser user, CancellationToken ct = default)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).ToListAsync(ct);
        var role = roles.Select(n => AccessRoles.TryParse(n, out var r) ? r : (AccessRole?)null).Where(r => r is not null).Max();
        var tokens = await db.ApiTokens.CountAsync(t => t.UserId == user.Id && t.RevokedAt == null, ct);
        return new AccountSnapshot(user.UserName ?? "", role?.RoleName(), LockText(user.LockoutEnd), tokens);
    }

    /// <summary>Appends the entry; <paramref name="by"/> names another actor than the scope's (the system's automatic lockout).</summary>
    public AuditEntry Record(AuditAction action, string account, object? before, object? after, string? reason, string? by = null)
    {
        if (action.AreaOf() != AuditArea.Accounts) throw new ArgumentOutOfRangeException(nameof(action), action, "not an account change");
        return AuditLog.Append(db, new AuditEntry
        {
            At = clock.GetUtcNow(), Actor = Truncate(by ?? actor.Name, 200)!, Action = action, Account = Truncate(account, 256),
            Before = Snapshot(before), After = Snapshot(after), Reason = Truncate(string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), 2000),
        });
    }

    private string LockText(DateTimeOffset? end) => end switch
    {
        { } e when e >= AccountService.LockedIndefinitely => "locked by an admin",
        { } e when e > clock.GetUtcNow() => "locked until " + e.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        _ => "none",
    };

    private static string? Snapshot(object? value) => value is null ? null : AuditLog.Snapshot(value);

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..(max - 1)] + "…";
}
