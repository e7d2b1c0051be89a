using System.Collections.Concurrent;
using System.Data.Common;
using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// Every SQL statement the app's store contexts run (the pages' <c>StoreContexts</c> and the API's scoped context), with
/// the path of the HTTP request it ran in, so a test can count the statements of one page view.
/// </summary>
public sealed class StatementCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Path, string Sql)> statements = new();

    public void Clear() => statements.Clear();

    /// <summary>The statements run while answering a request for <paramref name="path"/>.</summary>
    public IReadOnlyList<string> Of(string path) =>
        statements.Where(s => string.Equals(s.Path, path, StringComparison.OrdinalIgnoreCase)).Select(s => s.Sql).ToList();

    private void Add(DbCommand command) => statements.Enqueue((http.HttpContext?.Request.Path.Value ?? "(no request)", command.CommandText));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Add(command);
        return result;
    }
}

/// <summary>A dashboard on an empty store (SQLite here, or the PostgreSQL database given) whose statements are counted.</summary>
public sealed class CountedDashboardFactory(StoreOptions? database = null) : DashboardFactory
{
    protected override bool ImportSeeds => false;

    protected override StoreOptions Store => database ?? base.Store;

    public StatementCounter Statements => Services.GetRequiredService<StatementCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<StatementCounter>();
            services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<StatementCounter>());
            services.ConfigureDbContext<BorderWatchDbContext>((sp, b) => b.AddInterceptors(sp.GetRequiredService<StatementCounter>()));
        });
    }
}
