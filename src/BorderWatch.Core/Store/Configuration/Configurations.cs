using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

// Enums are stored as strings so the database stays readable by analysts and other tools.
// Max lengths: codes/keys short, names moderate, free text unbounded.

public sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).IsRequired().HasMaxLength(200);
        b.Property(x => x.Domain).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.HasKey(x => x.Id);
        b.Ignore(x => x.Published);
        b.Property(x => x.SourceName).IsRequired().HasMaxLength(1000);
        b.Property(x => x.SourceUrl).HasMaxLength(2000);
        b.Property(x => x.Format).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FeedItemKey).HasMaxLength(1000);
        b.Property(x => x.RawContent).IsRequired();
        b.Property(x => x.RawEncoding).HasMaxLength(50);
        b.Property(x => x.CleanedText).IsRequired();
        b.Property(x => x.Title).HasMaxLength(1000);
        b.Property(x => x.Author).HasMaxLength(300);
        b.Property(x => x.Language).HasMaxLength(20);
        b.Property(x => x.PublishedPrecision).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.PublishedDateSource).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.PublishedDateNote).HasMaxLength(500);
        // Not unique: one feed file (one hash) yields many articles.
        b.Property(x => x.ContentHash).IsRequired().HasMaxLength(64);
        b.HasIndex(x => x.ContentHash);
        b.HasIndex(x => new { x.SourceName, x.FeedItemKey });
        b.Property(x => x.PipelineVersion).HasMaxLength(50);

        b.HasOne(x => x.Outlet).WithMany(o => o.Articles).HasForeignKey(x => x.OutletId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.DuplicateOf).WithMany().HasForeignKey(x => x.DuplicateOfId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.DuplicateOfId);
    }
}

public sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Key).IsRequired().HasMaxLength(100);
        b.HasIndex(x => x.Key).IsUnique();
        b.Property(x => x.CanonicalName).IsRequired().HasMaxLength(200);
        b.HasIndex(x => x.CanonicalName);
        b.Property(x => x.DisplayName).IsRequired().HasMaxLength(300);
        b.Property(x => x.CountryCode).HasMaxLength(3);
        b.Property(x => x.Description).HasMaxLength(2000);
    }
}

public sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Alias).IsRequired().HasMaxLength(300);
        b.Property(x => x.NormalizedAlias).IsRequired().HasMaxLength(300);
        b.HasIndex(x => new { x.ActorId, x.NormalizedAlias }).IsUnique();
        b.HasIndex(x => x.NormalizedAlias);
        b.HasOne(x => x.Actor).WithMany(a => a.Aliases).HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BorderSegmentConfiguration : IEntityTypeConfiguration<BorderSegment>
{
    public void Configure(EntityTypeBuilder<BorderSegment> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).IsRequired().HasMaxLength(7);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).IsRequired().HasMaxLength(200);
        b.Property(x => x.StateA).IsRequired().HasMaxLength(3);
        b.Property(x => x.StateB).IsRequired().HasMaxLength(3);
    }
}

public sealed class BorderLengthConfiguration : IEntityTypeConfiguration<BorderLength>
{
    public void Configure(EntityTypeBuilder<BorderLength> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Source).IsRequired().HasMaxLength(300);
        b.HasOne(x => x.BorderSegment).WithMany(s => s.Lengths).HasForeignKey(x => x.BorderSegmentId).OnDelete(DeleteBehavior.Cascade);
        // A figure read from an article outlives the article's deletion as a plain sourced figure.
        b.HasOne(x => x.Article).WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Key).IsRequired().HasMaxLength(100);
        b.HasIndex(x => x.Key).IsUnique();
        b.Property(x => x.Name).IsRequired().HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CountryCode).HasMaxLength(3);
        b.Property(x => x.Province).HasMaxLength(200);
        b.HasOne(x => x.BorderSegment).WithMany(s => s.Places).HasForeignKey(x => x.BorderSegmentId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    /// <summary>The listed incidents in date order, covering what date-range counts read per incident.</summary>
    public const string DateIndex = "IX_Incidents_Hidden_DateStart_DateEnd_Id_Cells";

    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.HasKey(x => x.Id);
        b.Ignore(x => x.Date);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.DatePrecision).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DateNote).HasMaxLength(500);
        b.Property(x => x.LocationText).HasMaxLength(500);
        b.Property(x => x.LocationPrecision).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Attribution).HasMaxLength(500);
        b.Property(x => x.Summary).IsRequired().HasMaxLength(1000);
        b.Property(x => x.Fingerprint).IsRequired().HasMaxLength(128);
        b.HasIndex(x => x.Fingerprint).IsUnique();
        b.Property(x => x.PipelineVersion).HasMaxLength(50);
        b.Property(x => x.Hidden).HasDefaultValue(false);   // set by triggers (migration ListedIncidents)

        b.HasIndex(x => x.Type);
        b.HasIndex(x => x.Status);
        b.HasIndex(x => x.DateStart);
        // The listed incidents in date order, overall and per border: page queries and counts read these alone.
        // The date index carries DateMonth, border, type and status after its keys, so the counts of a month a day-precise
        // bound cuts and the capped rows of a date range (border, type, status per incident) are read from it alone,
        // without a row lookup per incident (migration YearTallies).
        b.HasIndex(x => new { x.Hidden, x.DateStart, x.DateEnd, x.Id, x.DateMonth, x.BorderSegmentId, x.Type, x.Status })
            .HasDatabaseName(DateIndex);
        b.HasIndex(x => new { x.Hidden, x.BorderSegmentId, x.DateStart, x.DateEnd, x.Id });
        // What happened most recently (the overview's latest incidents): newest end first, read from this index alone.
        b.HasIndex(x => new { x.Hidden, x.DateEnd, x.DateStart, x.Id });
        // Listed incidents per place (the overview's map dots), counted from this index alone.
        b.HasIndex(x => new { x.Hidden, x.PlaceId, x.Id });

        b.HasOne(x => x.Article).WithMany(a => a.Incidents).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.BorderSegment).WithMany(s => s.Incidents).HasForeignKey(x => x.BorderSegmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(x => x.Place).WithMany().HasForeignKey(x => x.PlaceId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class IncidentActorConfiguration : IEntityTypeConfiguration<IncidentActor>
{
    public void Configure(EntityTypeBuilder<IncidentActor> b)
    {
        b.HasKey(x => new { x.IncidentId, x.ActorId, x.Role });
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
        // Actor filters and facets go from the actor to its incidents without touching the table.
        b.HasIndex(x => new { x.ActorId, x.IncidentId });
        b.HasOne(x => x.Incident).WithMany(i => i.Actors).HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Actor).WithMany(a => a.Incidents).HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ExcerptConfiguration : IEntityTypeConfiguration<Excerpt>
{
    public void Configure(EntityTypeBuilder<Excerpt> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Text).IsRequired();
        b.HasOne(x => x.Article).WithMany(a => a.Excerpts).HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // Article -> Incident -> Excerpt is a second cascade path; PostgreSQL allows it, and SQLite too.
        b.HasOne(x => x.Incident).WithMany(i => i.Excerpts).HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class IncidentReviewConfiguration : IEntityTypeConfiguration<IncidentReview>
{
    public void Configure(EntityTypeBuilder<IncidentReview> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Decision).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.CorrectionsJson);
        b.Property(x => x.Analyst).IsRequired().HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.RejectionReason).HasConversion<string>().HasMaxLength(32);
        // Analysts' work must never vanish as a side effect of re-extraction: deleting a reviewed incident fails.
        b.HasOne(x => x.Incident).WithMany(i => i.Reviews).HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MergedIntoId);
    }
}
