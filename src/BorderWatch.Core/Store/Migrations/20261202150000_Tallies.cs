using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale: counts of listed incidents kept by triggers (<see cref="Domain.IncidentTally"/>, <see cref="Domain.MonthTally"/>,
/// <see cref="Domain.ActorTally"/>), so overview cards, totals, histograms and unfiltered facets read a few hundred or
/// thousand rows instead of grouping a million incidents. Every change of an incident's listed state, border, type,
/// status or date (ingest, reprocessing, a review through the Hidden triggers) and every actor link added or removed
/// moves the counts; the tables are filled from the store when the migration runs. Also indexes on (Hidden, DateEnd,
/// DateStart, Id) for the overview's "what happened most recently" and (Hidden, PlaceId, Id) for its map dots.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202150000_Tallies")]
public sealed class Tallies : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "IncidentTallies",
            columns: t => new
            {
                BorderKey = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_IncidentTallies", x => new { x.BorderKey, x.Type, x.Status }));
        b.CreateTable(
            name: "MonthTallies",
            columns: t => new
            {
                BorderKey = t.Column<int>(nullable: false),
                Year = t.Column<int>(nullable: false),
                Month = t.Column<int>(nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_MonthTallies", x => new { x.BorderKey, x.Year, x.Month }));
        b.CreateTable(
            name: "ActorTallies",
            columns: t => new
            {
                ActorId = t.Column<int>(nullable: false),
                BorderKey = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_ActorTallies", x => new { x.ActorId, x.BorderKey, x.Type, x.Status }));

        b.CreateIndex(name: "IX_Incidents_Hidden_DateEnd_DateStart_Id", table: "Incidents", columns: ["Hidden", "DateEnd", "DateStart", "Id"]);
        b.CreateIndex(name: "IX_Incidents_Hidden_PlaceId_Id", table: "Incidents", columns: ["Hidden", "PlaceId", "Id"]);

        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? TallySql.PostgresCreate : TallySql.SqliteCreate) b.Sql(sql);
        foreach (var sql in TallySql.Fill) b.Sql(sql);
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? TallySql.PostgresDrop : TallySql.SqliteDrop) b.Sql(sql);
        b.DropIndex(name: "IX_Incidents_Hidden_PlaceId_Id", table: "Incidents");
        b.DropIndex(name: "IX_Incidents_Hidden_DateEnd_DateStart_Id", table: "Incidents");
        b.DropTable(name: "ActorTallies");
        b.DropTable(name: "MonthTallies");
        b.DropTable(name: "IncidentTallies");
    }
}
