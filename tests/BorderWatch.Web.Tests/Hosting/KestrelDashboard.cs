using System.Net;
using System.Text.Json;
using BorderWatch.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// The dashboard on real Kestrel (127.0.0.1, a free port) on an empty store (SQLite, or <see cref="Database"/>), so requests come from a real
/// client address; its Serilog JSON log (the file sink under <c>Logging:Dir</c>, here <c>logs/</c> next to the
/// store) can be read back with <see cref="LogEventsAsync"/>.
/// </summary>
public sealed class KestrelDashboard : DashboardFactory
{
    private readonly (string Key, string Value)[] settings;
    private readonly Action<IServiceCollection>? services;

    public KestrelDashboard(Action<IServiceCollection>? services = null, params (string Key, string Value)[] settings)
    {
        this.settings = settings;
        this.services = services;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    protected override bool ImportSeeds => false;

    /// <summary>The store the app runs on: this factory's SQLite file unless set (e.g. a database of the tests' PostgreSQL server).</summary>
    public StoreOptions? Database { get; init; }

    protected override StoreOptions Store => Database ?? base.Store;

    /// <summary>Where the app's Serilog file sinks write (<c>Logging:Dir</c> as <see cref="DashboardFactory"/> sets it).</summary>
    public string LogDirectory => Path.Combine(Path.GetDirectoryName(DatabasePath)!, "logs");

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        }
    }

    /// <summary>A plain HttpClient to the Kestrel address, with its own cookies, not following redirects.</summary>
    public HttpClient RealClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() })
    {
        BaseAddress = BaseAddress,
    };

    /// <summary>
    /// The factory registers its own Kestrel after the app's services, so the app's <see cref="Web.Hosting.WarmingServer"/>
    /// is wrapped around that one again (the warm-up itself stays off unless a test sets <c>Warmup:Enabled</c>).
    /// </summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        builder.ConfigureServices((_, s) => Web.Hosting.WarmingServer.Wrap(s));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureServices(services);
    }

    /// <summary>
    /// The events of the JSON log file(s) once one matches <paramref name="until"/> (the request log line is written
    /// after the answer is sent, so it may come a moment later). Read with sharing, as the sink keeps the file open.
    /// </summary>
    public async Task<List<JsonElement>> LogEventsAsync(Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);   // a missing event, not a slow machine
        while (true)
        {
            var events = new List<JsonElement>();
            foreach (var file in Directory.Exists(LogDirectory) ? Directory.GetFiles(LogDirectory, "*.json") : [])
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                while (await reader.ReadLineAsync() is { } line)
                    if (line.Length > 0 && line.EndsWith('}')) events.Add(JsonDocument.Parse(line).RootElement.Clone());
            }
            if (events.Any(until)) return events;
            if (DateTime.UtcNow > deadline)
                throw new ShouldAssertException($"no matching event among the {events.Count} events in {LogDirectory}; the last ones:\n"
                    + string.Join("\n", events.TakeLast(10).Select(e => e.TryGetProperty("RenderedMessage", out var m) ? m.GetString() : e.GetRawText())));
            await Task.Delay(100);
        }
    }
}

/// <summary>Reading a Serilog JSON event (<c>Serilog.Formatting.Json.JsonFormatter</c>).</summary>
public static class LogEvent
{
    public static string? Property(this JsonElement e, string name) =>
        e.TryGetProperty("Properties", out var p) && p.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Null ? null : v.GetRawText()
            : null;

    public static string Level(this JsonElement e) => e.TryGetProperty("Level", out var l) ? l.GetString()! : "Information";

    public static string Text(this JsonElement e) => e.GetRawText();
}
