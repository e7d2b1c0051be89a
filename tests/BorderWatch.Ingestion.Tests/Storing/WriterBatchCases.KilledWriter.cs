using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>The writer's flag (it skips the insert-path triggers while set) never outlives its transaction: a writer
/// killed with the flag set disables no trigger of another session, then or after.</summary>
public abstract partial class WriterBatchCases
{
    [Fact]
    public async Task A_flag_left_set_by_a_killed_writer_disables_no_trigger_of_anyone_else()
    {
        var options = await StoreAsync();
        var stored = await WriteGroupAsync(options, [Prepared("stories.txt", string.Join("\n\n", Stories))]);
        stored[0].Outcome.ShouldBe(IngestOutcome.Stored);
        var article = stored[0].ArticleId!.Value;
        var holder = await FlagHolder.StartAsync(options);
        try
        {
            await using (var db = StoreSetup.Open(options))
                (await WriterFlagAsync(db)).ShouldBeFalse("nobody else sees the flag of an open writer transaction");
            if (!holder.HoldsWriteLock)
            {
                // PostgreSQL: another session writes while the flag is set in the holder's transaction; its triggers run.
                await ReaddOneIncidentAsync(options, article);
                await CheckAsync(options, "another session wrote while a writer transaction held the flag");
            }
        }
        finally { await holder.KillAsync(); }

        await ReaddOneIncidentAsync(options, article);
        await CheckAsync(options, "after the process holding the flag was killed");
    }

    /// <summary>Deletes an incident behind the pipeline's back and lets reprocessing add it again through the context (triggers on).</summary>
    private static async Task ReaddOneIncidentAsync(StoreOptions options, int article)
    {
        await using var db = StoreSetup.Open(options);
        var gone = await db.Incidents.Where(i => i.ArticleId == article).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        await db.Excerpts.Where(e => e.IncidentId == gone).ExecuteDeleteAsync();
        await db.Incidents.Where(i => i.Id == gone).ExecuteDeleteAsync();
        (await new IngestionService(db, NullLogger<IngestionService>.Instance).ReprocessAsync(article)).Added.ShouldBe(1);
    }

    private static async Task<bool> WriterFlagAsync(BorderWatchDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = db.Database.IsSqlite()
                ? """SELECT count(*) FROM "WriterBatch" """
                : $"SELECT CASE WHEN coalesce(current_setting('{WriterBatch.PostgresSetting}', true), '') = 'on' THEN 1 ELSE 0 END";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}

/// <summary>
/// A writer that set its flag and was then killed. SQLite: the sqlite3 shell in a child process (BEGIN IMMEDIATE, the
/// flag row inserted, never committed), killed with SIGKILL; it holds the write lock meanwhile. PostgreSQL: a session
/// with the flag set in an open transaction, ended by the server (pg_terminate_backend), as when its client dies.
/// </summary>
internal sealed class FlagHolder
{
    private System.Diagnostics.Process? _shell;
    private Npgsql.NpgsqlConnection? _session;
    private StoreOptions _options = new();

    public bool HoldsWriteLock => _shell is not null;

    public static async Task<FlagHolder> StartAsync(StoreOptions options)
    {
        var holder = new FlagHolder { _options = options };
        if (options.Provider == "postgresql")
        {
            holder._session = new Npgsql.NpgsqlConnection(options.ConnectionString);
            await holder._session.OpenAsync();
            await using var command = holder._session.CreateCommand();
            command.CommandText = $"BEGIN; SELECT set_config('{WriterBatch.PostgresSetting}', 'on', true);";
            await command.ExecuteNonQueryAsync();
            return holder;
        }
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        var start = new System.Diagnostics.ProcessStartInfo("sqlite3", [file])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        holder._shell = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start");
        await holder._shell.StandardInput.WriteLineAsync("""
            .timeout 10000
            BEGIN IMMEDIATE;
            INSERT INTO "WriterBatch" ("Id") VALUES (1);
            SELECT 'flag ' || count(*) FROM "WriterBatch";
            """);
        await holder._shell.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await holder._shell.StandardOutput.ReadLineAsync(timeout.Token);
        line.ShouldBe("flag 1", "the shell set the flag in its transaction: " + line);
        return holder;
    }

    public async Task KillAsync()
    {
        if (_shell is not null)
        {
            _shell.Kill(entireProcessTree: true);   // SIGKILL: nothing of the shell's clean-up runs
            await _shell.WaitForExitAsync();
            _shell.Dispose();
        }
        if (_session is not null)
        {
            await using var other = new Npgsql.NpgsqlConnection(_options.ConnectionString);
            await other.OpenAsync();
            await using var command = other.CreateCommand();
            command.CommandText = $"SELECT pg_terminate_backend({_session.ProcessID})";
            (await command.ExecuteScalarAsync()).ShouldBe(true);
            try { await _session.DisposeAsync(); } catch (Npgsql.NpgsqlException) { /* the server ended it */ }
        }
    }
}
