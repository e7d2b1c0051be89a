using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The model as of the latest migration, which <c>HasPendingModelChanges</c> and <c>Migrate</c> compare with the
/// current model. Written without EF Core Design (unavailable here): first produced from the model by a throwaway
/// script, then kept by hand; update it together with every new migration. No column types are given, so the
/// provider in use maps them, as in the migrations; identity columns carry PostgreSQL's strategy, which SQLite ignores.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
public sealed partial class BorderWatchDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        static PropertyBuilder<int> Identity(PropertyBuilder<int> id) =>
            id.HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("BorderWatch.Core.Domain.Actor", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<string>("CanonicalName").IsRequired().HasMaxLength(200);
            b.Property<string>("CountryCode").HasMaxLength(3);
            b.Property<string>("Description").HasMaxLength(2000);
            b.Property<string>("DisplayName").IsRequired().HasMaxLength(300);
            b.Property<string>("Key").IsRequired().HasMaxLength(100);
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);

            b.HasKey("Id");
            b.HasIndex("CanonicalName");
            b.HasIndex("Key").IsUnique();
            b.ToTable("Actors");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ActorAlias", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<int>("ActorId");
            b.Property<string>("Alias").IsRequired().HasMaxLength(300);
            b.Property<string>("NormalizedAlias").IsRequired().HasMaxLength(300);

            b.HasKey("Id");
            b.HasIndex("ActorId", "NormalizedAlias").IsUnique();
            b.HasIndex("NormalizedAlias");
            b.ToTable("ActorAliases");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ArticleBand", b =>
        {
            b.Property<int>("ArticleId");
            b.Property<short>("Band");
            b.Property<long>("Value");

            b.HasKey("ArticleId", "Band");
            b.HasIndex("Value", "ArticleId");
            b.ToTable("ArticleBands");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ArticleShingles", b =>   // 20261205010000_IngestArticleShingles
        {
            b.Property<int>("ArticleId");
            b.Property<byte[]>("Hashes").IsRequired();

            b.HasKey("ArticleId");
            b.ToTable("ArticleShingles");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Article", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<string>("Author").HasMaxLength(300);
            b.Property<string>("CleanedText").IsRequired();
            b.Property<string>("ContentHash").IsRequired().HasMaxLength(64);
            b.Property<int?>("DuplicateOfId");
            b.Property<long?>("SimHash");
            b.Property<string>("FeedItemKey").HasMaxLength(1000);
            b.Property<string>("Format").IsRequired().HasMaxLength(16);
            b.Property<DateTimeOffset>("IngestedAt");
            b.Property<string>("Language").HasMaxLength(20);
            b.Property<int?>("OutletId");
            b.Property<string>("PipelineVersion").HasMaxLength(50);
            b.Property<string>("PublishedDateNote").HasMaxLength(500);
            b.Property<string>("PublishedDateSource").IsRequired().HasMaxLength(32);
            b.Property<int?>("PublishedDay");
            b.Property<int?>("PublishedMonth");
            b.Property<string>("PublishedPrecision").IsRequired().HasMaxLength(16);
            b.Property<int?>("PublishedYear");
            b.Property<string>("RawContent").IsRequired();
            b.Property<string>("RawEncoding").HasMaxLength(50);
            b.Property<string>("SourceName").IsRequired().HasMaxLength(1000);
            b.Property<string>("SourceUrl").HasMaxLength(2000);
            b.Property<string>("Title").HasMaxLength(1000);

            b.HasKey("Id");
            b.HasIndex("ContentHash");
            b.HasIndex("DuplicateOfId");
            b.HasIndex("OutletId");
            b.HasIndex("SourceName", "FeedItemKey");
            b.ToTable("Articles");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.BorderLength", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<int?>("ArticleId");
            b.Property<int>("BorderSegmentId");
            b.Property<double>("Kilometres");
            b.Property<string>("Source").IsRequired().HasMaxLength(300);

            b.HasKey("Id");
            b.HasIndex("ArticleId");
            b.HasIndex("BorderSegmentId");
            b.ToTable("BorderLengths");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.BorderSegment", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<string>("Code").IsRequired().HasMaxLength(7);
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("StateA").IsRequired().HasMaxLength(3);
            b.Property<string>("StateB").IsRequired().HasMaxLength(3);

            b.HasKey("Id");
            b.HasIndex("Code").IsUnique();
            b.ToTable("BorderSegments");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Excerpt", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<int>("ArticleId");
            b.Property<int>("End");
            b.Property<int>("IncidentId");
            b.Property<int>("Start");
            b.Property<string>("Text").IsRequired();

            b.HasKey("Id");
            b.HasIndex("ArticleId");
            b.HasIndex("IncidentId");
            b.ToTable("Excerpts");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Incident", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<int>("ArticleId");
            b.Property<string>("Attribution").HasMaxLength(500);
            b.Property<int?>("BorderSegmentId");
            b.Property<double>("Confidence");
            b.Property<int?>("DateDay");
            b.Property<DateOnly?>("DateEnd");
            b.Property<bool>("DateInferred");
            b.Property<int?>("DateMonth");
            b.Property<string>("DateNote").HasMaxLength(500);
            b.Property<string>("DatePrecision").IsRequired().HasMaxLength(16);
            b.Property<DateOnly?>("DateStart");
            b.Property<int?>("DateYear");
            b.Property<DateTimeOffset>("ExtractedAt");
            b.Property<string>("Fingerprint").IsRequired().HasMaxLength(128);
            b.Property<string>("LocationPrecision").IsRequired().HasMaxLength(16);
            b.Property<string>("LocationText").HasMaxLength(500);
            b.Property<string>("PipelineVersion").HasMaxLength(50);
            b.Property<int?>("PlaceId");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<string>("Summary").IsRequired().HasMaxLength(1000);
            b.Property<bool>("Superseded");
            b.Property<bool>("Hidden").ValueGeneratedOnAdd().HasDefaultValue(false);
            b.Property<string>("Type").IsRequired().HasMaxLength(32);

            b.HasKey("Id");
            b.HasIndex("ArticleId");
            b.HasIndex("BorderSegmentId");
            b.HasIndex("DateStart");
            b.HasIndex("Hidden", "DateStart", "DateEnd", "Id", "DateMonth", "BorderSegmentId", "Type", "Status")
                .HasDatabaseName("IX_Incidents_Hidden_DateStart_DateEnd_Id_Cells");   // 20261203110000_YearTallies
            b.HasIndex("Hidden", "BorderSegmentId", "DateStart", "DateEnd", "Id");
            b.HasIndex("Hidden", "DateEnd", "DateStart", "Id");   // 20261202150000_Tallies
            b.HasIndex("Hidden", "PlaceId", "Id");   // 20261202150000_Tallies
            b.HasIndex("Fingerprint").IsUnique();
            b.HasIndex("PlaceId");
            b.HasIndex("Status");
            b.HasIndex("Type");
            b.ToTable("Incidents");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentActor", b =>
        {
            b.Property<int>("ActorId");
            b.Property<int>("IncidentId");
            b.Property<string>("Role").IsRequired().HasMaxLength(16);

            b.HasKey("IncidentId", "ActorId", "Role");
            b.HasIndex("ActorId", "IncidentId");
            b.ToTable("IncidentActors");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentReview", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<string>("Analyst").IsRequired().HasMaxLength(200);
            b.Property<string>("CorrectionsJson");
            b.Property<DateTimeOffset>("DecidedAt");
            b.Property<string>("Decision").IsRequired().HasMaxLength(16);
            b.Property<int>("IncidentId");
            b.Property<int?>("MergedIntoId");
            b.Property<string>("Note").HasMaxLength(2000);
            b.Property<string>("RejectionReason").HasMaxLength(32);

            b.HasKey("Id");
            b.HasIndex("IncidentId");
            b.HasIndex("MergedIntoId");
            b.ToTable("IncidentReviews");
        });

        // 20261202120000_AnalystWorkbench: the audit log (no foreign keys).
        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentAttachment", b =>   // 20261203101000_DecisionAttachment
        {
            b.Property<int>("IncidentId");
            b.Property<int?>("ReattachedToId");
            b.Property<string>("State").IsRequired().HasMaxLength(16);

            b.HasKey("IncidentId");
            b.HasIndex("State");
            b.ToTable("IncidentAttachments");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentCasualties", b =>   // 20261203130000_IncidentCasualties
        {
            b.Property<int>("IncidentId");
            b.Property<int?>("Detained");
            b.Property<string>("Figures").IsRequired().HasMaxLength(1000);
            b.Property<int?>("Killed");
            b.Property<int?>("Wounded");

            b.HasKey("IncidentId");
            b.ToTable("IncidentCasualties");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.MachineValues", b =>   // 20261202160000_ReviewedColumns
        {
            b.Property<int>("IncidentId");
            b.Property<string>("ActorsJson").IsRequired();
            b.Property<int?>("BorderSegmentId");
            b.Property<int?>("DateDay");
            b.Property<bool>("DateInferred");
            b.Property<int?>("DateMonth");
            b.Property<string>("DateNote").HasMaxLength(500);
            b.Property<string>("DatePrecision").IsRequired().HasMaxLength(16);
            b.Property<int?>("DateYear");
            b.Property<int?>("PlaceId");
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<string>("Type").IsRequired().HasMaxLength(32);

            b.HasKey("IncidentId");
            b.ToTable("IncidentMachineValues");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.AuditEntry", b =>
        {
            b.Property<long>("Id").ValueGeneratedOnAdd()
                .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
            b.Property<string>("Account").HasMaxLength(256);   // 20261202165000_AccountAudit
            b.Property<string>("Action").IsRequired().HasMaxLength(16);
            b.Property<string>("Actor").IsRequired().HasMaxLength(200);
            b.Property<string>("After");
            b.Property<DateTimeOffset>("At");
            b.Property<string>("Before");
            b.Property<int?>("EventId");
            b.Property<int?>("IncidentId");
            b.Property<string>("Reason").HasMaxLength(2000);
            b.Property<string>("RejectionReason").HasMaxLength(32);
            b.Property<int?>("RelatedIncidentId");

            b.HasKey("Id");
            b.HasIndex("Account");
            b.HasIndex("At");
            b.HasIndex("EventId");
            b.HasIndex("IncidentId");
            b.ToTable("AuditEntries");
        });

        // 20261202120000_AnalystWorkbench: events across sources.
        modelBuilder.Entity("BorderWatch.Core.Domain.Event", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<int?>("BorderSegmentId");
            b.Property<DateTimeOffset>("CreatedAt");
            b.Property<DateOnly?>("DateEnd");
            b.Property<DateOnly?>("DateStart");
            b.Property<string>("DecidedBy").IsRequired().HasMaxLength(200);
            b.Property<string>("Origin").IsRequired().HasMaxLength(16);
            b.Property<string>("Status").IsRequired().HasMaxLength(16);
            b.Property<string>("Title").IsRequired().HasMaxLength(300);
            b.Property<string>("Type").IsRequired().HasMaxLength(32);

            b.HasKey("Id");
            b.HasIndex("BorderSegmentId");
            b.HasIndex("Status");
            b.ToTable("Events");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.EventReport", b =>
        {
            b.Property<int>("EventId");
            b.Property<int>("IncidentId");

            b.HasKey("EventId", "IncidentId");
            b.HasIndex("IncidentId");
            b.ToTable("EventReports");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Event", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.BorderSegment", null).WithMany().HasForeignKey("BorderSegmentId").OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.EventReport", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Event", null).WithMany().HasForeignKey("EventId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("BorderWatch.Core.Domain.Incident", null).WithMany().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        // 20261202150000_Tallies: counts kept by triggers (no foreign keys).
        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentTally", b =>
        {
            b.Property<int>("BorderKey");
            b.Property<string>("Type").HasMaxLength(32);
            b.Property<string>("Status").HasMaxLength(16);
            b.Property<int>("Count");

            b.HasKey("BorderKey", "Type", "Status");
            b.ToTable("IncidentTallies");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.MonthTally", b =>
        {
            b.Property<int>("BorderKey");
            b.Property<int>("Year");
            b.Property<int>("Month");
            b.Property<int>("Count");

            b.HasKey("BorderKey", "Year", "Month");
            b.ToTable("MonthTallies");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ActorTally", b =>
        {
            b.Property<int>("ActorId");
            b.Property<int>("BorderKey");
            b.Property<string>("Type").HasMaxLength(32);
            b.Property<string>("Status").HasMaxLength(16);
            b.Property<int>("Count");

            b.HasKey("ActorId", "BorderKey", "Type", "Status");
            b.ToTable("ActorTallies");
        });

        // 20261202170000_DateTallies: counts per month, border, type and status, kept by triggers.
        modelBuilder.Entity("BorderWatch.Core.Domain.DateTally", b =>
        {
            b.Property<int>("Year");
            b.Property<int>("Month");
            b.Property<int>("BorderKey");
            b.Property<string>("Type").HasMaxLength(32);
            b.Property<string>("Status").HasMaxLength(16);
            b.Property<int>("Count");

            b.HasKey("Year", "Month", "BorderKey", "Type", "Status");
            b.ToTable("DateTallies");
        });

        // 20261203110000_YearTallies: counts per year, border, type and status, kept by triggers and the batch writer.
        modelBuilder.Entity("BorderWatch.Core.Domain.YearTally", b =>
        {
            b.Property<int>("Year");
            b.Property<int>("BorderKey");
            b.Property<string>("Type").HasMaxLength(32);
            b.Property<string>("Status").HasMaxLength(16);
            b.Property<int>("Count");

            b.HasKey("Year", "BorderKey", "Type", "Status");
            b.ToTable("YearTallies");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ActorDateTally", b =>
        {
            b.Property<int>("ActorId");
            b.Property<int>("Year");
            b.Property<int>("Month");
            b.Property<int>("BorderKey");
            b.Property<string>("Type").HasMaxLength(32);
            b.Property<string>("Status").HasMaxLength(16);
            b.Property<int>("Count");

            b.HasKey("ActorId", "Year", "Month", "BorderKey", "Type", "Status");
            b.HasIndex("ActorId", "Year", "Month", "BorderKey", "Type", "Status", "Count").HasDatabaseName("IX_ActorDateTallies_Counts");
            b.ToTable("ActorDateTallies");
        });

        // 20261209100000_ActorPairTallies: listed incidents per ordered pair of actors, border, type and status.
        modelBuilder.Entity("BorderWatch.Core.Domain.ActorPairTally", b =>
        {
            b.Property<int>("ActorId");
            b.Property<int>("OtherActorId");
            b.Property<int>("BorderKey");
            b.Property<string>("Type").HasMaxLength(32);
            b.Property<string>("Status").HasMaxLength(16);
            b.Property<int>("Count");

            b.HasKey("ActorId", "OtherActorId", "BorderKey", "Type", "Status");
            b.ToTable("ActorPairTallies");
        });

        // 20261210110000_ActorPairMonthTallies: listed incidents per ordered pair of actors, month, border, type and status.
        modelBuilder.Entity("BorderWatch.Core.Domain.ActorPairMonthTally", b =>
        {
            b.Property<int>("ActorId");
            b.Property<int>("OtherActorId");
            b.Property<int>("Year");
            b.Property<int>("Month");
            b.Property<int>("BorderKey");
            b.Property<string>("Type").HasMaxLength(32);
            b.Property<string>("Status").HasMaxLength(16);
            b.Property<int>("Count");

            b.HasKey("ActorId", "Year", "Month", "OtherActorId", "BorderKey", "Type", "Status");
            // 20261211100000_PairMonthTallyCover: the key with the count, read alone.
            b.HasIndex("ActorId", "Year", "Month", "OtherActorId", "BorderKey", "Type", "Status", "Count").HasDatabaseName("IX_ActorPairMonthTallies_Cover");
            b.ToTable("ActorPairMonthTallies");
        });

        // 20261205000010_StorePlaceTallies: listed incidents per place, kept by triggers.
        modelBuilder.Entity("BorderWatch.Core.Domain.PlaceTally", b =>
        {
            b.Property<int>("PlaceId").ValueGeneratedNever();
            b.Property<int>("Count");

            b.HasKey("PlaceId");
            b.ToTable("PlaceTallies");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Outlet", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<string>("Domain").HasMaxLength(200);
            b.Property<string>("Name").IsRequired().HasMaxLength(200);

            b.HasKey("Id");
            b.HasIndex("Name").IsUnique();
            b.ToTable("Outlets");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Place", b =>
        {
            Identity(b.Property<int>("Id").ValueGeneratedOnAdd());
            b.Property<int?>("BorderSegmentId");
            b.Property<string>("CountryCode").HasMaxLength(3);
            b.Property<string>("Key").IsRequired().HasMaxLength(100);
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<double?>("Latitude");
            b.Property<double?>("Longitude");
            b.Property<string>("Name").IsRequired().HasMaxLength(200);
            b.Property<string>("Province").HasMaxLength(200);

            b.HasKey("Id");
            b.HasIndex("BorderSegmentId");
            b.HasIndex("Key").IsUnique();
            b.ToTable("Places");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ActorAlias", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Actor", null).WithMany().HasForeignKey("ActorId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ArticleBand", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Article", null).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.ArticleShingles", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Article", "Article").WithOne().HasForeignKey("BorderWatch.Core.Domain.ArticleShingles", "ArticleId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("Article");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Article", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Article", null).WithMany().HasForeignKey("DuplicateOfId").OnDelete(DeleteBehavior.SetNull);
            b.HasOne("BorderWatch.Core.Domain.Outlet", null).WithMany().HasForeignKey("OutletId").OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.BorderLength", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Article", null).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.SetNull);
            b.HasOne("BorderWatch.Core.Domain.BorderSegment", null).WithMany().HasForeignKey("BorderSegmentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Excerpt", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Article", null).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("BorderWatch.Core.Domain.Incident", null).WithMany().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Incident", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Article", null).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("BorderWatch.Core.Domain.BorderSegment", null).WithMany().HasForeignKey("BorderSegmentId").OnDelete(DeleteBehavior.SetNull);
            b.HasOne("BorderWatch.Core.Domain.Place", null).WithMany().HasForeignKey("PlaceId").OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentActor", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Actor", null).WithMany().HasForeignKey("ActorId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("BorderWatch.Core.Domain.Incident", null).WithMany().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentAttachment", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Incident", null).WithOne().HasForeignKey("BorderWatch.Core.Domain.IncidentAttachment", "IncidentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentCasualties", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Incident", "Incident").WithOne().HasForeignKey("BorderWatch.Core.Domain.IncidentCasualties", "IncidentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("Incident");
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.MachineValues", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Incident", null).WithOne().HasForeignKey("BorderWatch.Core.Domain.MachineValues", "IncidentId").OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.IncidentReview", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.Incident", null).WithMany().HasForeignKey("IncidentId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("BorderWatch.Core.Domain.Incident", null).WithMany().HasForeignKey("MergedIntoId").OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity("BorderWatch.Core.Domain.Place", b =>
        {
            b.HasOne("BorderWatch.Core.Domain.BorderSegment", null).WithMany().HasForeignKey("BorderSegmentId").OnDelete(DeleteBehavior.SetNull);
        });

        BuildAccounts(modelBuilder);
    }
}
