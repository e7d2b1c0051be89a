using BorderWatch.Core;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Web.Access;
using BorderWatch.Web.Api;
using BorderWatch.Web.Components;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Ingest;
using BorderWatch.Web.Map;
using BorderWatch.Web.Review;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace BorderWatch.Web.Hosting;

/// <summary>The dashboard's services and request pipeline, so Program.cs stays a short list of steps.</summary>
public static class DashboardHosting
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        services.Configure<SeedImportOptions>(builder.Configuration.GetSection(SeedImportOptions.Section));
        services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        services.Configure<WarmupOptions>(builder.Configuration.GetSection(WarmupOptions.Section));
        WarmingServer.Wrap(services);   // the hot pages rendered before the server listens (StartupWarmup)
        services.AddBorderWatchStore();
        // Every commit of this process drops the version the output caches keep on PostgreSQL (StoreVersionWatch).
        services.AddSingleton<InProcessWrites>();
        services.AddSingleton<InProcessWriteInterceptor>();
        services.ConfigureDbContext<BorderWatchDbContext>((sp, b) => b.AddInterceptors(sp.GetRequiredService<InProcessWriteInterceptor>()));
        services.AddSingleton<StoreContexts>();
        services.AddSingleton<VersionedCache>();
        services.AddSingleton<StoreVersionWatch>();   // the output caches' key: a pragma per request while nothing is written
        // One parser, type model and detector for the process, owned by DI: IngestionService (ingest jobs, uploads,
        // seed import) and ReprocessRun receive this detector, so IncidentDetector.Default (the static for callers
        // outside DI: CLI, tests, benchmarks) is never loaded here as a second copy of the models.
        services.AddSentenceParser();
        services.AddIncidentDetection();
        services.AddScoped<IngestionService>();
        services.AddScoped<IngestBatch>();
        services.AddBorderWatchReview();   // EventProposals after every write path, the review and event services
        services.AddIngestJobs(builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<PrerenderStatus>();
        services.AddSingleton<PrerenderedValues>();
        services.AddScoped<PrerenderHandoff>();
        services.AddScoped<CurrentAnalyst>();
        services.AddScoped<ReviewDesk>();
        services.AddScoped<ReprocessRun>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddRegionMap();
        services.AddResponseCompression();
        // The JSON API's reads, keyed by the store's version (ApiOutputCache); a write makes the next request miss.
        // Pages marked CachedForAnonymousVisitors (overview, border timeline, incident list), for anonymous visitors, keyed the same way.
        services.AddOutputCache(o =>
        {
            o.AddPolicy(ApiOutputCache.PolicyName, new ApiOutputCache());
            o.AddPolicy(AnonymousPageCache.PolicyName, new AnonymousPageCache());
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddOpenApi();
        services.AddErrorResponses();
        services.AddRequestLimits();
        services.AddUrlIngest(builder.Configuration);
        services.AddAccess(builder.Configuration);
        return builder;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        // Every read of the kept reference rows first brings the store's version up to date (a pragma on SQLite), so a
        // commit of another process that added an actor or a border drops them before any page reads them.
        var watch = app.Services.GetRequiredService<StoreVersionWatch>();
        app.Services.GetRequiredService<BorderWatch.Core.Queries.StoreReferences>().Freshen = async ct => await watch.CurrentAsync(ct);
        app.UseSecurityHeaders();
        app.UseHsts();   // HTTPS answers only, never for localhost (ASVS 14.4.5)
        app.UseErrorResponses();
        app.UseDashboardRequestLogging();   // before the limits, so their refusals are logged too
        app.UseRequestLimits();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseResponseCompression();
        app.UseAccess();
        app.UseOutputCache();   // after authorization: a cached answer is only served to a caller allowed to read it
        AnonymousPageCache.UseAnonymousPageCookies(app);   // inside the output cache: a cached page carries no cookie
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.MapStaticAssets();
        // The API's description and reference page are read like the API: open unless reading requires sign-in.
        app.MapOpenApi().RequireAuthorization(AccessPolicies.Read);
        app.MapScalarApiReference(o => o.WithTitle("BorderWatch API")).RequireAuthorization(AccessPolicies.Read);
        app.MapBorderWatchApi();
        app.MapAccountEndpoints();
        // The circuit's own "frame-ancestors 'self'" header would stand in for the whole policy (SecurityHeaders keeps
        // a policy a response already has); the full policy forbids framing altogether.
        // Pages follow the read policy (open unless BorderWatch:Access:ReadRequiresSignIn); stronger ones sit on the pages.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null)
            .RequireAuthorization(AccessPolicies.Read).CacheOutput(AnonymousPageCache.PolicyName);
        return app;
    }
}
