using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BorderWatch.Core.Store;

/// <summary>Opens the store on the configured provider and brings its schema up to date.</summary>
public static class StoreSetup
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSQL";

    public static DbContextOptionsBuilder UseBorderWatchStore(this DbContextOptionsBuilder builder, StoreOptions options)
    {
        if (IsSqlite(options))
            return builder.UseSqlite(SqliteConnectionString(options.ConnectionString)).AddInterceptors(SqliteUnicodeCase.Instance, AppendOnlyRows.Instance);
        if (string.Equals(options.Provider, PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                throw new ArgumentException("Store: the PostgreSQL provider needs a connection string (Store:ConnectionString).", nameof(options));
            return builder.UseNpgsql(options.ConnectionString).AddInterceptors(AppendOnlyRows.Instance);
        }
        throw new ArgumentException(
            $"Store: unknown provider '{options.Provider}' (use '{Sqlite}' or '{PostgreSql}').", nameof(options));
    }

    /// <summary>
    /// The store as bound from configuration (<see cref="StoreOptions.Section"/>), read when the first context is made, with
    /// the process's kept reference rows (<see cref="Queries.StoreReferences"/>) on every context: on the scoped ones here,
    /// and as an <see cref="Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor"/> for contexts made from DI's interceptors.
    /// </summary>
    public static IServiceCollection AddBorderWatchStore(this IServiceCollection services) =>
        services.AddSingleton<Queries.StoreReferences>()
            .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<Queries.StoreReferences>())
            .AddDbContext<BorderWatchDbContext>((sp, b) => b.UseBorderWatchStore(sp.GetRequiredService<IOptions<StoreOptions>>().Value)
                .AddInterceptors(sp.GetRequiredService<Queries.StoreReferences>()));

    /// <summary>A new context on the configured store (for the CLI and tools); the caller disposes it.</summary>
    public static BorderWatchDbContext Open(StoreOptions options)
    {
        var builder = new DbContextOptionsBuilder<BorderWatchDbContext>();
        builder.UseBorderWatchStore(options);
        return new BorderWatchDbContext(builder.Options);
    }

    /// <summary>Creates the database if needed and applies pending migrations.</summary>
    public static async Task MigrateAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app read while the CLI ingests; the setting is stored in the file.
            await db.Database.OpenConnectionAsync(ct);
            try { await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct); }
            finally { await db.Database.CloseConnectionAsync(); }
        }
        if (db.Database.IsNpgsql())
        {
            // Several processes may start on one fresh database at once (two CLI batches, web instances behind a
            // load balancer): a session advisory lock lets one migrate while the others wait, then find it done.
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                // Waiting is not failing: the lock is held as long as the other process migrates, which on a loaded
                // machine or a large store outlasts the 30 s command timeout (CI saw a second CLI batch die there).
                var timeout = db.Database.GetCommandTimeout();
                db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
                try { await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLock})", ct); }
                finally { db.Database.SetCommandTimeout(timeout); }
                try { await MigrateAndLayOverAsync(db, ct); }
                finally { await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None); }
            }
            finally { await db.Database.CloseConnectionAsync(); }
            return;
        }
        await MigrateAndLayOverAsync(db, ct);
    }

    /// <summary>Applies pending migrations; when they include ReviewedColumns, lays earlier corrections over the counted columns.</summary>
    private static async Task MigrateAndLayOverAsync(BorderWatchDbContext db, CancellationToken ct)
    {
        var pending = await db.Database.GetPendingMigrationsAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (pending.Contains(Migrations.ReviewedColumns.Id)) await Review.ReviewedColumns.LayOverAllAsync(db, ct);
    }

    // Any 64-bit number unique to this use: "BWMIGRAT".
    private const long MigrationLock = 0x4257_4D49_4752_4154;

    private static bool IsSqlite(StoreOptions options) =>
        string.IsNullOrWhiteSpace(options.Provider) || string.Equals(options.Provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    /// <summary>Accepts a full connection string or a bare file path; turns foreign keys on and makes the file's directory.</summary>
    internal static string SqliteConnectionString(string? configured)
    {
        var text = string.IsNullOrWhiteSpace(configured) ? StoreOptions.DefaultSqlitePath : configured.Trim();
        var csb = text.Contains('=') ? new SqliteConnectionStringBuilder(text) : new SqliteConnectionStringBuilder { DataSource = text };
        csb.ForeignKeys = true;
        var source = csb.DataSource;
        if (csb.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(source) && source != ":memory:")
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(source));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        return csb.ToString();
    }
}
