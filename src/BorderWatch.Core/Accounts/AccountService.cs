using System.Security.Cryptography;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Accounts;

/// <summary>One account as the users list shows it.</summary>
public sealed record AccountSummary(string Id, string Name, AccessRole? Role, DateTimeOffset CreatedAt, DateTimeOffset? LockedUntil,
    int FailedSignIns, int ActiveTokens)
{
    public bool LockedByAdministrator => LockedUntil >= AccountService.LockedIndefinitely;
}

/// <summary>A new account; <see cref="GeneratedPassword"/> is set when the password was generated (shown once, never stored).</summary>
public sealed record CreatedAccount(BorderWatchUser User, AccessRole Role, string? GeneratedPassword);

/// <summary>An account change that was refused: the message says which account or value and why.</summary>
public sealed class AccountRefusedException(string message) : Exception(message)
{
    /// <summary>A refused password: each password rule it breaks, one line each (empty for other refusals).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}

/// <summary>
/// Adds, lists, removes, re-roles, locks and unlocks accounts and sets passwords (the CLI's <c>users</c> commands, the
/// admin's users page, the account's own password page). Every account has exactly one <see cref="AccessRole"/>; the
/// last administrator can be neither removed nor demoted, so a store with an admin never loses it by mistake.
/// Passwords go through Identity's hasher and validators. Every change is one transaction with its audit entry
/// (<see cref="AccountAuditTrail"/>): who, when, which account, before, after and why, never a secret.
/// </summary>
public sealed class AccountService(UserManager<BorderWatchUser> users, BorderWatchDbContext db, AccountAuditTrail audit, TimeProvider? clock = null)
{
    /// <summary>Lockout end set by an administrator's "lock": far enough to mean "until unlocked".</summary>
    public static readonly DateTimeOffset LockedIndefinitely = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>A random 20-character password (about 116 bits), for accounts created without one.</summary>
    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 20);

