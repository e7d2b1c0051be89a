using System.Text.Encodings.Web;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Access;

/// <summary>
/// <c>Authorization: Bearer bw_…</c>: a personal API token signs the request in as its owner, with the owner's
/// current role (looked up on every request, so a changed role or a lock applies at once). A token that is unknown,
/// revoked, or whose owner is locked out fails authentication: 401.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokenService tokens, UserManager<BorderWatchUser> users, IUserClaimsPrincipalFactory<BorderWatchUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string Bearer = "Bearer ";

    /// <summary>Whether the request carries a bearer token (then this scheme, not the cookie, decides who it is).</summary>
    public static bool Presents(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(Bearer, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Presents(Request)) return AuthenticateResult.NoResult();
        var presented = Request.Headers.Authorization.ToString()[Bearer.Length..].Trim();
        var found = await tokens.FindActiveAsync(presented, Context.RequestAborted);
        if (found is not { } f) return AuthenticateResult.Fail("The API token is unknown or revoked.");
        if (await users.IsLockedOutAsync(f.User)) return AuthenticateResult.Fail("The API token's account is locked.");
        var principal = await principals.CreateAsync(f.User);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    // Answers carry a problem body: an empty 401/403 would be re-executed as the not-found page.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.OnStarting(() =>
        {
            Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        });
        return ErrorResponses.WriteProblemAsync(Context, StatusCodes.Status401Unauthorized, "Sign-in required",
            "The API token is unknown or revoked, or its account is locked.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ErrorResponses.WriteProblemAsync(Context, StatusCodes.Status403Forbidden, "Not allowed", "This needs the analyst role (or admin).");
}
