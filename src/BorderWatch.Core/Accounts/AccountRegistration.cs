using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderWatch.Core.Accounts;

/// <summary>DI for accounts: Identity's user manager on the store, the password and lockout policy, the services.</summary>
public static class AccountRegistration
{
    /// <summary>Failed sign-ins before a lockout, and how long it lasts.</summary>
    public const int LockoutAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>Shortest accepted password (length, not character classes, is what makes a password strong).</summary>
    public const int MinPasswordLength = 12;

    public static IdentityBuilder AddBorderWatchAccounts(this IServiceCollection services)
    {
        var identity = services.AddIdentityCore<BorderWatchUser>(ApplyPolicy)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BorderWatchDbContext>()
            .AddUserManager<BorderWatchUsers>();
        services.TryAddSingleton(TimeProvider.System);
        // Who makes account changes: the host says (the web: the request's user); otherwise the command line's OS account.
        services.TryAddScoped(_ => AccountActor.CommandLine);
        services.TryAddScoped(sp => new AccountAuditTrail(sp.GetRequiredService<BorderWatchDbContext>(), sp.GetRequiredService<AccountActor>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddScoped(sp => new AccountService(sp.GetRequiredService<UserManager<BorderWatchUser>>(),
            sp.GetRequiredService<BorderWatchDbContext>(), sp.GetRequiredService<AccountAuditTrail>(), sp.GetService<TimeProvider>()));
        services.TryAddScoped(sp => new ApiTokenService(sp.GetRequiredService<BorderWatchDbContext>(), sp.GetRequiredService<AccountAuditTrail>(),
            sp.GetService<TimeProvider>()));
        return identity;
    }

    /// <summary>
    /// The account services over one open context, for the CLI and tests, with <paramref name="actor"/> (default: the
    /// command line's OS account) named in the audit log; the caller disposes the provider.
    /// </summary>
    public static ServiceProvider ForStore(BorderWatchDbContext db, AccountActor? actor = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(db);
        services.AddSingleton(actor ?? AccountActor.CommandLine);
        if (clock is not null) services.AddSingleton(clock);
        services.AddBorderWatchAccounts();
        return services.BuildServiceProvider();
    }

    private static void ApplyPolicy(IdentityOptions o)
    {
        o.Password.RequiredLength = MinPasswordLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = LockoutAttempts;
        o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        o.User.RequireUniqueEmail = false;
    }
}
