using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// Every SQL statement the pages' store contexts run, with the path of the HTTP request it ran in: the page's own
/// path while prerendering, the circuit's connection (<c>/_blazor</c>) once the page is interactive. Registered in
/// the test server (an EF Core interceptor the dashboard's <c>StoreContexts</c> take from DI).
/// </summary>
public sealed class StatementLog(IHttpContextAccessor http) : DbCommandInterceptor
{
    public sealed record Statement(string RequestPath, string Sql);

    private readonly ConcurrentQueue<Statement> statements = new();

    public IReadOnlyList<Statement> All => statements.ToList();

    public void Clear() => statements.Clear();

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
