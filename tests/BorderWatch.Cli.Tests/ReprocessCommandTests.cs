using BorderWatch.Cli;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Cli.Tests;

/// <summary><c>reprocess</c> on a real SQLite file: a failing article is reported, left as it was, and the run goes on.</summary>
public sealed class ReprocessCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-reprocess-").FullName;
    private string Db => Path.Combine(_dir, "cli.db");

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["--db", Db, "--logs", Path.Combine(_dir, "logs"), .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_failing_article_is_reported_on_its_own_line_and_exits_1_while_the_others_are_reprocessed()
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Tajik border guards exchanged fire with smugglers on the Panj river on 2 June 2022, the border service said.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "Kyrgyz and Tajik troops clashed at the border near Batken on 14 September 2022, officials said.");
        (await Run("ingest", folder)).Code.ShouldBe(0);
        long failing;
        await using (var conn = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            await conn.OpenAsync();
            var find = conn.CreateCommand();
            find.CommandText = "SELECT \"Id\" FROM \"Articles\" WHERE \"SourceName\" LIKE '%b.txt'";
            failing = (long)(await find.ExecuteScalarAsync())!;
            // Stored by an older pipeline: reprocess updates every article's version (and the trigger refuses one).
            var older = conn.CreateCommand();
            older.CommandText = "UPDATE \"Articles\" SET \"PipelineVersion\" = '2025.01.1'";
            await older.ExecuteNonQueryAsync();
            var trigger = conn.CreateCommand();
            trigger.CommandText = $"CREATE TRIGGER bw_fail BEFORE UPDATE ON \"Articles\" WHEN NEW.\"Id\" = {failing} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;";
            await trigger.ExecuteNonQueryAsync();
        }

        var (code, output, _) = await Run("reprocess");

        code.ShouldBe(CliApp.SomeFailed);
        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.ShouldContain(l => l.StartsWith($"FAILED    article {failing}: not reprocessed, left as it was", StringComparison.Ordinal) && l.Contains("injected failure"));
        lines[^1].ShouldStartWith("1 article(s) reprocessed:");
        lines[^1].ShouldEndWith("1 failed");
        await using var check = new SqliteConnection($"Data Source={Db};Pooling=False");
        await check.OpenAsync();
        var versions = check.CreateCommand();
        versions.CommandText = $"SELECT \"Id\" = {failing}, \"PipelineVersion\" FROM \"Articles\" ORDER BY 1";
        await using var reader = await versions.ExecuteReaderAsync();
        var rows = new List<(bool, string)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetBoolean(0), reader.GetString(1)));
        rows.ShouldBe([(false, BorderWatch.Ingestion.ArticleAnalysis.PipelineVersion), (true, "2025.01.1")], "the failed article is left as it was");
    }
}
