using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale (issue 11, the overview's map at 1M): listed incidents per place (<see cref="Domain.PlaceTally"/>), kept by row
/// triggers on both providers (SQL in <see cref="PlaceTallySql"/>) and filled from the store when the migration runs.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class StorePlaceTallies : Migration
{
    public const string Id = "20261205000010_StorePlaceTallies";
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "PlaceTallies",
            columns: t => new
            {
                PlaceId = t.Column<int>(nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_PlaceTallies", x => x.PlaceId));
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? PlaceTallySql.PostgresUp() : PlaceTallySql.SqliteUp()) b.Sql(sql);
        b.Sql(PlaceTallySql.Fill);
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? PlaceTallySql.PostgresDown() : PlaceTallySql.SqliteDown()) b.Sql(sql);
        b.DropTable(name: "PlaceTallies");
    }
}
