using BorderWatch.Core.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Access;

/// <summary>The authorization policies: read (open unless configured), analyst (analyst or admin), admin.</summary>
public static class AccessPolicies
{
    /// <summary>Pages and read APIs: anyone, or signed-in accounts when <see cref="AccessOptions.ReadRequiresSignIn"/>.</summary>
    public const string Read = "read";

    /// <summary>Ingesting, reviewing, reprocessing, editing.</summary>
    public const string Analyst = "analyst";

    /// <summary>Managing users.</summary>
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions o)
    {
        o.AddPolicy(Read, p => p.AddRequirements(new ReadAccessRequirement()));
        o.AddPolicy(Analyst, p => p.RequireAuthenticatedUser().RequireRole(AccessRole.Analyst.RoleName(), AccessRole.Admin.RoleName()));
        o.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(AccessRole.Admin.RoleName()));
    }
}

/// <summary>Met by everyone while reading is open, by signed-in accounts once it is not (read per request, so a changed setting applies).</summary>
public sealed class ReadAccessRequirement : IAuthorizationRequirement;

public sealed class ReadAccessHandler(IOptionsMonitor<AccessOptions> options) : AuthorizationHandler<ReadAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadAccessRequirement requirement)
    {
        if (!options.CurrentValue.ReadRequiresSignIn || context.User.Identity?.IsAuthenticated == true)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
