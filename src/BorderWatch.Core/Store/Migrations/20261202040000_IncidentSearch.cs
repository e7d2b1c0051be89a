using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The full-text search index (<see cref="IncidentSearchIndex"/>): an FTS5 table on SQLite, a tsvector table with a GIN
/// index on PostgreSQL, both filled from the stored incidents and kept current by triggers. Outside the EF model, so
/// the model snapshot is unchanged.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202040000_IncidentSearch")]
public sealed class IncidentSearch : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        if (b.ActiveProvider == NpgsqlProvider)
        {
            foreach (var sql in IncidentSearchIndex.PostgresCreate) b.Sql(sql);
            return;
        }
        b.Sql(IncidentSearchIndex.SqliteCreateTable);
        foreach (var sql in IncidentSearchIndex.SqliteTriggers) b.Sql(sql);
        b.Sql(IncidentSearchIndex.SqliteFill);
    }

    protected override void Down(MigrationBuilder b)
    {
        if (b.ActiveProvider == NpgsqlProvider)
        {
            foreach (var sql in IncidentSearchIndex.PostgresDrop) b.Sql(sql);
            return;
        }
        foreach (var name in IncidentSearchIndex.SqliteTriggerNames) b.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
        b.Sql("DROP TABLE IF EXISTS \"IncidentSearch\";");
    }
}
