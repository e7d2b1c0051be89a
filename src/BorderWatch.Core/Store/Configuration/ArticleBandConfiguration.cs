using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BorderWatch.Core.Store.Configuration;

public sealed class ArticleBandConfiguration : IEntityTypeConfiguration<ArticleBand>
{
    public void Configure(EntityTypeBuilder<ArticleBand> b)
    {
        b.HasKey(x => new { x.ArticleId, x.Band });
        // The article id rides in the index: the near-copy lookup reads the index alone (migration 20261207200000).
        b.HasIndex(x => new { x.Value, x.ArticleId });
        b.HasOne(x => x.Article).WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
