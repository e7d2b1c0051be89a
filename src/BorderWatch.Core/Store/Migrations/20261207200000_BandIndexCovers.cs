using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The near-duplicate band index holds the article id beside the band value (<c>IX_ArticleBands_Value_ArticleId</c>
/// instead of <c>IX_ArticleBands_Value</c>): the writer's lookup of a new article's candidates then reads the index
/// alone. Before, every band row that matched (their number grows with the stored articles that share a band, as
/// syndicated copies of one story do) cost a random read of its table row for the article id.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261207200000_BandIndexCovers")]
public sealed class BandIndexCovers : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateIndex(name: "IX_ArticleBands_Value_ArticleId", table: "ArticleBands", columns: ["Value", "ArticleId"]);
        b.DropIndex(name: "IX_ArticleBands_Value", table: "ArticleBands");
    }

    protected override void Down(MigrationBuilder b)
    {
        b.CreateIndex(name: "IX_ArticleBands_Value", table: "ArticleBands", column: "Value");
        b.DropIndex(name: "IX_ArticleBands_Value_ArticleId", table: "ArticleBands");
    }
}
