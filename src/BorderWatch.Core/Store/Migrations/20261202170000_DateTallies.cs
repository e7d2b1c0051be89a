using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale: listed incidents per (year, month, border, type, status) kept by triggers (<see cref="Domain.DateTally"/>), so
/// totals and the border, type and status facets under a date range read the range's tally rows instead of the
/// incidents (issue 11: combined filters with dates at 1M). Every change of an incident's listed state, border, type,
/// status, year or month moves the counts; the table is filled from the store when the migration runs.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202170000_DateTallies")]
public sealed class DateTallies : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "DateTallies",
            columns: t => new
            {
                Year = t.Column<int>(nullable: false),
                Month = t.Column<int>(nullable: false),
                BorderKey = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Count = t.Column<int>(nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_DateTallies", x => new { x.Year, x.Month, x.BorderKey, x.Type, x.Status }));

        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? DateTallySql.PostgresCreate : DateTallySql.SqliteCreate) b.Sql(sql);
        foreach (var sql in DateTallySql.Fill) b.Sql(sql);
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? DateTallySql.PostgresDrop : DateTallySql.SqliteDrop) b.Sql(sql);
        b.DropTable(name: "DateTallies");
    }
}