    public Task<CreatedAccount> AddAsync(string name, AccessRole role, string? password = null, string? reason = null, CancellationToken ct = default) =>
        InTransactionAsync(async () =>
        {
            name = (name ?? "").Trim();
            if (name.Length == 0) throw new AccountRefusedException("name: an account needs a name");
            if (await users.FindByNameAsync(name) is not null) throw new AccountRefusedException($"name: an account '{name}' already exists");
            var generated = password is null ? GeneratePassword() : null;
            var user = new BorderWatchUser { UserName = name, CreatedAt = clock.GetUtcNow(), LockoutEnabled = true };
            Check(await users.CreateAsync(user, password ?? generated!), $"account '{name}'");
            Check(await users.AddToRoleAsync(user, role.RoleName()), $"account '{name}'");
            audit.Record(AuditAction.AccountAdd, name, null, await audit.SnapshotAsync(user, ct), reason);
            return new CreatedAccount(user, role, generated);
        }, ct);

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct = default)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var tokens = await db.ApiTokens.Where(t => t.RevokedAt == null).GroupBy(t => t.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.UserId, g => g.Count, ct);
        var rows = await db.Users.AsNoTracking().ToListAsync(ct);
        return rows.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(u => new AccountSummary(u.Id, u.UserName ?? "", Highest(roles.Where(r => r.UserId == u.Id).Select(r => r.Name)), u.CreatedAt,
                u.LockoutEnd > clock.GetUtcNow() ? u.LockoutEnd : null, u.AccessFailedCount, tokens.GetValueOrDefault(u.Id)))
            .ToList();
    }

    /// <summary>The role of <paramref name="user"/> (the highest, should a store hold several).</summary>
    public async Task<AccessRole?> RoleOfAsync(BorderWatchUser user) => Highest(await users.GetRolesAsync(user));

    public Task RemoveAsync(string name, string? reason = null, CancellationToken ct = default) =>
        ChangeAsync(name, AuditAction.AccountRemove, reason, async user =>
        {
            await RefuseLosingLastAdminAsync(user, "removed");
            Check(await users.DeleteAsync(user), $"account '{name}'");
            return false;
        }, ct);

    public Task SetRoleAsync(string name, AccessRole role, string? reason = null, CancellationToken ct = default) =>
        ChangeAsync(name, AuditAction.AccountRole, reason, async user =>
        {
            if (role != AccessRole.Admin) await RefuseLosingLastAdminAsync(user, $"made {role.RoleName()}");
            var current = await users.GetRolesAsync(user);
            if (current.Count > 0) Check(await users.RemoveFromRolesAsync(user, current), $"account '{name}'");
            Check(await users.AddToRoleAsync(user, role.RoleName()), $"account '{name}'");
            // A new security stamp signs the account's cookies out at their next check, so the old role stops applying.
            Check(await users.UpdateSecurityStampAsync(user), $"account '{name}'");
            return true;
        }, ct);

    /// <summary>Locks the account until an administrator unlocks it; its sessions end at their next check.</summary>
    public Task LockAsync(string name, string? reason = null, CancellationToken ct = default) =>
        ChangeAsync(name, AuditAction.AccountLock, reason, async user =>
        {
            await RefuseLosingLastAdminAsync(user, "locked");
            Check(await users.SetLockoutEnabledAsync(user, true), $"account '{name}'");
            Check(await users.SetLockoutEndDateAsync(user, LockedIndefinitely), $"account '{name}'");
            Check(await users.UpdateSecurityStampAsync(user), $"account '{name}'");
            return true;
        }, ct);

    /// <summary>Ends a lockout (an administrator's or one after failed sign-ins) and forgets the failed attempts.</summary>
    public Task UnlockAsync(string name, string? reason = null, CancellationToken ct = default) =>
        ChangeAsync(name, AuditAction.AccountUnlock, reason, async user =>
        {
            Check(await users.SetLockoutEndDateAsync(user, null), $"account '{name}'");
            Check(await users.ResetAccessFailedCountAsync(user), $"account '{name}'");
            return true;
        }, ct);

    /// <summary>
    /// An administrator sets a new password for <paramref name="name"/>: <paramref name="newPassword"/>, or a generated
    /// one returned here (shown once, stored only hashed). The new security stamp ends the account's sessions.
    /// </summary>
    public async Task<string?> ResetPasswordAsync(string name, string? newPassword = null, string? reason = null, CancellationToken ct = default)
    {
        var generated = newPassword is null ? GeneratePassword() : null;
        await ChangeAsync(name, AuditAction.PasswordReset, reason, async user =>
        {
            await SetPasswordAsync(user, newPassword ?? generated!, "new password");
            return true;
        }, ct, password: true);
        return generated;
    }

    /// <summary>
    /// The account holder changes their own password: the current one must match (a wrong one is refused and changes
    /// nothing), the new one passes the password rules. The new security stamp ends the account's other sessions.
    /// </summary>
    public Task ChangePasswordAsync(BorderWatchUser user, string currentPassword, string newPassword, CancellationToken ct = default) =>
        ChangeAsync(user.UserName ?? "", AuditAction.PasswordChange, null, async stored =>
        {
            if (!await users.CheckPasswordAsync(stored, currentPassword ?? "")) throw new AccountRefusedException("current password: this is not your current password");
            if (string.Equals(currentPassword, newPassword, StringComparison.Ordinal)) throw new AccountRefusedException("new password: it is the same as the current one");
            await SetPasswordAsync(stored, newPassword, "new password");
            return true;
        }, ct, password: true);

    public async Task<BorderWatchUser> FindAsync(string name) =>
        await users.FindByNameAsync((name ?? "").Trim()) ?? throw new AccountRefusedException($"name: there is no account '{name}'");

    /// <summary>One change of one account, in one transaction with its audit entry (the snapshot after is read only if the account remains).</summary>
    private Task ChangeAsync(string name, AuditAction action, string? reason, Func<BorderWatchUser, Task<bool>> change, CancellationToken ct, bool password = false) =>
        InTransactionAsync(async () =>
        {
            var user = await FindAsync(name);
            var before = await audit.SnapshotAsync(user, ct);
            var remains = await change(user);
            var after = remains ? await audit.SnapshotAsync(user, ct) : null;
            if (password)
            {
                before = before with { Password = "set" };
                after = after! with { Password = "replaced; every session of the account signed out" };
            }
            audit.Record(action, user.UserName ?? name, before, after, reason);
            return true;
        }, ct);

    /// <summary>Validates <paramref name="password"/> with Identity's rules, then replaces the hash and the security stamp.</summary>
    private async Task SetPasswordAsync(BorderWatchUser user, string password, string field)
    {
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password ?? "");
            if (!result.Succeeded) problems.AddRange(result.Errors.Select(e => e.Description));
        }
        if (problems.Count > 0) throw new AccountRefusedException($"{field}: {string.Join(" ", problems)}") { Problems = problems };
        Check(await users.RemovePasswordAsync(user), $"account '{user.UserName}'");
        Check(await users.AddPasswordAsync(user, password!), $"account '{user.UserName}'");
    }

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) { var inner = await work(); await db.SaveChangesAsync(ct); return inner; }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await work();
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task RefuseLosingLastAdminAsync(BorderWatchUser user, string what)
    {
        if (!await users.IsInRoleAsync(user, AccessRole.Admin.RoleName())) return;
        var admins = await users.GetUsersInRoleAsync(AccessRole.Admin.RoleName());
        var now = clock.GetUtcNow();
        if (admins.Count(a => a.Id != user.Id && !(a.LockoutEnd > now)) == 0)
            throw new AccountRefusedException($"account '{user.UserName}' is the last administrator and cannot be {what}: make another admin first");
    }

    private static AccessRole? Highest(IEnumerable<string?> roleNames)
    {
        AccessRole? best = null;
        foreach (var name in roleNames)
            if (AccessRoles.TryParse(name, out var r) && (best is null || r > best)) best = r;
        return best;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new AccountRefusedException($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
