using BorderWatch.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// Serves fingerprinted assets (MudBlazor, blazor.web.js, site files) from build output in every environment.
builder.WebHost.UseStaticWebAssets();
builder.AddDashboardLogging();
builder.AddDashboard();

var app = builder.Build();

await StoreStartup.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);

app.UseDashboard();
app.MapDashboard();

app.Run();

