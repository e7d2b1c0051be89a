using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Web.Api;
using BorderWatch.Web.Components;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Hosting;
using BorderWatch.Web.Map;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
// Serves npm-copied and fingerprinted assets from build output in every environment (STACK.md, gotcha 2).
builder.WebHost.UseStaticWebAssets();

builder.Logging.ClearProviders();
builder.Logging.AddSerilog(DashboardLogging.Create(builder.Configuration, builder.Environment), dispose: true);

builder.Services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
builder.Services.Configure<SeedImportOptions>(builder.Configuration.GetSection(SeedImportOptions.Section));
builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
builder.Services.AddBorderWatchStore();
builder.Services.AddScoped<IngestionService>();
builder.Services.AddRegionMap();
builder.Services.AddResponseCompression();

builder.Services.AddRazorComponents();
builder.Services.AddOpenApi();
builder.Services.AddErrorResponses();
builder.Services.AddRequestLimits();
builder.Services.AddUrlIngest(builder.Configuration);

var app = builder.Build();

await StoreStartup.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);

app.UseSecurityHeaders();

if (!app.Environment.IsDevelopment())
    app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseErrorResponses();
app.UseRequestLimits();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseResponseCompression();
app.UseHtmxVary();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapOpenApi();
app.MapBorderWatchApi();
app.MapRazorComponents<Root>();

app.Run();
