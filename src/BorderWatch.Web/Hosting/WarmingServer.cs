using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// The server, started only after the warm-up (<see cref="StartupWarmup"/>): the warm-up's requests go through the same
/// application the server is given, and the server listens (and logs "Now listening") once it is done.
/// </summary>
public sealed class WarmingServer(IServer inner, StartupWarmup warmup) : IServer
{
    public IFeatureCollection Features => inner.Features;

    public async Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull
    {
        await warmup.RunAsync(application, cancellationToken);
        await inner.StartAsync(application, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    public void Dispose() => inner.Dispose();

    /// <summary>
    /// Wraps the server registered so far (Kestrel, in the app) in a <see cref="WarmingServer"/>, made as it was
    /// registered. A server registered after this (a test host) replaces it and starts without warm-up.
    /// </summary>
    public static IServiceCollection Wrap(IServiceCollection services)
    {
        services.TryAddSingleton<StartupWarmup>();
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(IServer));
        if (descriptor is null || descriptor.IsKeyedService) return services;
        services.Remove(descriptor);
        if (descriptor.ImplementationType is { } type) services.AddSingleton(type);   // its constructor chosen by the container, as before
        services.AddSingleton<IServer>(sp => new WarmingServer(Inner(sp, descriptor), sp.GetRequiredService<StartupWarmup>()));
        return services;
    }

    private static IServer Inner(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance as IServer
        ?? (IServer?)d.ImplementationFactory?.Invoke(sp)
        ?? (IServer)sp.GetRequiredService(d.ImplementationType!);
}
