using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The shingle hashes of each original article (<c>ArticleShingles</c>: one narrow row per article, the hashes packed
/// in a blob), written with the article, so the near-copy confirmation of a new text reads them instead of the
/// candidate's texts (whose row also holds the raw content: older candidates' pages were read from the file and
/// shingled again, a cost that grew with the store). Articles stored before have no row; the confirmation reads their
/// text as before.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261205010000_IngestArticleShingles")]
public sealed class IngestArticleShingles : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.CreateTable(
            name: "ArticleShingles",
            columns: t => new
            {
                ArticleId = t.Column<int>(nullable: false),
                Hashes = t.Column<byte[]>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_ArticleShingles", x => x.ArticleId);
                t.ForeignKey("FK_ArticleShingles_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Cascade);
            });

    protected override void Down(MigrationBuilder b) => b.DropTable(name: "ArticleShingles");
}
