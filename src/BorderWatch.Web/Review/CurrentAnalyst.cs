using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace BorderWatch.Web.Review;

/// <summary>Who is signed in, as the review pages need it: a name for the record and what they may do.</summary>
public sealed record Analyst(string Name, bool MayReview, bool IsAdmin);

/// <summary>
/// The signed-in analyst, read from the Blazor authentication state. Null when nobody is signed in (or the app has
/// no sign-in): pages then show read-only views and no action buttons. Admins may review too.
/// </summary>
public sealed class CurrentAnalyst(IServiceProvider services)
{
    public const string AnalystRole = "analyst";
    public const string AdminRole = "admin";

    public async Task<Analyst?> GetAsync()
    {
        // Without a sign-in scheme there may be no provider at all: then nobody is signed in.
        if (services.GetService(typeof(AuthenticationStateProvider)) is not AuthenticationStateProvider auth) return null;
        ClaimsPrincipal user;
        try { user = (await auth.GetAuthenticationStateAsync()).User; }
        catch (InvalidOperationException) { return null; }   // no state set (a component rendered outside a request)
        var name = user.Identity?.Name;
        if (user.Identity?.IsAuthenticated != true || string.IsNullOrWhiteSpace(name)) return null;
        var admin = user.IsInRole(AdminRole);
        return new Analyst(name.Trim(), admin || user.IsInRole(AnalystRole), admin);
    }

    /// <summary>The analyst's name when they may make decisions, else null.</summary>
    public async Task<string?> ReviewerAsync() => await GetAsync() is { MayReview: true } a ? a.Name : null;
}
