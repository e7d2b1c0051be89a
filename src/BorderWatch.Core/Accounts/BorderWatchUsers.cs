using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BorderWatch.Core.Accounts;

/// <summary>
/// Identity's user manager with one addition: when failed sign-ins lock an account, the lockout goes to the audit log
/// (who: <see cref="Actor"/>, the account, before and after, why: how many failed sign-ins), in one transaction with
/// the lockout itself. An administrator's lock is audited by <see cref="AccountService"/>; failed attempts that do
/// not lock are not logged here (the sign-in page logs them).
/// </summary>
public sealed class BorderWatchUsers(
    IUserStore<BorderWatchUser> store, IOptions<IdentityOptions> options, IPasswordHasher<BorderWatchUser> hasher,
    IEnumerable<IUserValidator<BorderWatchUser>> userValidators, IEnumerable<IPasswordValidator<BorderWatchUser>> passwordValidators,
    ILookupNormalizer normalizer, IdentityErrorDescriber errors, IServiceProvider services, ILogger<UserManager<BorderWatchUser>> logger)
    : UserManager<BorderWatchUser>(store, options, hasher, userValidators, passwordValidators, normalizer, errors, services, logger)
{
    /// <summary>The audit log's actor for a lockout nobody chose: the sign-in check itself.</summary>
    public const string Actor = "sign-in";

    private readonly IServiceProvider services = services;

    public override async Task<IdentityResult> AccessFailedAsync(BorderWatchUser user)
    {
        var wasLocked = await IsLockedOutAsync(user);
        var failures = await GetAccessFailedCountAsync(user) + 1;
        var db = services.GetRequiredService<BorderWatchDbContext>();
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(CancellationToken) : null;
        var result = await base.AccessFailedAsync(user);
        if (result.Succeeded && !wasLocked && await IsLockedOutAsync(user))
        {
            var audit = services.GetRequiredService<AccountAuditTrail>();
            var after = await audit.SnapshotAsync(user, CancellationToken);
            // Not locked before this attempt: an expired lockout reads "none" too.
            audit.Record(AuditAction.AccountLock, user.UserName ?? "", after with { Lock = "none" }, after,
                $"{failures} failed sign-ins", by: Actor);
            await db.SaveChangesAsync(CancellationToken);
        }
        if (transaction is not null) await transaction.CommitAsync(CancellationToken);
        return result;
    }
}
