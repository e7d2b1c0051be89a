using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Orphaned decisions are a stored state, not only what a reprocess reported: <c>Incidents.Attachment</c>
/// (Attached, Orphaned, Reattached, Dismissed; indexed, so the list and its badge read a few rows) and
/// <c>ReattachedToId</c> (the incident an analyst carried the decisions over to). Existing orphans (superseded incidents
/// carrying a review or a merge into them) start as Orphaned.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261203101000_DecisionAttachment")]
public sealed class DecisionAttachments : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>(name: "Attachment", table: "Incidents", maxLength: 16, nullable: false, defaultValue: "Attached");
        b.AddColumn<int>(name: "ReattachedToId", table: "Incidents", nullable: true);
        b.CreateIndex(name: "IX_Incidents_Attachment", table: "Incidents", column: "Attachment");
        b.Sql("""
            UPDATE "Incidents" SET "Attachment" = 'Orphaned'
            WHERE "Superseded" AND (EXISTS (SELECT 1 FROM "IncidentReviews" r WHERE r."IncidentId" = "Incidents"."Id")
                                    OR EXISTS (SELECT 1 FROM "IncidentReviews" r WHERE r."MergedIntoId" = "Incidents"."Id"));
            """);
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropIndex(name: "IX_Incidents_Attachment", table: "Incidents");
        b.DropColumn(name: "ReattachedToId", table: "Incidents");
        b.DropColumn(name: "Attachment", table: "Incidents");
    }
}
