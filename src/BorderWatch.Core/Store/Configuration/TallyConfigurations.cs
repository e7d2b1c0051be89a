using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

// Aggregate tables written only by triggers (Migrations/20261202150000_Tallies.cs); no foreign keys, so deleting a
// border or an actor never cascades into them.

public sealed class IncidentTallyConfiguration : IEntityTypeConfiguration<IncidentTally>
{
    public void Configure(EntityTypeBuilder<IncidentTally> b)
    {
        b.HasKey(x => new { x.BorderKey, x.Type, x.Status });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.ToTable("IncidentTallies");
    }
}

public sealed class MonthTallyConfiguration : IEntityTypeConfiguration<MonthTally>
{
    public void Configure(EntityTypeBuilder<MonthTally> b)
    {
        b.HasKey(x => new { x.BorderKey, x.Year, x.Month });
        b.ToTable("MonthTallies");
    }
}

public sealed class ActorTallyConfiguration : IEntityTypeConfiguration<ActorTally>
{
    public void Configure(EntityTypeBuilder<ActorTally> b)
    {
        b.HasKey(x => new { x.ActorId, x.BorderKey, x.Type, x.Status });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.ToTable("ActorTallies");
    }
}

public sealed class DateTallyConfiguration : IEntityTypeConfiguration<DateTally>
{
    public void Configure(EntityTypeBuilder<DateTally> b)
    {
        // Month first: a date range is a range of the key (Migrations/20261202170000_DateTallies.cs).
        b.HasKey(x => new { x.Year, x.Month, x.BorderKey, x.Type, x.Status });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.ToTable("DateTallies");
    }
}

public sealed class YearTallyConfiguration : IEntityTypeConfiguration<YearTally>
{
    public void Configure(EntityTypeBuilder<YearTally> b)
    {
        // Year first: the whole years of a date range are a range of the key (Migrations/20261203110000_YearTallies.cs).
        b.HasKey(x => new { x.Year, x.BorderKey, x.Type, x.Status });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.ToTable("YearTallies");
    }
}

public sealed class ActorDateTallyConfiguration : IEntityTypeConfiguration<ActorDateTally>
{
    public void Configure(EntityTypeBuilder<ActorDateTally> b)
    {
        // Actor, then month: one actor's date range is a range of the key (Migrations/20261207100000_ActorDateTallies.cs).
        b.HasKey(x => new { x.ActorId, x.Year, x.Month, x.BorderKey, x.Type, x.Status });
        // The key with the count: a date range's sums for some actors read the index alone, not a table row per key entry
        // (Migrations/20261207400000_ActorDateTallyCounts.cs).
        b.HasIndex(x => new { x.ActorId, x.Year, x.Month, x.BorderKey, x.Type, x.Status, x.Count }).HasDatabaseName("IX_ActorDateTallies_Counts");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.ToTable("ActorDateTallies");
    }
}

public sealed class ActorPairTallyConfiguration : IEntityTypeConfiguration<ActorPairTally>
{
    public void Configure(EntityTypeBuilder<ActorPairTally> b)
    {
        // Actor, then the other actor: one actor's pairs with a facet's actors are a range of the key
        // (Migrations/20261209100000_ActorPairTallies.cs).
        b.HasKey(x => new { x.ActorId, x.OtherActorId, x.BorderKey, x.Type, x.Status });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.ToTable("ActorPairTallies");
    }
}

public sealed class ActorPairMonthTallyConfiguration : IEntityTypeConfiguration<ActorPairMonthTally>
{
    public void Configure(EntityTypeBuilder<ActorPairMonthTally> b)
    {
        // Actor, then month: one actor's pairs over a date range are a range of the key
        // (Migrations/20261210110000_ActorPairMonthTallies.cs).
        b.HasKey(x => new { x.ActorId, x.Year, x.Month, x.OtherActorId, x.BorderKey, x.Type, x.Status });
        // The key with the count: one actor's months are read from the index alone, without a table row per cell
        // (Migrations/20261211100000_PairMonthTallyCover.cs).
        b.HasIndex(x => new { x.ActorId, x.Year, x.Month, x.OtherActorId, x.BorderKey, x.Type, x.Status, x.Count })
            .HasDatabaseName("IX_ActorPairMonthTallies_Cover");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.ToTable("ActorPairMonthTallies");
    }
}
