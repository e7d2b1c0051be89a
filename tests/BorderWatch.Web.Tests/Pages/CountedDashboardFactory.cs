using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.TestSupport;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>A dashboard on an empty store (SQLite here, or the PostgreSQL database given) whose statements are counted.</summary>
public sealed class CountedDashboardFactory(StoreOptions? database = null) : DashboardFactory
{
    protected override bool ImportSeeds => false;

    protected override StoreOptions Store => database ?? base.Store;

    public StatementLog Statements => Services.GetRequiredService<StatementLog>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // The pages' StoreContexts take the log from DI; the API's scoped context is given it here.
            services.AddStatementLog();
            services.ConfigureDbContext<BorderWatchDbContext>((sp, b) => b.AddInterceptors(sp.GetRequiredService<StatementLog>()));
        });
    }
}
