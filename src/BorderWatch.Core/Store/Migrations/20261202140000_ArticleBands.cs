using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The near-duplicate index: band values of each original article's shingles, indexed, so ingestion looks up the
/// candidates of a new article instead of reading every stored hash. Existing articles get their rows from the
/// ingestion's backfill (computed from the cleaned text, which SQL cannot do) the first time a batch or the web starts.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202140000_ArticleBands")]
public sealed class ArticleBands : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable(
            name: "ArticleBands",
            columns: t => new
            {
                ArticleId = t.Column<int>(nullable: false),
                Band = t.Column<short>(nullable: false),
                Value = t.Column<long>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ArticleBands", x => new { x.ArticleId, x.Band });
                t.ForeignKey("FK_ArticleBands_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });
        b.CreateIndex(name: "IX_ArticleBands_Value", table: "ArticleBands", column: "Value");
    }

    protected override void Down(MigrationBuilder b) => b.DropTable(name: "ArticleBands");
}
