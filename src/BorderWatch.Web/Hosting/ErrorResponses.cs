using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// What a client sees when something goes wrong, in every environment (the developer exception page never
/// answers): API requests and requests the server itself finds bad (a body over the limit, a malformed form) get
/// RFC 7807 problem details with a trace id that is also in the log; pages get the friendly error page with that id.
/// No exception text or stack trace is ever sent. <c>/error</c> requested directly (not as the re-executed error
/// page) is not found rather than an error.
/// </summary>
public static class ErrorResponses
{
    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.Remove("exception");
            c.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? c.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Binding failures (a bad number or boolean in a query value) become plain 400 answers, never thrown exceptions.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        return services;
    }

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", CreateScopeForErrors = true });
        app.Use((context, next) =>
        {
            if (context.Request.Path.Equals("/error", StringComparison.OrdinalIgnoreCase)
                && context.Features.Get<IExceptionHandlerPathFeature>() is null)
                return WriteProblemAsync(context, StatusCodes.Status404NotFound, "Not found", "There is no page here.");
            return next(context);
        });
        return app;
    }

    public static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted) return;
        context.Response.Clear();
        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        var problems = context.RequestServices.GetService<IProblemDetailsService>();
        if (problems is not null && await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
            return;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}

/// <summary>Answers API exceptions and bad requests with problem details; other page errors go on to the error page.</summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", Reason(bad.StatusCode)),
            InvalidDataException => (StatusCodes.Status400BadRequest, "Bad request", "The form could not be read (too many entries, or a malformed body)."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "Request cancelled", "The client went away."),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong", "The error has been logged; quote the trace id when reporting it."),
        };
        var isApi = context.Request.Path.StartsWithSegments("/api");
        if (status == StatusCodes.Status500InternalServerError && !isApi) return false;   // the friendly page
        if (status == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path.Value);
        await ErrorResponses.WriteProblemAsync(context, status, title, detail);
        return true;
    }

    private static string Reason(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than the {RequestLimits.MaxBodyBytes / (1024 * 1024)} MB accepted.",
        StatusCodes.Status414RequestUriTooLong => "The address is too long.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request headers are too large.",
        _ => "The request could not be read.",
    };
}
