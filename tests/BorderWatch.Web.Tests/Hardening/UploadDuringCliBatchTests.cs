using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Web.Tests.Hosting;
using BorderWatch.Web.Tests.Ingest;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// A web upload over HTTP (real Kestrel on loopback) while the real CLI, a child process, ingests a batch into the
/// same store: neither sees a "database is locked", deadlock or constraint error, no file is lost, the files both send
/// are stored once. Run on a SQLite file and on a database of the tests' real PostgreSQL server.
/// </summary>
public abstract class UploadDuringCliBatchCases : IAsyncLifetime
{
    private const int Articles = 120;
    private KestrelDashboard app = default!;
    private string[] cliStore = [];
    private readonly string batch = Directory.CreateTempSubdirectory("bw-cli-batch-").FullName;

    /// <summary>
    /// The app's analysis threads at normal priority: this case is about two writers, and on a loaded machine the
    /// default nice 10 can starve an upload's analysis past its budget.
    /// </summary>
    internal static readonly (string, string)[] Settings = [("Ingest:AnalysisNice", "0")];

    /// <summary>The app on its store, and the CLI's options naming the same store.</summary>
    protected abstract Task<(KestrelDashboard App, string[] CliStore)> CreateAppAsync();

    public async Task InitializeAsync() => (app, cliStore) = await CreateAppAsync();

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        try { Directory.Delete(batch, recursive: true); } catch (IOException) { }
    }

    /// <summary>Distinct generated articles: incident sentences plus a paragraph of pseudo-random words.</summary>
    private static void WriteBatch(string folder)
    {
        var random = new Random(10);
        string[] places = ["Batken", "Isfara", "Vorukh", "Osh", "Khujand", "Sokh"];
        for (var i = 0; i < Articles; i++)
        {
            var sb = new StringBuilder($"Report {i}: guards detain men near {places[i % places.Length]}\n\n");
            sb.Append($"Kyrgyz border guards detained {random.Next(2, 9)} men near {places[random.Next(places.Length)]} on Monday, officials said.\n\n");
            for (var w = 0; w < 60; w++)
            {
                for (var c = random.Next(3, 9); c > 0; c--) sb.Append((char)('a' + random.Next(26)));
                sb.Append(w % 12 == 11 ? ". " : " ");
            }
            File.WriteAllText(Path.Combine(folder, $"article-{i:D4}.txt"), sb.ToString(), new UTF8Encoding(false));
        }
    }

    /// <summary>The CLI built beside this repository's tests (same configuration), as <c>dotnet borderwatch.dll</c>.</summary>
    private static string CliDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);   // tests/BorderWatch.Web.Tests/bin/{Configuration}/{tfm}/
        var tfm = here.Name;
        var configuration = here.Parent!.Name;
        var repo = here;
        while (repo is not null && !Directory.Exists(Path.Combine(repo.FullName, "src", "BorderWatch.Cli"))) repo = repo.Parent;
        var dll = Path.Combine(repo.ShouldNotBeNull().FullName, "src", "BorderWatch.Cli", "bin", configuration, tfm, "borderwatch.dll");
        File.Exists(dll).ShouldBeTrue($"the CLI is built with the tests ({dll})");
        return dll;
    }

    private static void NoStoreErrorsIn(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            line.ShouldNotContain("locked", Case.Insensitive);
            line.ShouldNotContain("constraint", Case.Insensitive);
            line.ShouldNotContain("deadlock", Case.Insensitive);
            line.ShouldNotContain("duplicate key", Case.Insensitive);
            line.ShouldNotContain("Unhandled exception");
        }
    }

    [Fact]
    public async Task An_upload_while_the_cli_ingests_into_the_same_store_stores_each_article_once_without_errors()
    {
        WriteBatch(batch);
        var client = app.RealClient();
        _ = app.Services;   // the app has migrated the store (WAL) before the CLI opens it
        await app.AddAccountAsync("uploader", AccessRole.Analyst);
        (await client.PostSignInAsync("uploader", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Warm the app's reader and pipeline with the batch's first file before the overlap: a cold first document
        // (models and lexicons loading) can outlast its wall-time budget on a saturated machine, which is not this case.
        // The CLI later finds that file unchanged, so the counts below stay the batch's.
        using (var warm = new MultipartFormDataContent())
        {
            var first = Directory.GetFiles(batch).Order().First();
            warm.Add(new ByteArrayContent(await File.ReadAllBytesAsync(first)) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } },
                "files", Path.GetFileName(first));
            await IngestJobPolling.FinishedAsync(client, await client.PostAsync("/api/ingest", warm));
        }

        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in (string[])[CliDll(), .. cliStore, "ingest", batch, "--logs", Path.Combine(batch, "..", Path.GetFileName(batch) + "-logs")])
            psi.ArgumentList.Add(a);
        var output = new List<string>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cli = new Process { StartInfo = psi };
        cli.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) { output.Add(e.Data); if (output.Count(l => l.StartsWith("ok ", StringComparison.Ordinal)) >= 5) started.TrySetResult(); }
        };
        cli.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add("stderr: " + e.Data); };
        cli.Start();
        cli.BeginOutputReadLine();
        cli.BeginErrorReadLine();
        try
        {
            // Once the CLI is writing, upload the last 40 files of its batch (the CLI reaches them later) and 2 of its own.
            await Task.WhenAny(started.Task, cli.WaitForExitAsync());
            cli.HasExited.ShouldBeFalse("the CLI batch ended before the upload could overlap it");
            using var form = new MultipartFormDataContent();
            var files = Directory.GetFiles(batch).Order().TakeLast(40).ToList();
            foreach (var file in files)
            {
                var part = new ByteArrayContent(await File.ReadAllBytesAsync(file));
                part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                form.Add(part, "files", Path.GetFileName(file));
            }
            var job = await IngestJobPolling.FinishedAsync(client, await client.PostAsync("/api/ingest", form));

            job.GetProperty("state").GetString().ShouldBe("done");
            var results = job.GetProperty("results").EnumerateArray().ToList();
            results.Count.ShouldBe(40);
            foreach (var r in results)
            {
                r.GetProperty("outcome").GetString().ShouldBeOneOf(["stored", "unchanged", "duplicate"], r.GetRawText());
                NoStoreErrorsIn([r.GetRawText()]);
            }
            await cli.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(15)).Token);
        }
        finally
        {
            if (!cli.HasExited) cli.Kill(entireProcessTree: true);
        }
        string[] lines;
        lock (output) lines = [.. output];
        cli.ExitCode.ShouldBe(0, string.Join('\n', lines.TakeLast(20)));
        NoStoreErrorsIn(lines);
        lines.ShouldNotContain(l => l.StartsWith("FAILED", StringComparison.Ordinal));

        await using var db = app.OpenStore();
        (await db.Articles.CountAsync()).ShouldBe(Articles, "every file stored, none twice");
        (await db.Articles.Select(a => a.ContentHash).Distinct().CountAsync()).ShouldBe(Articles);
    }
}

public sealed class SqliteUploadDuringCliBatchTests : UploadDuringCliBatchCases
{
    protected override Task<(KestrelDashboard, string[])> CreateAppAsync()
    {
        var app = new KestrelDashboard(null, UploadDuringCliBatchCases.Settings);
        return Task.FromResult((app, new[] { "--db", app.DatabasePath }));
    }
}

[Collection(WebPostgresCollection.Name)]
public sealed class PostgresUploadDuringCliBatchTests(PostgresFixture server) : UploadDuringCliBatchCases
{
    protected override async Task<(KestrelDashboard, string[])> CreateAppAsync()
    {
        var database = await server.NewDatabaseAsync();
        return (new KestrelDashboard(null, UploadDuringCliBatchCases.Settings) { Database = database }, ["--provider", "postgresql", "--connection", database.ConnectionString!]);
    }
}
