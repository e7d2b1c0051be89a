using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Ingest speed (issue 11): the insert-path row triggers (search index, tallies, <c>Hidden</c>) skip the rows the batch
/// writer inserts while its flag is set inside its transaction (<see cref="WriterBatch"/>); the writer then writes what
/// they would have, set-based, before it commits (<see cref="SearchAndTallies"/>). Every other write path (reviews,
/// reprocessing, gazetteer sync, the generator) keeps its triggers: the flag never outlives the writer's transaction.
/// SQLite: a one-row table <c>WriterBatch</c> outside the EF model (like the search index); PostgreSQL: a
/// transaction-local setting and split triggers (SQL in <see cref="WriterBatchSql"/>). No change to the EF model.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202171000_WriterBatchFlag")]
public sealed class WriterBatchFlag : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        if (b.ActiveProvider == NpgsqlProvider)
        {
            foreach (var sql in WriterBatchSql.PostgresUp()) b.Sql(sql);
            return;
        }
        b.Sql(WriterBatchSql.SqliteTable);
        foreach (var sql in WriterBatchSql.SqliteSearchInsertTriggers.Concat(WriterBatchSql.SqliteOtherInsertTriggers)) b.Sql(sql);
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? WriterBatchSql.PostgresDown() : WriterBatchSql.SqliteDown()) b.Sql(sql);
    }
}
