using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.TestSupport;

/// <summary>
/// Every SQL statement the app's store contexts run, with the path of the HTTP request it ran in: the page's own path
/// while answering or prerendering it, the circuit's connection (<c>/_blazor</c>) once a page is interactive,
/// "(no request)" outside any. An EF Core interceptor registered in a test server (<see cref="AddStatementLog"/>; the
/// dashboard's <c>StoreContexts</c> take interceptors from DI). One source for the Web and browser tests (linked).
/// </summary>
public sealed class StatementLog(IHttpContextAccessor http) : DbCommandInterceptor
{
    public sealed record Statement(string RequestPath, string Sql);

    private readonly ConcurrentQueue<Statement> statements = new();

    public IReadOnlyList<Statement> All => statements.ToList();

    public void Clear() => statements.Clear();

    /// <summary>The statements run while answering a request for <paramref name="path"/>.</summary>
    public IReadOnlyList<string> Of(string path) =>
        All.Where(s => string.Equals(s.RequestPath, path, StringComparison.OrdinalIgnoreCase)).Select(s => s.Sql).ToList();

    /// <summary>Statements run outside a request for this page path (over the circuit).</summary>
    public IReadOnlyList<Statement> OutsidePrerender(string path) =>
        All.Where(s => !string.Equals(s.RequestPath, path, StringComparison.OrdinalIgnoreCase)).ToList();

    private void Add(DbCommand command) =>
        statements.Enqueue(new Statement(http.HttpContext?.Request.Path.Value ?? "(no request)", command.CommandText));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
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
}

public static class StatementLogRegistration
{
    /// <summary>One log for the app, given to every context that takes its interceptors from DI.</summary>
    public static IServiceCollection AddStatementLog(this IServiceCollection services) =>
        services.AddSingleton<StatementLog>().AddSingleton<IInterceptor>(sp => sp.GetRequiredService<StatementLog>());
}
