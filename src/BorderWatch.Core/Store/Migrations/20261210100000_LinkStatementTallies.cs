using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// PostgreSQL only: the actor, actor-date and actor-pair tallies count link inserts and deletes per statement
/// (<see cref="LinkTally.PostgresLinkCreate"/>), not per row. PostgreSQL runs an AFTER row trigger when its whole
/// statement is done, so each row's trigger saw every row of a multi-row link INSERT or DELETE: two new actors of an
/// incident counted their pair twice, an actor given (or stripped of) two roles in one statement was counted not at
/// all (or twice). SQLite runs row triggers row by row: nothing changes there. The row functions stay for Down.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration(Id)]
public sealed class LinkStatementTallies : Migration
{
    public const string Id = "20261210100000_LinkStatementTallies";
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        if (b.ActiveProvider != NpgsqlProvider) return;
        foreach (var tally in LinkTally.CountedPerStatementSince20261210)
        {
            b.Sql($"""DROP TRIGGER "{tally.Name}_link_insert" ON "IncidentActors";""");
            b.Sql($"""DROP TRIGGER "{tally.Name}_link_delete" ON "IncidentActors";""");
            foreach (var sql in tally.PostgresLinkCreate) b.Sql(sql);
        }
    }

    protected override void Down(MigrationBuilder b)
    {
        if (b.ActiveProvider != NpgsqlProvider) return;
        foreach (var tally in LinkTally.CountedPerStatementSince20261210)
        {
            foreach (var sql in tally.PostgresLinkDrop) b.Sql(sql);
            foreach (var sql in LinkTallyTriggers.RowLinkTriggers(tally.Name, tally.Function)) b.Sql(sql);
        }
    }
}
