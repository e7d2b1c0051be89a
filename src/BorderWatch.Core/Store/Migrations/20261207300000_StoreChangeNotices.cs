using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// PostgreSQL only: every statement that changes a table the store version is read from (<c>Articles</c>,
/// <c>Incidents</c>, <c>IncidentReviews</c>, <c>AuditEntries</c>, <c>IncidentTallies</c>; see
/// <see cref="BorderWatch.Core.Queries.StoreVersion"/>) sends a notice on <see cref="StoreChangeNoticeSql.Channel"/>,
/// whoever commits it (the web app, the CLI, another web process, raw SQL). PostgreSQL delivers it at commit, once per
/// transaction (equal notices of one transaction are folded), to every connection that listens. The web app keeps the
/// version in process and reads it again only after a notice (<c>StoreVersionWatch</c>), so a cached page no longer
/// costs a round trip. Statement-level triggers: a batch of many rows sends one notice per statement, not per row.
/// SQLite: nothing (its <c>PRAGMA data_version</c> already says when another connection committed).
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261207300000_StoreChangeNotices")]
public sealed class StoreChangeNotices : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        if (b.ActiveProvider != NpgsqlProvider) return;
        foreach (var sql in StoreChangeNoticeSql.PostgresUp) b.Sql(sql);
    }

    protected override void Down(MigrationBuilder b)
    {
        if (b.ActiveProvider != NpgsqlProvider) return;
        foreach (var sql in StoreChangeNoticeSql.PostgresDown) b.Sql(sql);
    }
}

/// <summary>The function and triggers of <see cref="StoreChangeNotices"/>, as they ran.</summary>
public static class StoreChangeNoticeSql
{
    /// <summary>The channel the notices go to (the listener's <c>LISTEN</c> names it).</summary>
    public const string Channel = "borderwatch_store_changed";

    /// <summary>The tables whose changes move the store version.</summary>
    public static readonly IReadOnlyList<string> Tables = ["Articles", "Incidents", "IncidentReviews", "AuditEntries", "IncidentTallies"];

    internal static IEnumerable<string> PostgresUp =>
        new[]
        {
            $"""
            CREATE FUNCTION "StoreChanged_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{Channel}', '');
                RETURN NULL;
            END $$;
            """,
        }.Concat(Tables.Select(t => $"""
            CREATE TRIGGER "{t}_store_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "{t}"
                FOR EACH STATEMENT EXECUTE FUNCTION "StoreChanged_notify"();
            """));

    internal static IEnumerable<string> PostgresDown =>
        Tables.Select(t => $"""DROP TRIGGER IF EXISTS "{t}_store_changed" ON "{t}";""")
            .Append("""DROP FUNCTION IF EXISTS "StoreChanged_notify"();""");
}
