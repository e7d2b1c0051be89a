using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Casualty figures per incident: <c>IncidentCasualties</c>, one row per incident whose excerpt states any (killed,
/// wounded, detained: the least each adds up to, and the whole report in its notation, sides and vague words included).
/// A table of its own, so the incident rows, their writers and older-schema stores are unchanged. Existing incidents get
/// their figures at the next <c>reprocess</c>; an analyst's corrected figures live in the review's corrections.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261203130000_IncidentCasualties")]
public sealed class IncidentCasualtiesTable : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.CreateTable(
            name: "IncidentCasualties",
            columns: t => new
            {
                IncidentId = t.Column<int>(nullable: false),
                Killed = t.Column<int>(nullable: true),
                Wounded = t.Column<int>(nullable: true),
                Detained = t.Column<int>(nullable: true),
                Figures = t.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_IncidentCasualties", x => x.IncidentId);
                t.ForeignKey("FK_IncidentCasualties_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });

    protected override void Down(MigrationBuilder b) => b.DropTable(name: "IncidentCasualties");
}
