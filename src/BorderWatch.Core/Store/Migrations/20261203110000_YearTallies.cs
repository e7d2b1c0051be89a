using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale (issue 11): listed incidents per (year, border, type, status) (<see cref="Domain.YearTally"/>), so a date range
/// of many years reads one tally row per cell and whole year instead of thirteen; and the date tallies on the batch
/// writer's path: their insert trigger skips the writer's flagged rows (<see cref="WriterBatchSql"/>), and the writer
/// adds month and year tallies set-based with the others (<see cref="SearchAndTallies.AddTallies"/>). One trigger per
/// event (SQLite) or one function (PostgreSQL) moves both tables; SQL in <see cref="YearTallySql"/>. The table is filled
/// from the store when the migration runs.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class YearTallies : Migration
{
    public const string Id = "20261203110000_YearTallies";
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "YearTallies",
            columns: t => new
            {
                Year = t.Column<int>(nullable: false),
                BorderKey = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_YearTallies", x => new { x.Year, x.BorderKey, x.Type, x.Status }));

        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? YearTallySql.PostgresUp() : YearTallySql.SqliteUp()) b.Sql(sql);
        b.Sql(YearTallySql.YearFill);

        // The date index, covering: the month a day-precise bound cuts and a date range's capped rows (border, type,
        // status per incident) are read from it without a row lookup per incident (1M: June 2015, all borders).
        b.DropIndex(name: "IX_Incidents_Hidden_DateStart_DateEnd_Id", table: "Incidents");
        b.CreateIndex(name: Configuration.IncidentConfiguration.DateIndex, table: "Incidents",
            columns: ["Hidden", "DateStart", "DateEnd", "Id", "DateMonth", "BorderSegmentId", "Type", "Status"]);
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropIndex(name: Configuration.IncidentConfiguration.DateIndex, table: "Incidents");
        b.CreateIndex(name: "IX_Incidents_Hidden_DateStart_DateEnd_Id", table: "Incidents", columns: ["Hidden", "DateStart", "DateEnd", "Id"]);
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? YearTallySql.PostgresDown() : YearTallySql.SqliteDown()) b.Sql(sql);
        b.DropTable(name: "YearTallies");
    }
}
