using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Counts follow the reviewed values (ADR 0011): the machine's own values of corrected fields move to
/// <c>IncidentMachineValues</c> while the incident's counted columns carry the analyst's, so every filter, facet, tally,
/// map and timeline counts the reviewed value. Corrections made before this migration are laid over by
/// <see cref="Review.ReviewedColumns.LayOverAllAsync"/>, which <see cref="StoreSetup.MigrateAsync"/> runs right after
/// applying it (the corrections are JSON, folded in order: not something to write in SQL twice).
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class ReviewedColumns : Migration
{
    public const string Id = "20261202160000_ReviewedColumns";

    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "IncidentMachineValues",
            columns: t => new
            {
                IncidentId = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                BorderSegmentId = t.Column<int>(nullable: true),
                PlaceId = t.Column<int>(nullable: true),
                DateYear = t.Column<int>(nullable: true),
                DateMonth = t.Column<int>(nullable: true),
                DateDay = t.Column<int>(nullable: true),
                DatePrecision = t.Column<string>(maxLength: 16, nullable: false),
                DateInferred = t.Column<bool>(nullable: false),
                DateNote = t.Column<string>(maxLength: 500, nullable: true),
                ActorsJson = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_IncidentMachineValues", x => x.IncidentId);
                t.ForeignKey("FK_IncidentMachineValues_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    /// <summary>Drops the machine's values: corrected incidents keep the reviewed values in their columns (their reviews hold
    /// the corrections; re-extraction writes the machine's values again).</summary>
    protected override void Down(MigrationBuilder b) => b.DropTable(name: "IncidentMachineValues");
}
