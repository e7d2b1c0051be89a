using BorderWatch.Core.Domain;
using BorderWatch.Web.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace BorderWatch.Web.Access;

/// <summary>Sign-out: a form post, its antiforgery token checked here (a forged post is a 400, never a sign-out).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/sign-out", SignOutAsync).WithName("SignOut").ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<BorderWatchUser> signIn)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            await ErrorResponses.WriteProblemAsync(context, StatusCodes.Status400BadRequest, "The form cannot be accepted",
                "The sign-out form's antiforgery token is missing or invalid (reload the page and try again).");
            return;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        await signIn.SignOutAsync();
        context.Response.Redirect(LocalUrl.OrHome(form["returnUrl"]));
    }
}

/// <summary>Only local paths are followed after sign-in and sign-out (no open redirect).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : "/";
}
