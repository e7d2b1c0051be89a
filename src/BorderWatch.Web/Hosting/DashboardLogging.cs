using Serilog;
using Serilog.Formatting.Json;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// Serilog through Serilog.AspNetCore: console, a rolling plain log and a rolling JSON log with structured
/// properties under <c>Logging:Dir</c> (default <c>logs/</c>), and one structured line per request.
/// </summary>
public static class DashboardLogging
{
    public static WebApplicationBuilder AddDashboardLogging(this WebApplicationBuilder builder)
    {
        // The app's own logger, not the static Log.Logger: several hosts in one process (the test suites) each log to
        // their own files, and disposing one host does not silence the others (Log.CloseAndFlush on the static logger).
        builder.Services.AddSerilog((_, lc) => Configure(lc, builder.Configuration, builder.Environment), preserveStaticLogger: true);
        return builder;
    }

    public static LoggerConfiguration Configure(LoggerConfiguration lc, IConfiguration configuration, IHostEnvironment environment)
    {
        var dir = configuration["Logging:Dir"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(environment.ContentRootPath, "logs");
        return lc
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .WriteTo.File(Path.Combine(dir, "borderwatch-web-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(dir, "borderwatch-web-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
    }

    /// <summary>
    /// One line per request with method, path, status, time, and the endpoint, user agent, signed-in user and client
    /// address as properties. Refusals that matter to security (401, 403, 413, 414, 429: access denied, limits hit)
    /// are warnings, so they stand out of the request log with who and from where (ASVS V7).
    /// </summary>
    public static IApplicationBuilder UseDashboardRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(o =>
    {
        o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();   // this app's logger (see AddDashboardLogging)
        o.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            diagnostics.Set("Endpoint", http.GetEndpoint()?.DisplayName);
            diagnostics.Set("QueryString", http.Request.QueryString.Value);
            diagnostics.Set("UserAgent", http.Request.Headers.UserAgent.ToString());
            diagnostics.Set("User", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : null);
            diagnostics.Set("ClientAddress", http.Connection.RemoteIpAddress?.ToString());
        };
        o.GetLevel = (http, _, error) => StartupWarmup.IsWarmup(http) && error is null && http.Response.StatusCode < 500 ? Serilog.Events.LogEventLevel.Debug
            : error is not null || http.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
            : IsSecurityRefusal(http.Response.StatusCode) ? Serilog.Events.LogEventLevel.Warning
            : Serilog.Events.LogEventLevel.Information;
    });

    /// <summary>Access refused (401, 403) or a request limit hit (413, 414, 429).</summary>
    public static bool IsSecurityRefusal(int status) => status is 401 or 403 or 413 or 414 or 429;
}
