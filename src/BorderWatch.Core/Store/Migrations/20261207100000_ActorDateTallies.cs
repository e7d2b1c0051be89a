using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale (issue 11, first views at 1M): listed incidents per (actor, year, month, border, type, status)
/// (<see cref="Domain.ActorDateTally"/>), so the total and the border, type and status facets of one actor under a date
/// range, and the actor facets under dates, read tally rows instead of up to 10,001 incidents and their links. Kept by
/// triggers on both providers (SQL in <see cref="ActorDateTallySql"/>) and by the batch writer's set-based
/// <see cref="SearchAndTallies.AddTallies"/>; filled from the store when the migration runs.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class ActorDateTallies : Migration
{
    public const string Id = "20261207100000_ActorDateTallies";
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "ActorDateTallies",
            columns: t => new
            {
                ActorId = t.Column<int>(nullable: false),
                Year = t.Column<int>(nullable: false),
                Month = t.Column<int>(nullable: false),
                BorderKey = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ActorDateTallies", x => new { x.ActorId, x.Year, x.Month, x.BorderKey, x.Type, x.Status }));

        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? ActorDateTallySql.PostgresCreate : ActorDateTallySql.SqliteCreate) b.Sql(sql);
        b.Sql(ActorDateTallySql.Add("TRUE"));
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? ActorDateTallySql.PostgresDrop : ActorDateTallySql.SqliteDrop) b.Sql(sql);
        b.DropTable(name: "ActorDateTallies");
    }
}
