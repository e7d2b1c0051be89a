using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Store;

/// <summary>One incident found by the full-text search function (<see cref="BorderWatchDbContext.IncidentSearch"/>).</summary>
public sealed class IncidentSearchHit
{
    public int IncidentId { get; set; }
}

/// <summary>
/// The full-text search index over incidents: the summary, the excerpts' text and the names and aliases of the actors
/// involved, one document per incident, kept up to date by triggers on every write path (ingest, reprocess, review,
/// gazetteer sync). SQLite: an FTS5 table <c>IncidentSearch</c> (unicode61, diacritics removed) whose rowid is the
/// incident id. PostgreSQL: a table <c>IncidentSearchDocuments</c> of <c>tsvector</c>s ('simple' configuration over
/// unaccented text) with a GIN index, and a function <c>"IncidentSearch"(match)</c> that reads the same match syntax
/// as FTS5 (see <see cref="Queries.SearchQuery.MatchExpression"/>). Neither is part of the EF model: the migration
/// creates them with this SQL and the schema drift test leaves them out.
/// </summary>
public static class IncidentSearchIndex
{
    /// <summary>Tables the search index owns (SQLite adds FTS5's shadow tables, named after the first).</summary>
    public static readonly IReadOnlyList<string> TableNames = ["IncidentSearch", "IncidentSearchDocuments"];

    private const string SqliteActorNames = """
        coalesce((SELECT group_concat(n, ' ') FROM (
            SELECT a."CanonicalName" || ' ' || a."DisplayName" AS n FROM "IncidentActors" ia JOIN "Actors" a ON a."Id" = ia."ActorId" WHERE ia."IncidentId" = {0}
            UNION ALL
            SELECT al."Alias" FROM "IncidentActors" ia JOIN "ActorAliases" al ON al."ActorId" = ia."ActorId" WHERE ia."IncidentId" = {0})), '')
        """;

    private const string SqliteExcerptTexts = """coalesce((SELECT group_concat(e."Text", ' ') FROM "Excerpts" e WHERE e."IncidentId" = {0}), '')""";

    internal static string SqliteActors(string id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, SqliteActorNames, id);
    internal static string SqliteExcerpts(string id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, SqliteExcerptTexts, id);

    public static readonly string SqliteCreateTable =
        """CREATE VIRTUAL TABLE "IncidentSearch" USING fts5(summary, excerpts, actors, tokenize = 'unicode61 remove_diacritics 2');""";

    public static string[] SqliteTriggers =>
    [
        """
        CREATE TRIGGER "IncidentSearch_incident_insert" AFTER INSERT ON "Incidents" BEGIN
            INSERT INTO "IncidentSearch"(rowid, summary, excerpts, actors) VALUES (NEW."Id", NEW."Summary", '', '');
        END;
        """,
        """
        CREATE TRIGGER "IncidentSearch_incident_update" AFTER UPDATE OF "Summary" ON "Incidents" BEGIN
            UPDATE "IncidentSearch" SET summary = NEW."Summary" WHERE rowid = NEW."Id";
        END;
        """,
        """
        CREATE TRIGGER "IncidentSearch_incident_delete" AFTER DELETE ON "Incidents" BEGIN
            DELETE FROM "IncidentSearch" WHERE rowid = OLD."Id";
        END;
        """,
        $"""
        CREATE TRIGGER "IncidentSearch_excerpt_insert" AFTER INSERT ON "Excerpts" BEGIN
            UPDATE "IncidentSearch" SET excerpts = {SqliteExcerpts("NEW.\"IncidentId\"")} WHERE rowid = NEW."IncidentId";
        END;
        """,
        $"""
        CREATE TRIGGER "IncidentSearch_excerpt_update" AFTER UPDATE OF "Text", "IncidentId" ON "Excerpts" BEGIN
            UPDATE "IncidentSearch" SET excerpts = {SqliteExcerpts("OLD.\"IncidentId\"")} WHERE rowid = OLD."IncidentId";
            UPDATE "IncidentSearch" SET excerpts = {SqliteExcerpts("NEW.\"IncidentId\"")} WHERE rowid = NEW."IncidentId";
        END;
        """,
        $"""
        CREATE TRIGGER "IncidentSearch_excerpt_delete" AFTER DELETE ON "Excerpts" BEGIN
            UPDATE "IncidentSearch" SET excerpts = {SqliteExcerpts("OLD.\"IncidentId\"")} WHERE rowid = OLD."IncidentId";
        END;
        """,
        $"""
        CREATE TRIGGER "IncidentSearch_actor_insert" AFTER INSERT ON "IncidentActors" BEGIN
            UPDATE "IncidentSearch" SET actors = {SqliteActors("NEW.\"IncidentId\"")} WHERE rowid = NEW."IncidentId";
        END;
        """,
        $"""
        CREATE TRIGGER "IncidentSearch_actor_delete" AFTER DELETE ON "IncidentActors" BEGIN
            UPDATE "IncidentSearch" SET actors = {SqliteActors("OLD.\"IncidentId\"")} WHERE rowid = OLD."IncidentId";
        END;
        """,
        $"""
        CREATE TRIGGER "IncidentSearch_alias_insert" AFTER INSERT ON "ActorAliases" BEGIN
            UPDATE "IncidentSearch" SET actors = {SqliteActors("\"IncidentSearch\".rowid")}
            WHERE rowid IN (SELECT "IncidentId" FROM "IncidentActors" WHERE "ActorId" = NEW."ActorId");
        END;
        """,
    ];

