using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class MachineValuesConfiguration : IEntityTypeConfiguration<MachineValues>
{
    public void Configure(EntityTypeBuilder<MachineValues> b)
    {
        b.HasKey(x => x.IncidentId);
        b.Ignore(x => x.Date);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DatePrecision).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DateNote).HasMaxLength(500);
        b.Property(x => x.ActorsJson).IsRequired();
        b.HasOne<Incident>().WithOne().HasForeignKey<MachineValues>(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable("IncidentMachineValues");
    }
}

/// <summary>Orphaned, re-attached and dismissed decisions (migration 20261203101000_DecisionAttachment): a few rows.</summary>
public sealed class IncidentAttachmentConfiguration : IEntityTypeConfiguration<IncidentAttachment>
{
    public void Configure(EntityTypeBuilder<IncidentAttachment> b)
    {
        b.HasKey(x => x.IncidentId);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(x => x.State);
        b.HasOne<Incident>().WithOne().HasForeignKey<IncidentAttachment>(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable("IncidentAttachments");
    }
}

/// <summary>The machine's casualty figures of an incident (migration 20261203130000_IncidentCasualties): one row per incident with any.</summary>
public sealed class IncidentCasualtiesConfiguration : IEntityTypeConfiguration<IncidentCasualties>
{
    public void Configure(EntityTypeBuilder<IncidentCasualties> b)
    {
        b.HasKey(x => x.IncidentId);
        b.Ignore(x => x.Report);
        b.Property(x => x.Figures).IsRequired().HasMaxLength(1000);
        b.HasOne(x => x.Incident).WithOne().HasForeignKey<IncidentCasualties>(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable("IncidentCasualties");
    }
}
