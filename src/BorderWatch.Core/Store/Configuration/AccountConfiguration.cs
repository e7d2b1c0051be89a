using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("ApiTokens");
        b.HasKey(x => x.Id);
        b.Property(x => x.UserId).IsRequired();
        b.Property(x => x.Name).IsRequired().HasMaxLength(100);
        b.Property(x => x.Prefix).IsRequired().HasMaxLength(16);
        b.Property(x => x.Hash).IsRequired().HasMaxLength(64);
        b.Ignore(x => x.IsRevoked);
        b.HasIndex(x => x.Hash).IsUnique();
        b.HasIndex(x => x.UserId);
        // A removed user's tokens go with them.
        b.HasOne<BorderWatchUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
