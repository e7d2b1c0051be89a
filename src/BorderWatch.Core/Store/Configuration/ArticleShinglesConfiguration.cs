using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class ArticleShinglesConfiguration : IEntityTypeConfiguration<ArticleShingles>
{
    public void Configure(EntityTypeBuilder<ArticleShingles> b)
    {
        b.HasKey(x => x.ArticleId);
        b.Property(x => x.ArticleId).ValueGeneratedNever();
        b.Property(x => x.Hashes).IsRequired();
        b.HasOne(x => x.Article).WithOne().HasForeignKey<ArticleShingles>(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
