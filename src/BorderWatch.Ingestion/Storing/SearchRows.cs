using System.Data.Common;
using System.Text;
using BorderWatch.Core.Domain;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// SQLite: the full-text search rows (<c>IncidentSearch</c>) of the incidents the batch writer inserts, made from the rows
/// it writes, as it writes them, instead of read back at the settle by an <c>INSERT … SELECT</c> whose correlated
/// subqueries joined every incident's excerpts, actor links, actors and aliases (a third of the writer's statement time
/// in large groups). Each row holds what <see cref="Core.Store.IncidentSearchIndex"/>'s SQL gives it: the summary; the
/// excerpts' text (a new incident has the one excerpt the writer inserts with it); the canonical and display names of the
/// actor of each link, then the aliases of the actor of each link (once per link, as the SQL's join counts them).
/// The actors' names and aliases are read once per writer and again when a group starts on a gazetteer that changed
/// (<see cref="RefreshAsync"/>, under the write lock), so rows written after a gazetteer sync carry its aliases.
/// Up to <see cref="RowInsert{T}.RowsPerStatement"/> rows per prepared statement, bound by position.
/// </summary>
internal sealed class SearchRows(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<int, SqliteRowStatement> _statements = [];
    private Dictionary<int, (string Names, string[] Aliases)> _actors = [];
    private (long, long, long)? _gazetteer;
    private readonly List<(int Id, string Summary, string Excerpts, string Actors)> _rows = [];
    private readonly StringBuilder _text = new();

    private const string GazetteerState = """
        SELECT (SELECT coalesce(max("Id"), 0) FROM "Actors"), (SELECT coalesce(max("Id"), 0) FROM "ActorAliases"), (SELECT count(*) FROM "ActorAliases")
        """;

    /// <summary>Reads the actors' names and aliases again if the gazetteer changed since they were read (an actor or alias added or removed).</summary>
    public async Task RefreshAsync(DbTransaction? tx, CancellationToken ct)
    {
        var state = await StateAsync(tx, ct);
        if (state == _gazetteer) return;
        var actors = new Dictionary<int, (string, List<string>)>();
        await using (var command = Command("""SELECT "Id", "CanonicalName" || ' ' || "DisplayName" FROM "Actors" """, tx))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) actors[reader.GetInt32(0)] = (reader.GetString(1), []);
        await using (var command = Command("""SELECT "ActorId", "Alias" FROM "ActorAliases" ORDER BY "Id" """, tx))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                if (actors.TryGetValue(reader.GetInt32(0), out var actor)) actor.Item2.Add(reader.GetString(1));
        _actors = actors.ToDictionary(a => a.Key, a => (a.Value.Item1, a.Value.Item2.ToArray()));
        _gazetteer = state;
    }

    private async Task<(long, long, long)> StateAsync(DbTransaction? tx, CancellationToken ct)
    {
        await using var command = Command(GazetteerState, tx);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    /// <summary>Queues the search row of one new incident, its excerpt's text and its actor links (<paramref name="first"/> on).</summary>
    public void Add(Incident incident, string excerpt, List<IncidentActor> links, int first)
    {
        _text.Clear();
        for (var n = first; n < links.Count; n++) Append(Actor(links[n].ActorId).Names);
        for (var n = first; n < links.Count; n++)
            foreach (var alias in Actor(links[n].ActorId).Aliases) Append(alias);
        _rows.Add((incident.Id, incident.Summary, excerpt, _text.ToString()));
    }

    private void Append(string text)
    {
        if (_text.Length > 0) _text.Append(' ');
        _text.Append(text);
    }

    // A link's actor was in the store when the writer read the gazetteer's ids (ReferenceIds), which are read before these.
    private (string Names, string[] Aliases) Actor(int id) =>
        _actors.TryGetValue(id, out var actor) ? actor : throw new InvalidOperationException($"actor {id} is not among the actors the writer read");

    /// <summary>Inserts the queued rows in the connection's open transaction, then forgets them.</summary>
    public void Write()
    {
        for (var start = 0; start < _rows.Count; start += RowInsert<Incident>.RowsPerStatement)
        {
            var count = Math.Min(RowInsert<Incident>.RowsPerStatement, _rows.Count - start);
            var statement = Statement(count);
            for (var r = 0; r < count; r++)
            {
                var (id, summary, excerpts, actors) = _rows[start + r];
                statement.BindInt64(4 * r + 1, id);
                statement.Bind(4 * r + 2, summary);
                statement.Bind(4 * r + 3, excerpts);
                statement.Bind(4 * r + 4, actors);
            }
            statement.Run();
        }
        _rows.Clear();
    }

    /// <summary>Forgets queued rows (the transaction ended without them).</summary>
    public void Clear() => _rows.Clear();

    private SqliteRowStatement Statement(int rows)
    {
        if (_statements.TryGetValue(rows, out var made)) return made;
        made = new SqliteRowStatement(connection,
            """INSERT INTO "IncidentSearch"(rowid, summary, excerpts, actors) VALUES """ + string.Join(", ", Enumerable.Repeat("(?, ?, ?, ?)", rows)));
        _statements[rows] = made;
        return made;
    }

    private SqliteCommand Command(string sql, DbTransaction? tx)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)tx;
        return command;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
        _statements.Clear();
    }
}
