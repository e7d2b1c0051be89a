using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale (issue 11, the organisation filter at 1M): listed incidents per ordered pair of actors, border, type and status
/// (<see cref="Domain.ActorPairTally"/>), so the country, organization and person facets under one actor without dates
/// read a few thousand tally rows instead of up to 10,001 of the actor's incidents and their links. Kept by triggers on
/// both providers (SQL in <see cref="ActorPairTallySql"/>) and by the batch writer; filled from the store when the
/// migration runs (SQLite 1M: 418,774 rows from 2.5M links, about 12 s of CPU).
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class ActorPairTallies : Migration
{
    public const string Id = "20261209100000_ActorPairTallies";
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "ActorPairTallies",
            columns: t => new
            {
                ActorId = t.Column<int>(nullable: false),
                OtherActorId = t.Column<int>(nullable: false),
                BorderKey = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ActorPairTallies", x => new { x.ActorId, x.OtherActorId, x.BorderKey, x.Type, x.Status }));

        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? ActorPairTallySql.PostgresCreate : ActorPairTallySql.SqliteCreate) b.Sql(sql);
        b.Sql(ActorPairTallySql.Add("TRUE"));
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? ActorPairTallySql.PostgresDrop : ActorPairTallySql.SqliteDrop) b.Sql(sql);
        b.DropTable(name: "ActorPairTallies");
    }
}
