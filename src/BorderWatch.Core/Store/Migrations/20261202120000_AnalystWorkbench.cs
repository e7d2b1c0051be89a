using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>The analyst's workbench: the append-only audit log, the typed reason of a rejection, events across sources.</summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202120000_AnalystWorkbench")]
public sealed class AnalystWorkbench : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        var npgsql = b.ActiveProvider == NpgsqlProvider;
        OperationBuilder<AddColumnOperation> Identity(OperationBuilder<AddColumnOperation> column) => npgsql
            ? column.Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
            : column.Annotation("Sqlite:Autoincrement", true);

        b.CreateTable(
            name: "AuditEntries",
            columns: t => new
            {
                Id = Identity(t.Column<long>(nullable: false)),
                At = t.Column<DateTimeOffset>(nullable: false),
                Actor = t.Column<string>(maxLength: 200, nullable: false),
                Action = t.Column<string>(maxLength: 16, nullable: false),
                IncidentId = t.Column<int>(nullable: true),
                EventId = t.Column<int>(nullable: true),
                RelatedIncidentId = t.Column<int>(nullable: true),
                Before = t.Column<string>(nullable: true),
                After = t.Column<string>(nullable: true),
                RejectionReason = t.Column<string>(maxLength: 32, nullable: true),
                Reason = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        b.CreateIndex(name: "IX_AuditEntries_At", table: "AuditEntries", column: "At");
        b.CreateIndex(name: "IX_AuditEntries_EventId", table: "AuditEntries", column: "EventId");
        b.CreateIndex(name: "IX_AuditEntries_IncidentId", table: "AuditEntries", column: "IncidentId");

        b.CreateTable(
            name: "Events",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                Title = t.Column<string>(maxLength: 300, nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                BorderSegmentId = t.Column<int>(nullable: true),
                DateStart = t.Column<DateOnly>(nullable: true),
                DateEnd = t.Column<DateOnly>(nullable: true),
                Origin = t.Column<string>(maxLength: 16, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(nullable: false),
                DecidedBy = t.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Events", x => x.Id);
                t.ForeignKey("FK_Events_BorderSegments_BorderSegmentId", x => x.BorderSegmentId, "BorderSegments", "Id", onDelete: ReferentialAction.SetNull);
            });
        b.CreateIndex(name: "IX_Events_BorderSegmentId", table: "Events", column: "BorderSegmentId");
        b.CreateIndex(name: "IX_Events_Status", table: "Events", column: "Status");

        b.CreateTable(
            name: "EventReports",
            columns: t => new
            {
                EventId = t.Column<int>(nullable: false),
                IncidentId = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_EventReports", x => new { x.EventId, x.IncidentId });
                t.ForeignKey("FK_EventReports_Events_EventId", x => x.EventId, "Events", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_EventReports_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Restrict);
            });
        b.CreateIndex(name: "IX_EventReports_IncidentId", table: "EventReports", column: "IncidentId");

        b.AddColumn<string>(name: "RejectionReason", table: "IncidentReviews", maxLength: 32, nullable: true);
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropTable(name: "EventReports");
        b.DropTable(name: "Events");
        b.DropColumn(name: "RejectionReason", table: "IncidentReviews");
        b.DropTable(name: "AuditEntries");
    }
}
