using System.Text.Json;
using BorderWatch.Cli;

namespace BorderWatch.Cli.Tests;

/// <summary>
/// date33: <c>ingest --received YYYY-MM-DD</c> is the day the documents came in: a dateline without a year takes its year
/// from it, so the same file ingested on any day reads the same (without the option: the day the CLI runs). A text of our
/// own, in no corpus.
/// </summary>
public sealed class IngestReceivedTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-cli-received-").FullName;

    // A wire dateline without a year; the text names no year either.
    private const string Story =
        "OSH, Mar 18 (Valley Wire) - Kyrgyz border guards detained four Tajik herders who had driven their sheep across the " +
        "line near the village of Chek-Suu, the Kyrgyz border service said.";

    private async Task<(int Code, string Out, string Err)> Run(string db, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["--db", Path.Combine(_dir, db), "--logs", Path.Combine(_dir, "logs"), .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private async Task<List<string>> DatesAfterIngest(string db, params string[] options)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, db + "-in")).FullName;
        File.WriteAllText(Path.Combine(folder, "osh_herders.txt"), Story);
        var (code, _, error) = await Run(db, ["ingest", folder, .. options]);
        code.ShouldBe(0, error);
        var (exported, json, _) = await Run(db, "export", "--format", "json");
        exported.ShouldBe(0);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(i => i.GetProperty("date").GetString() ?? "").ToList();
    }

    [Theory]
    // The detention is dated by the report's day at month precision (the event by then): its year is the dateline's.
    [InlineData("2024-03-20", "2024-03")]
    // Received before 18 March: the dateline is of the year before.
    [InlineData("2025-03-02", "2024-03")]
    [InlineData("2021-12-31", "2021-03")]
    public async Task The_received_day_gives_a_yearless_dateline_its_year(string received, string date)
    {
        var dates = await DatesAfterIngest("r" + received, "--received", received);
        dates.ShouldNotBeEmpty();
        dates.ShouldAllBe(d => d == date);
    }

    [Fact]
    public async Task Without_the_option_the_day_the_cli_runs_is_the_received_day()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = new DateOnly(today.Year, 3, 18) <= today ? today.Year : today.Year - 1;
        var dates = await DatesAfterIngest("today");
        dates.ShouldNotBeEmpty();
        dates.ShouldAllBe(d => d == $"{year:D4}-03");
    }

    // mend33b (review33 finding 5): the received day is not stored with the article; reprocess takes it again, so a
    // yearless dateline keeps the year ingest gave it (without the option reprocess reads the ingestion day, today).
    [Fact]
    public async Task Reprocess_with_the_received_day_keeps_the_datelines_year()
    {
        var dates = await DatesAfterIngest("reprocess", "--received", "2021-12-31");
        dates.ShouldAllBe(d => d == "2021-03");
        var (code, _, error) = await Run("reprocess", "reprocess", "--received", "2021-12-31");
        code.ShouldBe(0, error);
        var (exported, json, _) = await Run("reprocess", "export", "--format", "json");
        exported.ShouldBe(0);
        using var doc = JsonDocument.Parse(json);
        var after = doc.RootElement.EnumerateArray().Select(i => i.GetProperty("date").GetString() ?? "").ToList();
        after.ShouldNotBeEmpty();
        after.ShouldAllBe(d => d == "2021-03");
    }

    [Fact]
    public async Task Reprocess_rejects_a_received_value_that_is_not_a_day()
    {
        var (code, _, error) = await Run("bad", "reprocess", "--received", "31/12/2021");
        code.ShouldNotBe(0);
        error.ShouldContain("--received");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