    public static readonly string[] SqliteTriggerNames =
    [
        "IncidentSearch_incident_insert", "IncidentSearch_incident_update", "IncidentSearch_incident_delete",
        "IncidentSearch_excerpt_insert", "IncidentSearch_excerpt_update", "IncidentSearch_excerpt_delete",
        "IncidentSearch_actor_insert", "IncidentSearch_actor_delete", "IncidentSearch_alias_insert",
    ];

    /// <summary>Fills the index from scratch (after the migration, or after a bulk load with the triggers dropped).</summary>
    public static string SqliteFill => $"""
        DELETE FROM "IncidentSearch";
        {SqliteRows("TRUE")}
        """;

    /// <summary>The rows of the incidents <c>i</c> matching <paramref name="where"/> (which must have none yet).</summary>
    internal static string SqliteRows(string where) => $"""
        INSERT INTO "IncidentSearch"(rowid, summary, excerpts, actors)
        SELECT i."Id", i."Summary", {SqliteExcerpts("i.\"Id\"")}, {SqliteActors("i.\"Id\"")} FROM "Incidents" i WHERE {where};
        """;

    public static readonly string[] PostgresCreate =
    [
        "CREATE EXTENSION IF NOT EXISTS unaccent;",
        """CREATE TABLE "IncidentSearchDocuments" ("IncidentId" integer PRIMARY KEY, "Document" tsvector NOT NULL);""",
        """CREATE INDEX "IX_IncidentSearchDocuments_Document" ON "IncidentSearchDocuments" USING gin ("Document");""",
        """
        CREATE FUNCTION bw_search_refresh(incident integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM "IncidentSearchDocuments" WHERE "IncidentId" = incident;
            INSERT INTO "IncidentSearchDocuments"("IncidentId", "Document")
            SELECT i."Id", to_tsvector('simple', unaccent(i."Summary" || ' '
                || coalesce((SELECT string_agg(e."Text", ' ') FROM "Excerpts" e WHERE e."IncidentId" = i."Id"), '') || ' '
                || coalesce((SELECT string_agg(a."CanonicalName" || ' ' || a."DisplayName", ' ') FROM "IncidentActors" ia
                             JOIN "Actors" a ON a."Id" = ia."ActorId" WHERE ia."IncidentId" = i."Id"), '') || ' '
                || coalesce((SELECT string_agg(al."Alias", ' ') FROM "IncidentActors" ia
                             JOIN "ActorAliases" al ON al."ActorId" = ia."ActorId" WHERE ia."IncidentId" = i."Id"), '')))
            FROM "Incidents" i WHERE i."Id" = incident;
        END $$;
        """,
        """
        CREATE FUNCTION bw_search_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN DELETE FROM "IncidentSearchDocuments" WHERE "IncidentId" = OLD."Id";
            ELSE PERFORM bw_search_refresh(NEW."Id"); END IF;
            RETURN NULL;
        END $$;
        """,
        """
        CREATE FUNCTION bw_search_on_part() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN PERFORM bw_search_refresh(OLD."IncidentId"); END IF;
            IF TG_OP <> 'DELETE' THEN PERFORM bw_search_refresh(NEW."IncidentId"); END IF;
            RETURN NULL;
        END $$;
        """,
        """
        CREATE FUNCTION bw_search_on_alias() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM bw_search_refresh(ia."IncidentId") FROM (SELECT DISTINCT "IncidentId" FROM "IncidentActors" WHERE "ActorId" = NEW."ActorId") ia;
            RETURN NULL;
        END $$;
        """,
        """CREATE TRIGGER "IncidentSearch_incident" AFTER INSERT OR DELETE OR UPDATE OF "Summary" ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_search_on_incident();""",
        """CREATE TRIGGER "IncidentSearch_excerpt" AFTER INSERT OR DELETE OR UPDATE OF "Text", "IncidentId" ON "Excerpts" FOR EACH ROW EXECUTE FUNCTION bw_search_on_part();""",
        """CREATE TRIGGER "IncidentSearch_actor" AFTER INSERT OR DELETE OR UPDATE ON "IncidentActors" FOR EACH ROW EXECUTE FUNCTION bw_search_on_part();""",
        """CREATE TRIGGER "IncidentSearch_alias" AFTER INSERT ON "ActorAliases" FOR EACH ROW EXECUTE FUNCTION bw_search_on_alias();""",
        // The match syntax of SearchQuery.MatchExpression: (\"a b\"* OR \"c\") AND (...), words of letters and digits only.
        """
        CREATE FUNCTION bw_search_tsquery(match text) RETURNS tsquery LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
            parts text[] := string_to_array(regexp_replace(match, '"([^"]*)"\*', '"\1:*"', 'g'), '"');
        BEGIN
            FOR i IN 1 .. coalesce(array_length(parts, 1), 0) LOOP
                IF i % 2 = 0 THEN parts[i] := '(' || replace(parts[i], ' ', ' <-> ') || ')';
                ELSE parts[i] := replace(replace(parts[i], ' AND ', ' & '), ' OR ', ' | ');
                END IF;
            END LOOP;
            RETURN to_tsquery('simple', array_to_string(parts, ''));
        END $$;
        """,
        """
        CREATE FUNCTION "IncidentSearch"(match text) RETURNS TABLE(rowid integer) LANGUAGE sql STABLE AS $$
            SELECT d."IncidentId" FROM "IncidentSearchDocuments" d WHERE d."Document" @@ bw_search_tsquery(match)
        $$;
        """,
        """SELECT bw_search_refresh("Id") FROM "Incidents";""",
    ];

