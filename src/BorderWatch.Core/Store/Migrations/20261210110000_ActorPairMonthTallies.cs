using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale (issue 11, one actor and a date range at 1M): listed incidents per ordered pair of actors, month, border, type
/// and status (<see cref="Domain.ActorPairMonthTally"/>), so the country, organization and person facets under one actor
/// and dates read the actor's pair rows of those months instead of up to 10,001 capped incidents and their links. Kept
/// by triggers (SQLite row triggers; PostgreSQL row triggers on the incidents, statement triggers on the links) and by
/// the batch writer, all from <see cref="LinkTally.ActorPairMonths"/>; filled from the store when the migration runs.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class ActorPairMonthTallies : Migration
{
    public const string Id = "20261210110000_ActorPairMonthTallies";
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "ActorPairMonthTallies",
            columns: t => new
            {
                ActorId = t.Column<int>(nullable: false),
                Year = t.Column<int>(nullable: false),
                Month = t.Column<int>(nullable: false),
                OtherActorId = t.Column<int>(nullable: false),
                BorderKey = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ActorPairMonthTallies",
                x => new { x.ActorId, x.Year, x.Month, x.OtherActorId, x.BorderKey, x.Type, x.Status }));

        var tally = LinkTally.ActorPairMonths;
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? tally.PostgresCreate : tally.SqliteCreate) b.Sql(sql);
        b.Sql(tally.Add("TRUE"));
    }

    protected override void Down(MigrationBuilder b)
    {
        var tally = LinkTally.ActorPairMonths;
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? tally.PostgresDrop : tally.SqliteDrop) b.Sql(sql);
        b.DropTable(name: "ActorPairMonthTallies");
    }
}
