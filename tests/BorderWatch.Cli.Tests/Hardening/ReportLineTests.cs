namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>File names cannot forge report lines or drive the terminal.</summary>
public sealed class ReportLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-names-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Theory]
    [InlineData("a\nFAILED    b.txt", "a\\nFAILED    b.txt")]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("\u001B[31mred", "\\u001B[31mred")]
    [InlineData("gnp\u202Eexe.txt", "gnp\\u202Eexe.txt")]
    [InlineData("para\u2029graph", "para\\u2029graph")]
    [InlineData("Баткен 日本.txt", "Баткен 日本.txt")]
    public void Control_and_separator_characters_are_escaped(string text, string printed) =>
        ReportLine.Escape(text).ShouldBe(printed);

    [Fact]
    public async Task A_newline_in_a_file_name_cannot_forge_a_line_and_each_line_comes_as_its_file_finishes()
    {
        var input = Directory.CreateDirectory(Path.Combine(_dir, "in")).FullName;
        File.WriteAllText(Path.Combine(input, "a\nFAILED    forged.txt"), "Guards detain two\n\nKyrgyz border guards detained two men near Batken on Monday, officials said.");
        File.WriteAllBytes(Path.Combine(input, "empty.txt"), []);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await CliApp.RunAsync(["ingest", input, "--db", Path.Combine(_dir, "s.db"), "--logs", Path.Combine(_dir, "logs")], stdout, stderr);

        code.ShouldBe(CliApp.SomeFailed);
        var outLines = stdout.ToString().TrimEnd().Split('\n');
        outLines[0].ShouldStartWith("ok        a\\nFAILED    forged.txt: ");
        outLines.ShouldNotContain(l => l.StartsWith("FAILED"));
        stderr.ToString().TrimEnd().Split('\n').ShouldBe(["FAILED    empty.txt: file is empty"]);
    }
}
