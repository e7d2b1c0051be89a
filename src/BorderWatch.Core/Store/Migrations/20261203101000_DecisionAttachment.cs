using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Orphaned decisions are a stored state, not only what a reprocess reported: <c>IncidentAttachments</c> (one row per
/// incident whose decisions are not simply attached: Orphaned, Reattached with <c>ReattachedToId</c>, or Dismissed;
/// indexed by state, so the list and its badge read a few rows). A table of its own, so the incident rows (and the
/// writers, generators and older-schema tests that write them) are unchanged. Existing orphans (superseded incidents
/// carrying a review or a merge into them) start Orphaned.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261203101000_DecisionAttachment")]
public sealed class DecisionAttachments : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "IncidentAttachments",
            columns: t => new
            {
                IncidentId = t.Column<int>(nullable: false),
                State = t.Column<string>(maxLength: 16, nullable: false),
                ReattachedToId = t.Column<int>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_IncidentAttachments", x => x.IncidentId);
                t.ForeignKey("FK_IncidentAttachments_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex(name: "IX_IncidentAttachments_State", table: "IncidentAttachments", column: "State");
        b.Sql("""
            INSERT INTO "IncidentAttachments" ("IncidentId", "State")
            SELECT i."Id", 'Orphaned' FROM "Incidents" i
            WHERE i."Superseded" AND (EXISTS (SELECT 1 FROM "IncidentReviews" r WHERE r."IncidentId" = i."Id")
                                      OR EXISTS (SELECT 1 FROM "IncidentReviews" r WHERE r."MergedIntoId" = i."Id"));
            """);
    }

    protected override void Down(MigrationBuilder b) => b.DropTable(name: "IncidentAttachments");
}
