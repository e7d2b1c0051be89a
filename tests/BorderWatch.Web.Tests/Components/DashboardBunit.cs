using BorderWatch.Core;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// A bUnit context as the app configures components: MudBlazor services, JS interop in loose mode (MudBlazor's
/// calls answer defaults), the dashboard options, and <see cref="StoreContexts"/> on a real seeded SQLite store.
/// </summary>
public static class DashboardBunit
{
    /// <param name="configure">Registers more services before any is retrieved (e.g. bUnit's persistent component state, an authorized user); without it, nobody is signed in.</param>
    public static BunitContext Create(DashboardFactory? store = null, int pageSize = 50, Action<BunitContext>? configure = null)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(Options.Create(new DashboardOptions { PageSize = pageSize }));
        ctx.Services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        ctx.Services.AddScoped<PrerenderStatus>();
        ctx.Services.AddSingleton<PrerenderedValues>();
        ctx.Services.AddScoped<PrerenderHandoff>();
        ctx.Services.AddSingleton(TimeProvider.System);
        // Pages show review state and, for analysts, actions: nobody is signed in unless a test says so.
        ctx.Services.AddScoped<BorderWatch.Web.Review.CurrentAnalyst>();
        ctx.Services.AddScoped<BorderWatch.Web.Review.ReviewDesk>();
        if (store is not null)
        {
            _ = store.Services;   // started: migrated and seeded
            ctx.Services.AddSingleton(new StoreContexts(Options.Create(new StoreOptions { ConnectionString = $"Data Source={store.DatabasePath}" })));
            ctx.Services.AddSingleton(new VersionedCache());
        }
        // More services (they must all be in before the first is read); without them, nobody is signed in.
        if (configure is not null) configure(ctx);
        else ctx.AddAuthorization();
        ctx.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return ctx;
    }

    public static BunitNavigationManager Navigation(this BunitContext ctx) => ctx.Services.GetRequiredService<BunitNavigationManager>();

    /// <summary>The path and query of the current URL ("/incidents?country=TKM").</summary>
    public static string Here(this BunitContext ctx)
    {
        var uri = new Uri(ctx.Navigation().Uri);
        return uri.PathAndQuery;
    }
}
