using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The audit log is append-only in the database itself, not only through EF (<see cref="AppendOnlyRows"/>): triggers
/// make every UPDATE and DELETE of an <c>AuditEntries</c> row fail (SQLite <c>RAISE(ABORT, …)</c>; PostgreSQL a
/// trigger function, also on TRUNCATE), whoever issues it: a tool, raw SQL, another program on the store. Inserts are
/// untouched. Nothing in the product updates or deletes audit rows (the log has no foreign keys: removing an account,
/// an incident or an event leaves its entries). A later migration that rebuilds the table on SQLite must re-create
/// the triggers (<see cref="AuditAppendOnlySql"/>).
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261203100000_AuditAppendOnly")]
public sealed class AuditAppendOnly : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? AuditAppendOnlySql.PostgresUp : AuditAppendOnlySql.SqliteUp) b.Sql(sql);
    }

    protected override void Down(MigrationBuilder b)
    {
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? AuditAppendOnlySql.PostgresDown : AuditAppendOnlySql.SqliteDown) b.Sql(sql);
    }
}

/// <summary>The triggers of <see cref="AuditAppendOnly"/>, as they ran.</summary>
public static class AuditAppendOnlySql
{
    /// <summary>What the refusal says (both providers; tests look for it).</summary>
    public const string Message = "AuditEntries rows are append-only";

    internal static readonly string[] SqliteUp =
    [
        $"""
        CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries" BEGIN
            SELECT RAISE(ABORT, '{Message}: an audit entry is never updated');
        END;
        """,
        $"""
        CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries" BEGIN
            SELECT RAISE(ABORT, '{Message}: an audit entry is never deleted');
        END;
        """,
    ];

    internal static readonly string[] SqliteDown =
    [
        """DROP TRIGGER IF EXISTS "AuditEntries_no_update";""",
        """DROP TRIGGER IF EXISTS "AuditEntries_no_delete";""",
    ];

    internal static readonly string[] PostgresUp =
    [
        $"""
        CREATE FUNCTION "AuditEntries_refuse"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Message}: % refused', TG_OP USING ERRCODE = 'restrict_violation';
        END;
        $$;
        """,
        """
        CREATE TRIGGER "AuditEntries_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEntries"
            FOR EACH ROW EXECUTE FUNCTION "AuditEntries_refuse"();
        """,
        """
        CREATE TRIGGER "AuditEntries_no_truncate" BEFORE TRUNCATE ON "AuditEntries"
            FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntries_refuse"();
        """,
    ];

    internal static readonly string[] PostgresDown =
    [
        """DROP TRIGGER IF EXISTS "AuditEntries_no_truncate" ON "AuditEntries";""",
        """DROP TRIGGER IF EXISTS "AuditEntries_no_update_or_delete" ON "AuditEntries";""",
        """DROP FUNCTION IF EXISTS "AuditEntries_refuse"();""",
    ];
}
