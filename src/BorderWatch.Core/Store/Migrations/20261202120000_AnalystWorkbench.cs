using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>The analyst's workbench: the append-only audit log and the typed reason of a rejection.</summary>
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
                RelatedIncidentId = t.Column<int>(nullable: true),
                Before = t.Column<string>(nullable: true),
                After = t.Column<string>(nullable: true),
                RejectionReason = t.Column<string>(maxLength: 32, nullable: true),
                Reason = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Id));
        b.CreateIndex(name: "IX_AuditEntries_At", table: "AuditEntries", column: "At");
        b.CreateIndex(name: "IX_AuditEntries_IncidentId", table: "AuditEntries", column: "IncidentId");

        b.AddColumn<string>(name: "RejectionReason", table: "IncidentReviews", maxLength: 32, nullable: true);
    }

    protected override void Down(MigrationBuilder b)
    {
        b.DropColumn(name: "RejectionReason", table: "IncidentReviews");
        b.DropTable(name: "AuditEntries");
    }
}