    public static readonly string[] PostgresDrop =
    [
        """DROP FUNCTION IF EXISTS "IncidentSearch"(text);""",
        "DROP FUNCTION IF EXISTS bw_search_tsquery(text);",
        """DROP TRIGGER IF EXISTS "IncidentSearch_alias" ON "ActorAliases";""",
        """DROP TRIGGER IF EXISTS "IncidentSearch_actor" ON "IncidentActors";""",
        """DROP TRIGGER IF EXISTS "IncidentSearch_excerpt" ON "Excerpts";""",
        """DROP TRIGGER IF EXISTS "IncidentSearch_incident" ON "Incidents";""",
        "DROP FUNCTION IF EXISTS bw_search_on_alias();",
        "DROP FUNCTION IF EXISTS bw_search_on_part();",
        "DROP FUNCTION IF EXISTS bw_search_on_incident();",
        "DROP FUNCTION IF EXISTS bw_search_refresh(integer);",
        """DROP TABLE IF EXISTS "IncidentSearchDocuments";""",
    ];

    /// <summary>
    /// For bulk loads on SQLite: drops the triggers so rows go in without per-row index work. Call
    /// <see cref="RestoreAsync"/> afterwards, which re-creates them and fills the index in one pass.
    /// </summary>
    public static async Task SuspendAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite()) return;
        foreach (var sql in SqliteTriggerNames.Select(name => "DROP TRIGGER IF EXISTS \"" + name + "\";"))
            await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    /// <summary>Re-creates the triggers (SQLite) and rebuilds every document from the stored incidents.</summary>
    public static async Task RestoreAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await SuspendAsync(db, ct);
            foreach (var sql in SqliteTriggers) await db.Database.ExecuteSqlRawAsync(sql, ct);
            // As migration WriterBatch left them: the insert triggers skip the batch writer's rows.
            foreach (var sql in Migrations.WriterBatchSql.SqliteSearchInsertTriggers) await db.Database.ExecuteSqlRawAsync(sql, ct);
            await db.Database.ExecuteSqlRawAsync(SqliteFill, ct);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("""TRUNCATE "IncidentSearchDocuments";""", ct);
            await db.Database.ExecuteSqlRawAsync("""SELECT bw_search_refresh("Id") FROM "Incidents";""", ct);
        }
    }
}
