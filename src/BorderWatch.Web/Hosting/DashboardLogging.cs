using Serilog;
using Serilog.Formatting.Json;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// Serilog through Serilog.Extensions.Logging (Serilog.AspNetCore cannot be restored here): console, a rolling
/// plain log and a rolling JSON log with structured properties under <c>Logging:Dir</c> (default <c>logs/</c>).
/// </summary>
public static class DashboardLogging
{
    public static Serilog.ILogger Create(IConfiguration configuration, IHostEnvironment environment)
    {
        var dir = configuration["Logging:Dir"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(environment.ContentRootPath, "logs");
        return new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .WriteTo.File(Path.Combine(dir, "borderwatch-web-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .WriteTo.File(new JsonFormatter(renderMessage: true), Path.Combine(dir, "borderwatch-web-.json"),
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
            .CreateLogger();
    }
}
