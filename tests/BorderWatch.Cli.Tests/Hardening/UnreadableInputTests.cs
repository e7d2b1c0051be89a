namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>
/// An unreadable subfolder and an unreadable file inside an ingested folder: each is one failed line, the rest of
/// the folder is ingested, the CLI ends normally. Under root (where permissions do not bind) the CLI runs as
/// <c>nobody</c>, so the permissions are real.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class UnreadableInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-perm-").FullName;

    public void Dispose()
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(_dir, "*", SearchOption.AllDirectories).Prepend(_dir))
            try { File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Unreadable_folders_and_files_are_reported_and_skipped()
    {
        var open = (UnixFileMode)0b111_111_111;
        File.SetUnixFileMode(_dir, open);   // reachable by the unprivileged user
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a.txt"), "Guards detain two\n\nKyrgyz border guards detained two men near Batken on Monday, officials said.");
        File.WriteAllText(Path.Combine(input, "z.txt"), "Water talks\n\nTajik and Kyrgyz officials met in Isfara on Tuesday to discuss water sharing.");
        var locked = Directory.CreateDirectory(Path.Combine(input, "locked")).FullName;
        File.WriteAllText(Path.Combine(locked, "hidden.txt"), "never read");
        var secret = Path.Combine(input, "secret.txt");
        File.WriteAllText(secret, "never read");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(secret, UnixFileMode.None);

        var asRoot = Environment.UserName == "root";
        using var cli = new CliProcess(["ingest", input, "--db", Path.Combine(_dir, "s.db"), "--logs", Path.Combine(_dir, "logs")],
            runAs: asRoot ? "nobody" : null);

        (await cli.ExitCodeAsync(TimeSpan.FromMinutes(3))).ShouldBe(CliApp.SomeFailed, string.Join('\n', cli.Err));
        cli.Err.ShouldBe([$"FAILED    {locked}: folder cannot be read (permission denied)", "FAILED    secret.txt: permission denied"], ignoreOrder: true);
        cli.Out.Count(l => l.StartsWith("ok ", StringComparison.Ordinal)).ShouldBe(2);
        cli.Out[^1].ShouldStartWith("4 document(s): 2 stored, 0 unchanged, 0 duplicate(s), 2 failed;");
    }
}
