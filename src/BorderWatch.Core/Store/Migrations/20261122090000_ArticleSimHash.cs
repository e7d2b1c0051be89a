using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>Adds the 64-bit SimHash that lets ingestion find near-duplicate candidates without loading texts.</summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261122090000_ArticleSimHash")]
public sealed class ArticleSimHash : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<long>(name: "SimHash", table: "Articles", nullable: true);

    protected override void Down(MigrationBuilder b) => b.DropColumn(name: "SimHash", table: "Articles");
}
