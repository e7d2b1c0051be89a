namespace BorderWatch.Web.Hosting;

/// <summary>
/// Security headers on every response: no MIME sniffing, no referrer sent off-site, no framing by other sites, and a
/// content security policy interactive Blazor Server and MudBlazor live with (own scripts only; inline styles, which
/// MudBlazor writes; WebSocket connections back to this host for SignalR). A response that set its own policy (the raw
/// article view is sandboxed) keeps it.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey("Content-Security-Policy"))
                headers.ContentSecurityPolicy = Policy(context.Request.Host.Value);
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>The page policy for <paramref name="host"/> (its ws/wss origins are allowed for the SignalR circuit).</summary>
    public static string Policy(string? host)
    {
        var sockets = string.IsNullOrEmpty(host) ? "" : $" ws://{host} wss://{host}";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
               $"font-src 'self' data:; connect-src 'self'{sockets}; object-src 'none'; base-uri 'self'; form-action 'self'; " +
               "frame-ancestors 'none'";
    }
}
