using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The initial schema, written by hand (EF Core Design is not available here). Column types are left to the
/// provider (string + max length, DateOnly, DateTimeOffset, bool map per provider), so the one migration serves
/// SQLite and PostgreSQL. The drift test in BorderWatch.Core.Tests compares it with the model.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        var npgsql = b.ActiveProvider == NpgsqlProvider;
        OperationBuilder<AddColumnOperation> Identity(OperationBuilder<AddColumnOperation> column) => npgsql
            ? column.Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
            : column.Annotation("Sqlite:Autoincrement", true);

        b.CreateTable(
            name: "Actors",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Key = t.Column<string>(maxLength: 100, nullable: false),
                CanonicalName = t.Column<string>(maxLength: 200, nullable: false),
                DisplayName = t.Column<string>(maxLength: 300, nullable: false),
                CountryCode = t.Column<string>(maxLength: 3, nullable: true),
                Description = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Actors", x => x.Id));

        b.CreateTable(
            name: "BorderSegments",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                Code = t.Column<string>(maxLength: 7, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                StateA = t.Column<string>(maxLength: 3, nullable: false),
                StateB = t.Column<string>(maxLength: 3, nullable: false),
            },
            constraints: t => t.PrimaryKey("PK_BorderSegments", x => x.Id));

        b.CreateTable(
            name: "Outlets",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Domain = t.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: t => t.PrimaryKey("PK_Outlets", x => x.Id));

        b.CreateTable(
            name: "ActorAliases",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                ActorId = t.Column<int>(nullable: false),
                Alias = t.Column<string>(maxLength: 300, nullable: false),
                NormalizedAlias = t.Column<string>(maxLength: 300, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ActorAliases", x => x.Id);
                t.ForeignKey("FK_ActorAliases_Actors_ActorId", x => x.ActorId, "Actors", "Id", onDelete: ReferentialAction.Cascade);
            });

        b.CreateTable(
            name: "Places",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                Key = t.Column<string>(maxLength: 100, nullable: false),
                Name = t.Column<string>(maxLength: 200, nullable: false),
                Kind = t.Column<string>(maxLength: 16, nullable: false),
                Latitude = t.Column<double>(nullable: true),
                Longitude = t.Column<double>(nullable: true),
                CountryCode = t.Column<string>(maxLength: 3, nullable: true),
                Province = t.Column<string>(maxLength: 200, nullable: true),
                BorderSegmentId = t.Column<int>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Places", x => x.Id);
                t.ForeignKey("FK_Places_BorderSegments_BorderSegmentId", x => x.BorderSegmentId, "BorderSegments", "Id", onDelete: ReferentialAction.SetNull);
            });

        b.CreateTable(
            name: "Articles",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                OutletId = t.Column<int>(nullable: true),
                SourceName = t.Column<string>(maxLength: 1000, nullable: false),
                SourceUrl = t.Column<string>(maxLength: 2000, nullable: true),
                Format = t.Column<string>(maxLength: 16, nullable: false),
                FeedItemKey = t.Column<string>(maxLength: 1000, nullable: true),
                RawContent = t.Column<string>(nullable: false),
                RawEncoding = t.Column<string>(maxLength: 50, nullable: true),
                CleanedText = t.Column<string>(nullable: false),
                Title = t.Column<string>(maxLength: 1000, nullable: true),
                Author = t.Column<string>(maxLength: 300, nullable: true),
                Language = t.Column<string>(maxLength: 20, nullable: true),
                PublishedYear = t.Column<int>(nullable: true),
                PublishedMonth = t.Column<int>(nullable: true),
                PublishedDay = t.Column<int>(nullable: true),
                PublishedPrecision = t.Column<string>(maxLength: 16, nullable: false),
                PublishedDateSource = t.Column<string>(maxLength: 32, nullable: false),
                PublishedDateNote = t.Column<string>(maxLength: 500, nullable: true),
                ContentHash = t.Column<string>(maxLength: 64, nullable: false),
                DuplicateOfId = t.Column<int>(nullable: true),
                IngestedAt = t.Column<DateTimeOffset>(nullable: false),
                PipelineVersion = t.Column<string>(maxLength: 50, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Articles", x => x.Id);
                t.ForeignKey("FK_Articles_Articles_DuplicateOfId", x => x.DuplicateOfId, "Articles", "Id", onDelete: ReferentialAction.SetNull);
                t.ForeignKey("FK_Articles_Outlets_OutletId", x => x.OutletId, "Outlets", "Id", onDelete: ReferentialAction.SetNull);
            });

        b.CreateTable(
            name: "BorderLengths",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                BorderSegmentId = t.Column<int>(nullable: false),
                Kilometres = t.Column<double>(nullable: false),
                Source = t.Column<string>(maxLength: 300, nullable: false),
                ArticleId = t.Column<int>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_BorderLengths", x => x.Id);
                t.ForeignKey("FK_BorderLengths_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.SetNull);
                t.ForeignKey("FK_BorderLengths_BorderSegments_BorderSegmentId", x => x.BorderSegmentId, "BorderSegments", "Id", onDelete: ReferentialAction.Cascade);
            });

        b.CreateTable(
            name: "Incidents",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                ArticleId = t.Column<int>(nullable: false),
                Type = t.Column<string>(maxLength: 32, nullable: false),
                DateYear = t.Column<int>(nullable: true),
                DateMonth = t.Column<int>(nullable: true),
                DateDay = t.Column<int>(nullable: true),
                DatePrecision = t.Column<string>(maxLength: 16, nullable: false),
                DateInferred = t.Column<bool>(nullable: false),
                DateStart = t.Column<DateOnly>(nullable: true),
                DateEnd = t.Column<DateOnly>(nullable: true),
                DateNote = t.Column<string>(maxLength: 500, nullable: true),
                BorderSegmentId = t.Column<int>(nullable: true),
                PlaceId = t.Column<int>(nullable: true),
                LocationText = t.Column<string>(maxLength: 500, nullable: true),
                LocationPrecision = t.Column<string>(maxLength: 16, nullable: false),
                Status = t.Column<string>(maxLength: 16, nullable: false),
                Attribution = t.Column<string>(maxLength: 500, nullable: true),
                Confidence = t.Column<double>(nullable: false),
                Summary = t.Column<string>(maxLength: 1000, nullable: false),
                Fingerprint = t.Column<string>(maxLength: 128, nullable: false),
                PipelineVersion = t.Column<string>(maxLength: 50, nullable: true),
                ExtractedAt = t.Column<DateTimeOffset>(nullable: false),
                Superseded = t.Column<bool>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Incidents", x => x.Id);
                t.ForeignKey("FK_Incidents_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_Incidents_BorderSegments_BorderSegmentId", x => x.BorderSegmentId, "BorderSegments", "Id", onDelete: ReferentialAction.SetNull);
                t.ForeignKey("FK_Incidents_Places_PlaceId", x => x.PlaceId, "Places", "Id", onDelete: ReferentialAction.SetNull);
            });

        b.CreateTable(
            name: "Excerpts",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                ArticleId = t.Column<int>(nullable: false),
                IncidentId = t.Column<int>(nullable: false),
                Start = t.Column<int>(nullable: false),
                End = t.Column<int>(nullable: false),
                Text = t.Column<string>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_Excerpts", x => x.Id);
                t.ForeignKey("FK_Excerpts_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_Excerpts_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });

        b.CreateTable(
            name: "IncidentActors",
            columns: t => new
            {
                IncidentId = t.Column<int>(nullable: false),
                ActorId = t.Column<int>(nullable: false),
                Role = t.Column<string>(maxLength: 16, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_IncidentActors", x => new { x.IncidentId, x.ActorId, x.Role });
                t.ForeignKey("FK_IncidentActors_Actors_ActorId", x => x.ActorId, "Actors", "Id", onDelete: ReferentialAction.Cascade);
                t.ForeignKey("FK_IncidentActors_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Cascade);
            });

        b.CreateTable(
            name: "IncidentReviews",
            columns: t => new
            {
                Id = Identity(t.Column<int>(nullable: false)),
                IncidentId = t.Column<int>(nullable: false),
                Decision = t.Column<string>(maxLength: 16, nullable: false),
                MergedIntoId = t.Column<int>(nullable: true),
                CorrectionsJson = t.Column<string>(nullable: true),
                Analyst = t.Column<string>(maxLength: 200, nullable: false),
                Note = t.Column<string>(maxLength: 2000, nullable: true),
                DecidedAt = t.Column<DateTimeOffset>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_IncidentReviews", x => x.Id);
                t.ForeignKey("FK_IncidentReviews_Incidents_IncidentId", x => x.IncidentId, "Incidents", "Id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey("FK_IncidentReviews_Incidents_MergedIntoId", x => x.MergedIntoId, "Incidents", "Id", onDelete: ReferentialAction.Restrict);
            });

        b.CreateIndex("IX_ActorAliases_ActorId_NormalizedAlias", "ActorAliases", ["ActorId", "NormalizedAlias"], unique: true);
        b.CreateIndex("IX_ActorAliases_NormalizedAlias", "ActorAliases", "NormalizedAlias");
        b.CreateIndex("IX_Actors_CanonicalName", "Actors", "CanonicalName");
        b.CreateIndex("IX_Actors_Key", "Actors", "Key", unique: true);
        b.CreateIndex("IX_Articles_ContentHash", "Articles", "ContentHash");
        b.CreateIndex("IX_Articles_DuplicateOfId", "Articles", "DuplicateOfId");
        b.CreateIndex("IX_Articles_OutletId", "Articles", "OutletId");
        b.CreateIndex("IX_Articles_SourceName_FeedItemKey", "Articles", ["SourceName", "FeedItemKey"]);
        b.CreateIndex("IX_BorderLengths_ArticleId", "BorderLengths", "ArticleId");
        b.CreateIndex("IX_BorderLengths_BorderSegmentId", "BorderLengths", "BorderSegmentId");
        b.CreateIndex("IX_BorderSegments_Code", "BorderSegments", "Code", unique: true);
        b.CreateIndex("IX_Excerpts_ArticleId", "Excerpts", "ArticleId");
        b.CreateIndex("IX_Excerpts_IncidentId", "Excerpts", "IncidentId");
        b.CreateIndex("IX_IncidentActors_ActorId", "IncidentActors", "ActorId");
        b.CreateIndex("IX_IncidentReviews_IncidentId", "IncidentReviews", "IncidentId");
        b.CreateIndex("IX_IncidentReviews_MergedIntoId", "IncidentReviews", "MergedIntoId");
        b.CreateIndex("IX_Incidents_ArticleId", "Incidents", "ArticleId");
        b.CreateIndex("IX_Incidents_BorderSegmentId", "Incidents", "BorderSegmentId");
        b.CreateIndex("IX_Incidents_DateStart", "Incidents", "DateStart");
        b.CreateIndex("IX_Incidents_Fingerprint", "Incidents", "Fingerprint", unique: true);
        b.CreateIndex("IX_Incidents_PlaceId", "Incidents", "PlaceId");
        b.CreateIndex("IX_Incidents_Status", "Incidents", "Status");
        b.CreateIndex("IX_Incidents_Type", "Incidents", "Type");
        b.CreateIndex("IX_Outlets_Name", "Outlets", "Name", unique: true);
        b.CreateIndex("IX_Places_BorderSegmentId", "Places", "BorderSegmentId");
        b.CreateIndex("IX_Places_Key", "Places", "Key", unique: true);
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var table in new[]
                 {
                     "IncidentReviews", "IncidentActors", "Excerpts", "Incidents", "BorderLengths", "Articles",
                     "Places", "ActorAliases", "Outlets", "BorderSegments", "Actors",
                 })
            b.DropTable(table);
    }
}
