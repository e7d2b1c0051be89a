using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).IsRequired().HasMaxLength(300);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Origin).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DecidedBy).IsRequired().HasMaxLength(200);
        b.HasIndex(x => x.Status);
        b.HasOne(x => x.BorderSegment).WithMany().HasForeignKey(x => x.BorderSegmentId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class EventReportConfiguration : IEntityTypeConfiguration<EventReport>
{
    public void Configure(EntityTypeBuilder<EventReport> b)
    {
        b.HasKey(x => new { x.EventId, x.IncidentId });
        b.HasIndex(x => x.IncidentId);
        b.HasOne(x => x.Event).WithMany(e => e.Reports).HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        // A linked incident carries analysts' work: re-extraction keeps it (DecisionAnchors), deleting it fails.
        b.HasOne(x => x.Incident).WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Restrict);
    }
}
