using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class PlaceTallyConfiguration : IEntityTypeConfiguration<PlaceTally>
{
    public void Configure(EntityTypeBuilder<PlaceTally> b)
    {
        // Kept by triggers (Migrations/20261205000010_StorePlaceTallies.cs); no foreign key, like the other tallies.
        b.HasKey(x => x.PlaceId);
        b.Property(x => x.PlaceId).ValueGeneratedNever();
        b.ToTable("PlaceTallies");
    }
}
