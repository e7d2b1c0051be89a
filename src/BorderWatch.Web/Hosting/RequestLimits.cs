using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.SignalR;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// Server-side request limits, each refused with a problem-details answer that says which limit and by how much:
/// the request body, the number of files and form values per upload, the query string. The Kestrel limits sit a
/// little above these so the clear answer is given before the server's bare one; SignalR messages (the interactive
/// upload streams its files in chunks) are capped too. The limits are checked before authentication runs (no work for
/// a request that is refused anyway), so a refusal reads the caller's cookie or API token itself: its request-log line
/// names the signed-in user like every other security refusal's (ASVS 7.1.3).
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 32L * 1024 * 1024;
    public const int MaxFormEntries = 200;
    public const int MaxQueryLength = 8 * 1024;
    public const long MaxHubMessageBytes = 64 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(k =>
        {
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
            // Room to read a too-long query string and say so (the default 8 KB line limit answers a bare 414).
            k.Limits.MaxRequestLineSize = 256 * 1024;
            k.Limits.MaxRequestBufferSize = 1024 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 288 * 1024;
        });
        services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = MaxBodyBytes;
            f.ValueCountLimit = MaxFormEntries;
            f.ValueLengthLimit = 8 * 1024 * 1024;
            f.MemoryBufferThreshold = 64 * 1024;   // larger uploads buffer to disk, not to memory
        });
        services.Configure<HubOptions>(h => h.MaximumReceiveMessageSize = MaxHubMessageBytes);
        return services;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var query = context.Request.QueryString.Value?.Length ?? 0;
        if (query > MaxQueryLength)
        {
            await IdentifyCallerAsync(context);
            await ErrorResponses.WriteProblemAsync(context, StatusCodes.Status414RequestUriTooLong, "Query string too long",
                $"The query string is {query.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the {MaxQueryLength:N0} accepted.");
            return;
        }
        if (context.Request.ContentLength is long length && length > MaxBodyBytes)
        {
            await IdentifyCallerAsync(context);
            await ErrorResponses.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Request too large",
                $"The request body is {Megabytes(length)} MB, more than the {Megabytes(MaxBodyBytes)} MB accepted (upload fewer or smaller files).");
            return;
        }
        await next(context);
    });

    /// <summary>
    /// Who sent a refused request, for its log line: the default scheme (cookie or API token) authenticates it from the
    /// headers alone, the body is never read. A missing, forged or expired credential leaves the request anonymous.
    /// </summary>
    private static async Task IdentifyCallerAsync(HttpContext context)
    {
        var caller = await context.AuthenticateAsync();
        if (caller.Succeeded) context.User = caller.Principal;
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
