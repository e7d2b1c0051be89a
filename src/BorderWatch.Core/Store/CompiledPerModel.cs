using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BorderWatch.Core.Store;

/// <summary>
/// A compiled query (<see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, IAsyncEnumerable{TResult}}})"/>)
/// per model: EF binds a compiled query to the first model it runs with and throws for any other ("executed with a
/// different model than it was compiled against"), and one process may hold several (the SQLite and PostgreSQL
/// stores of the tests, a second app in one test host). <paramref name="compile"/> makes a fresh one for each model.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = new();

    /// <summary>The compiled query for this context's model.</summary>
    public TQuery For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
