using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Actor).IsRequired().HasMaxLength(200);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.RejectionReason).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.Account).HasMaxLength(256);
        // No foreign keys: the log outlives the incidents it describes.
        b.HasIndex(x => x.IncidentId);
        b.HasIndex(x => x.EventId);
        b.HasIndex(x => x.At);
        b.HasIndex(x => x.Account);
    }
}
