using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The actor-pair month tallies' key with the count (<c>IX_ActorPairMonthTallies_Cover</c>): the facets under one
/// actor and dates (<c>TalliedCounts.PairTotalsAsync</c>) read the actor's months from the index alone. With the key
/// only, SQLite's plan was <c>SEARCH … USING INDEX sqlite_autoindex_ActorPairMonthTallies_1</c>, a table row read per
/// cell for its count (2,857 cells for the Taliban over 2016–2018 at 1M); now <c>USING COVERING INDEX</c>. The same
/// index on PostgreSQL lets the read be an index-only scan. Plain columns on both providers.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class PairMonthTallyCover : Migration
{
    public const string Id = "20261211100000_PairMonthTallyCover";
    public const string IndexName = "IX_ActorPairMonthTallies_Cover";

    protected override void Up(MigrationBuilder b) =>
        b.CreateIndex(name: IndexName, table: "ActorPairMonthTallies",
            columns: ["ActorId", "Year", "Month", "OtherActorId", "BorderKey", "Type", "Status", "Count"]);

    protected override void Down(MigrationBuilder b) => b.DropIndex(name: IndexName, table: "ActorPairMonthTallies");
}
