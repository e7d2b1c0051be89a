using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Core.Store;

/// <summary>Opens the store on the configured provider and brings its schema up to date.</summary>
public static class StoreSetup
{
    // STUB (store branch replaces the bodies; the signatures are the contract).
    public static DbContextOptionsBuilder UseBorderWatchStore(this DbContextOptionsBuilder builder, StoreOptions options) =>
        builder.UseSqlite(options.ConnectionString ?? $"Data Source={StoreOptions.DefaultSqlitePath}");

    public static IServiceCollection AddBorderWatchStore(this IServiceCollection services, StoreOptions options) =>
        services.AddDbContext<BorderWatchDbContext>(b => b.UseBorderWatchStore(options));

    /// <summary>Creates the database if needed and applies pending migrations.</summary>
    public static Task MigrateAsync(BorderWatchDbContext db, CancellationToken ct = default) =>
        db.Database.EnsureCreatedAsync(ct);
}
