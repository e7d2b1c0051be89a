using System.Data;
using System.Data.Common;

namespace BorderWatch.Ingestion.Storing;

/// <summary>A command on a writer's connection with its typed parameters declared once, to be prepared and re-bound
/// per row (the batch writer's statements, the near-copy lookup's).</summary>
internal static class PreparedCommand
{
    public static DbCommand Command(DbConnection connection, string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.DbType = type;
            command.Parameters.Add(p);
        }
        return command;
    }
}
