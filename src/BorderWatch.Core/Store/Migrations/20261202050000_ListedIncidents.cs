using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// Scale: <see cref="Domain.Incident.Hidden"/>, kept by triggers (superseded, from a syndicated copy, or the latest review
/// rejects or merges), so lists filter on one column instead of joining articles and looking up reviews per row; indexes
/// that serve the date-ordered lists and counts, overall and per border; actor → incident lookups from the index alone.
/// </summary>
[DbContext(typeof(BorderWatchDbContext))]
[Migration("20261202050000_ListedIncidents")]
public sealed class ListedIncidents : Migration
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Whether the incident row in scope ("Incidents") is hidden; the same SQL on SQLite and PostgreSQL.</summary>
    public const string HiddenExpression = """
        ("Superseded"
         OR EXISTS (SELECT 1 FROM "Articles" a WHERE a."Id" = "Incidents"."ArticleId" AND a."DuplicateOfId" IS NOT NULL)
         OR coalesce((SELECT r."Decision" FROM "IncidentReviews" r WHERE r."IncidentId" = "Incidents"."Id" ORDER BY r."Id" DESC LIMIT 1) IN ('Rejected', 'Merged'), FALSE))
        """;

    internal static readonly string[] SqliteTriggers =
    [
        $"""
        CREATE TRIGGER "Hidden_incident_insert" AFTER INSERT ON "Incidents"
        WHEN NEW."Superseded" OR (SELECT "DuplicateOfId" FROM "Articles" WHERE "Id" = NEW."ArticleId") IS NOT NULL BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression} WHERE "Id" = NEW."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "Hidden_incident_superseded" AFTER UPDATE OF "Superseded", "ArticleId" ON "Incidents" BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression} WHERE "Id" = NEW."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "Hidden_article_duplicate" AFTER UPDATE OF "DuplicateOfId" ON "Articles" BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression} WHERE "ArticleId" = NEW."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "Hidden_review_insert" AFTER INSERT ON "IncidentReviews" BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression} WHERE "Id" = NEW."IncidentId";
        END;
        """,
        $"""
        CREATE TRIGGER "Hidden_review_delete" AFTER DELETE ON "IncidentReviews" BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression} WHERE "Id" = OLD."IncidentId";
        END;
        """,
    ];

    private static readonly string[] SqliteTriggerNames =
        ["Hidden_incident_insert", "Hidden_incident_superseded", "Hidden_article_duplicate", "Hidden_review_insert", "Hidden_review_delete"];

    private static readonly string[] PostgresCreate =
    [
        $"""
        CREATE FUNCTION bw_hidden_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression} WHERE "Id" = NEW."Id";
            RETURN NULL;
        END $$;
        """,
        $"""
        CREATE FUNCTION bw_hidden_on_article() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression} WHERE "ArticleId" = NEW."Id";
            RETURN NULL;
        END $$;
        """,
        $"""
        CREATE FUNCTION bw_hidden_on_review() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "Incidents" SET "Hidden" = {HiddenExpression}
            WHERE "Id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."IncidentId" ELSE NEW."IncidentId" END;
            RETURN NULL;
        END $$;
        """,
        """CREATE TRIGGER "Hidden_incident_insert" AFTER INSERT ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_hidden_on_incident();""",
        """CREATE TRIGGER "Hidden_incident_superseded" AFTER UPDATE OF "Superseded", "ArticleId" ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_hidden_on_incident();""",
        """CREATE TRIGGER "Hidden_article_duplicate" AFTER UPDATE OF "DuplicateOfId" ON "Articles" FOR EACH ROW EXECUTE FUNCTION bw_hidden_on_article();""",
        """CREATE TRIGGER "Hidden_review" AFTER INSERT OR DELETE ON "IncidentReviews" FOR EACH ROW EXECUTE FUNCTION bw_hidden_on_review();""",
    ];

    private static readonly string[] PostgresDrop =
    [
        """DROP TRIGGER IF EXISTS "Hidden_review" ON "IncidentReviews";""",
        """DROP TRIGGER IF EXISTS "Hidden_article_duplicate" ON "Articles";""",
        """DROP TRIGGER IF EXISTS "Hidden_incident_superseded" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "Hidden_incident_insert" ON "Incidents";""",
        "DROP FUNCTION IF EXISTS bw_hidden_on_review();",
        "DROP FUNCTION IF EXISTS bw_hidden_on_article();",
        "DROP FUNCTION IF EXISTS bw_hidden_on_incident();",
    ];

    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<bool>(name: "Hidden", table: "Incidents", nullable: false, defaultValue: false);
        b.DropIndex(name: "IX_IncidentActors_ActorId", table: "IncidentActors");
        b.CreateIndex(name: "IX_IncidentActors_ActorId_IncidentId", table: "IncidentActors", columns: ["ActorId", "IncidentId"]);
        b.CreateIndex(name: "IX_Incidents_Hidden_DateStart_DateEnd_Id", table: "Incidents", columns: ["Hidden", "DateStart", "DateEnd", "Id"]);
        b.CreateIndex(name: "IX_Incidents_Hidden_BorderSegmentId_DateStart_DateEnd_Id", table: "Incidents",
            columns: ["Hidden", "BorderSegmentId", "DateStart", "DateEnd", "Id"]);
        foreach (var sql in b.ActiveProvider == NpgsqlProvider ? PostgresCreate : SqliteTriggers) b.Sql(sql);
        b.Sql($"""UPDATE "Incidents" SET "Hidden" = {HiddenExpression};""");
    }

    protected override void Down(MigrationBuilder b)
    {
        if (b.ActiveProvider == NpgsqlProvider) foreach (var sql in PostgresDrop) b.Sql(sql);
        else foreach (var name in SqliteTriggerNames) b.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
        b.DropIndex(name: "IX_Incidents_Hidden_BorderSegmentId_DateStart_DateEnd_Id", table: "Incidents");
        b.DropIndex(name: "IX_Incidents_Hidden_DateStart_DateEnd_Id", table: "Incidents");
        b.DropIndex(name: "IX_IncidentActors_ActorId_IncidentId", table: "IncidentActors");
        b.CreateIndex(name: "IX_IncidentActors_ActorId", table: "IncidentActors", column: "ActorId");
        b.DropColumn(name: "Hidden", table: "Incidents");
    }
}
