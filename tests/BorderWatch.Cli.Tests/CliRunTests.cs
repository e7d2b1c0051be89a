using System.Text.Json;
using BorderWatch.Cli;

namespace BorderWatch.Cli.Tests;

/// <summary>The CLI run in-process against a real SQLite file, on the repository's seed articles.</summary>
public sealed class CliRunTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-cli-").FullName;
    private string Db => Path.Combine(_dir, "cli.db");

    private static string Seeds
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "BorderWatch.sln"))) return Path.Combine(d.FullName, "seeds");
            throw new DirectoryNotFoundException("repository root not found");
        }
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["--db", Db, "--logs", Path.Combine(_dir, "logs"), .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public async Task InitializeAsync()
    {
        var (code, output, _) = await Run("ingest", Seeds);
        code.ShouldBe(0);
        output.ShouldContain("5 stored");
        output.ShouldContain("skipped   sources.json: unsupported file type '.json'");
        output.ShouldContain("0 failed; 1 file(s) skipped;");
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ingest_prints_a_line_per_file_and_a_summary_and_is_idempotent()
    {
        var (code, output, _) = await Run("ingest", Seeds);
        code.ShouldBe(0);
        var lines = output.Trim().Split('\n');
        lines.Count(l => l.StartsWith("unchanged")).ShouldBe(5);
        lines[^1].ShouldStartWith("5 document(s): 0 stored, 5 unchanged");
    }

    [Fact]
    public async Task Ingest_reports_bad_files_on_stderr_and_exits_1()
    {
        var bad = Path.Combine(_dir, "broken.xml");
        File.WriteAllText(bad, "<rss><channel><item>");
        var (code, output, error) = await Run("ingest", bad, Path.Combine(_dir, "nope.txt"));
        code.ShouldBe(1);
        error.ShouldContain("broken.xml:");
        error.ShouldContain("nope.txt");
        output.ShouldContain("2 failed");
    }

    [Fact]
    public async Task Files_of_unsupported_types_in_a_folder_are_listed_as_skipped_and_are_not_failures()
    {
        var folder = Path.Combine(_dir, "inbox");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.docx"), "x");
        File.WriteAllText(Path.Combine(folder, "story.txt"),
            "Tajik border guards exchanged fire with smugglers on the Panj river on 2 June 2022, the border service said.");

        var (code, output, error) = await Run("ingest", folder);
        code.ShouldBe(0);
        error.ShouldBeEmpty();
        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.ShouldContain("skipped   notes.docx: unsupported file type '.docx'");
        lines[^1].ShouldStartWith("1 document(s): 1 stored, 0 unchanged, 0 duplicate(s), 0 failed; 1 file(s) skipped;");

        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        (code, output, error) = await Run("ingest", folder);
        code.ShouldBe(1, "a failed file still fails the run");
        error.ShouldContain("FAILED    empty.txt: file is empty");
        output.ShouldContain("2 document(s): 0 stored, 1 unchanged, 0 duplicate(s), 1 failed; 1 file(s) skipped;");
    }

    [Fact]
    public void The_json_log_carries_the_structured_properties_of_each_stored_file()
    {
        // InitializeAsync ran "ingest seeds/" with --logs pointing into this test's folder; the run has ended,
        // so the logger is disposed and the files are flushed and closed.
        var logs = Path.Combine(_dir, "logs");
        Directory.GetFiles(logs, "borderwatch-*.log").ShouldHaveSingleItem();
        var lines = File.ReadAllLines(Directory.GetFiles(logs, "borderwatch-*.json").ShouldHaveSingleItem());
        var events = lines.Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var e in events)
            foreach (var field in new[] { "Timestamp", "Level", "MessageTemplate", "RenderedMessage" })
                e.TryGetProperty(field, out _).ShouldBeTrue($"every event has {field}");

        var stored = events.Where(e => e.GetProperty("MessageTemplate").GetString()!.StartsWith("Stored {File}", StringComparison.Ordinal)).ToList();
        stored.Count.ShouldBe(5);
        foreach (var e in stored)
        {
            var p = e.GetProperty("Properties");
            p.GetProperty("File").GetString()!.ShouldEndWith(".txt");
            p.GetProperty("ArticleId").GetInt32().ShouldBeGreaterThan(0);
            p.GetProperty("IncidentsFound").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
            p.GetProperty("ElapsedMs").GetInt64().ShouldBeGreaterThanOrEqualTo(0);
            e.GetProperty("RenderedMessage").GetString()!.ShouldContain($"as article {p.GetProperty("ArticleId").GetInt32()}");
            e.GetProperty("RenderedMessage").GetString()!.ShouldEndWith(" ms", Case.Sensitive, "no empty quoted suffix for a non-duplicate");
        }
        stored.Sum(e => e.GetProperty("Properties").GetProperty("IncidentsFound").GetInt32()).ShouldBeGreaterThan(50);

        var skipped = events.Single(e => e.GetProperty("MessageTemplate").GetString()!.StartsWith("Skipped {File}", StringComparison.Ordinal));
        skipped.GetProperty("Properties").GetProperty("File").GetString()!.ShouldEndWith("sources.json");
        skipped.GetProperty("Properties").GetProperty("Reason").GetString().ShouldBe("unsupported file type '.json'");
    }

    [Fact]
    public async Task Json_export_carries_the_schema_fields_and_exact_excerpts()
    {
        var (code, output, _) = await Run("export", "--format", "json");
        code.ShouldBe(0);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Count.ShouldBeGreaterThan(50);
        foreach (var name in new[] { "doc", "id", "type", "date", "datePrecision", "border", "countries", "organizations", "persons",
                     "location", "status", "attribution", "excerpt", "excerptStart", "excerptEnd", "url", "confidence" })
            items[0].TryGetProperty(name, out _).ShouldBeTrue($"field {name}");
        var texts = Directory.GetFiles(Seeds, "*.txt").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        foreach (var item in items)
            texts[item.GetProperty("doc").GetString()!].ShouldContain(item.GetProperty("excerpt").GetString()!);
    }

    [Fact]
    public async Task Filters_narrow_the_export()
    {
        var (_, all, _) = await Run("export", "--format", "json");
        var (code, tkm, _) = await Run("export", "--format", "json", "--border", "AFG-TKM", "--from", "2015", "--to", "2019-12");
        code.ShouldBe(0);
        var filtered = JsonDocument.Parse(tkm).RootElement.EnumerateArray().ToList();
        filtered.Count.ShouldBeGreaterThan(0);
        filtered.Count.ShouldBeLessThan(JsonDocument.Parse(all).RootElement.GetArrayLength());
        foreach (var i in filtered)
        {
            i.GetProperty("border").GetString().ShouldBe("AFG-TKM");
            string.CompareOrdinal(i.GetProperty("date").GetString(), "2015").ShouldBeGreaterThanOrEqualTo(0);
            string.CompareOrdinal(i.GetProperty("date").GetString()![..4], "2019").ShouldBeLessThanOrEqualTo(0);
        }

        var (_, person, _) = await Run("export", "--format", "json", "--person", "Sergei Lavrov", "--type", "statement,diplomatic-meeting");
        var byPerson = JsonDocument.Parse(person).RootElement.EnumerateArray().ToList();
        byPerson.ShouldNotBeEmpty();
        byPerson.ShouldAllBe(i => i.GetProperty("persons").EnumerateArray().Any(p => p.GetString() == "Sergey Lavrov"));
    }

    [Fact]
    public async Task Generate_corpus_writes_the_same_text_and_html_articles_for_the_same_seed()
    {
        var a = Path.Combine(_dir, "corpus-a");
        var b = Path.Combine(_dir, "corpus-b");
        var (code, output, _) = await Run("generate-corpus", "--articles", "4", "--out", a, "--seed", "3");
        (await Run("generate-corpus", "--articles", "4", "--out", b, "--seed", "3")).Code.ShouldBe(0);

        code.ShouldBe(0);
        output.ShouldContain("wrote 4 articles");
        var files = Directory.GetFiles(a).Select(Path.GetFileName).Order().ToList();
        files.ShouldBe(["000001.txt", "000002.html", "000003.txt", "000004.html"]);
        foreach (var f in files) File.ReadAllText(Path.Combine(a, f!)).ShouldBe(File.ReadAllText(Path.Combine(b, f!)));
        File.ReadAllText(Path.Combine(a, "000002.html")).ShouldContain("<article><h1>");
        File.Exists(Db).ShouldBeFalse("generate-corpus needs no store");
    }

    [Fact]
    public async Task Csv_and_geojson_exports_go_to_files()
    {
        var csv = Path.Combine(_dir, "out.csv");
        (await Run("export", "--format", "csv", "--out", csv)).Code.ShouldBe(0);
        var lines = File.ReadAllLines(csv);
        lines[0].ShouldStartWith("doc,");
        lines.Length.ShouldBeGreaterThan(50);

        var geo = Path.Combine(_dir, "out.geojson");
        (await Run("export", "--format", "geojson", "--out", geo)).Code.ShouldBe(0);
        using var json = JsonDocument.Parse(File.ReadAllText(geo));
        json.RootElement.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBeGreaterThan(50);
        foreach (var f in features.Where(f => f.GetProperty("geometry").ValueKind != JsonValueKind.Null))
            f.GetProperty("geometry").GetProperty("coordinates").GetArrayLength().ShouldBe(2);
        features.ShouldContain(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Null, "unlocated incidents are kept with geometry null");
    }

    [Fact]
    public async Task A_malformed_filter_is_a_usage_error_naming_the_field()
    {
        var (code, _, error) = await Run("export", "--format", "json", "--from", "2019-13");
        code.ShouldBe(2);
        error.ShouldContain("from");
        error.ShouldContain("2019-13");
    }

    [Fact]
    public async Task Stats_counts_tables_borders_and_types()
    {
        var (code, output, _) = await Run("stats");
        code.ShouldBe(0);
        output.ShouldContain("articles             5");
        output.ShouldContain("AFG-TKM");
        output.ShouldContain("statement");
    }

    [Fact]
    public async Task Reprocess_with_an_unchanged_pipeline_reproduces_the_same_incidents()
    {
        var (_, before, _) = await Run("export", "--format", "json");
        var (code, output, _) = await Run("reprocess");
        code.ShouldBe(0);
        output.ShouldContain("5 article(s) reprocessed: 0 incident(s) added");
        output.ShouldContain("0 removed");
        var (_, after, _) = await Run("export", "--format", "json");
        after.ShouldBe(before);
    }
}
