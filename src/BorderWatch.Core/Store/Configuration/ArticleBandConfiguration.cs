using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class ArticleBandConfiguration : IEntityTypeConfiguration<ArticleBand>
{
    public void Configure(EntityTypeBuilder<ArticleBand> b)
    {
        b.HasKey(x => new { x.ArticleId, x.Band });
        b.HasIndex(x => x.Value);
        b.HasOne(x => x.Article).WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
