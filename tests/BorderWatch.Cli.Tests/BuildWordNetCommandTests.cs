using System.Text.Json;
using BorderWatch.Cli;

namespace BorderWatch.Cli.Tests;

/// <summary><c>build-wordnet</c> run in-process on a tiny database in WordNet 3.0's file format, written by the test.</summary>
public sealed class BuildWordNetCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-wordnet-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteDatabase()
    {
        var wn = Path.Combine(_dir, "wordnet");
        Directory.CreateDirectory(wn);
        // Verbs: raid (root), shell under raid through its first sense, bake unrelated; "storm" reaches raid only by its third sense.
        File.WriteAllLines(Path.Combine(wn, "data.verb"),
        [
            "  1 header line (licence text in the real files)",
            "00000001 33 v 01 raid 0 000 | attack suddenly",
            "00000002 33 v 01 shell 0 001 @ 00000001 v 0000 | use explosives on",
            "00000003 30 v 01 bake 0 000 | cook in an oven",
            "00000004 33 v 01 storm 0 001 @ 00000001 v 0000 | take by force",
            "00000005 43 v 01 storm 0 000 | blow hard",
            "00000006 38 v 01 storm 0 000 | rage",
        ]);
        File.WriteAllLines(Path.Combine(wn, "index.verb"),
        [
            "  1 header line",
            "bake v 1 0 1 0 00000003  ",
            "raid v 1 0 1 0 00000001  ",
            "shell v 1 1 @ 1 0 00000002  ",
            "storm v 3 1 @ 3 0 00000005 00000006 00000004  ",
        ]);
        File.WriteAllLines(Path.Combine(wn, "data.noun"), ["00000010 04 n 01 foray 0 000 | a sudden short attack"]);
        File.WriteAllLines(Path.Combine(wn, "index.noun"), ["foray n 1 0 1 0 00000010  "]);
        File.WriteAllLines(Path.Combine(wn, "verb.exc"), ["shelt shell", "baked bake"]);
        return wn;
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Keeps_the_lemmas_under_the_roots_their_forms_and_the_licence()
    {
        var wn = WriteDatabase();
        var roots = Path.Combine(_dir, "roots.json");
        await File.WriteAllTextAsync(roots, """{ "maxRank": 2, "classes": [ { "class": "attack", "verbs": ["raid.v.1"], "nouns": ["foray.n.1"], "exclude": [] } ] }""");
        var licence = Path.Combine(_dir, "copyright");
        await File.WriteAllTextAsync(licence, "Files: *\nLicense: WordNet3.0\n Permission to use, copy, modify.\n .\n WordNet 3.0 Copyright 2006.\n\nFiles: debian/*\n");
        var output = Path.Combine(_dir, "event-classes.json");

        var (code, stdout, stderr) = await Run("build-wordnet", "--wordnet", wn, "--roots", roots, "--licence", licence,
            "--triggers", Path.Combine(_dir, "none.json"), "--out", output);

        code.ShouldBe(0, stderr);
        stdout.ShouldContain("event-classes.json");
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        var root = doc.RootElement;
        root.GetProperty("verbs").GetProperty("attack").EnumerateArray().Select(x => x.GetString()).ShouldBe(["raid", "shell"]);
        root.GetProperty("nouns").GetProperty("attack").EnumerateArray().Select(x => x.GetString()).ShouldBe(["foray"]);
        root.GetProperty("verbForms").GetProperty("shelt").GetString().ShouldBe("shell");
        root.GetProperty("verbForms").TryGetProperty("baked", out _).ShouldBeFalse();
        root.GetProperty("licence").GetString().ShouldBe("Permission to use, copy, modify.\n\nWordNet 3.0 Copyright 2006.");
        // Regenerating gives the same bytes.
        var first = await File.ReadAllTextAsync(output);
        (await Run("build-wordnet", "--wordnet", wn, "--roots", roots, "--licence", licence, "--triggers", Path.Combine(_dir, "none.json"), "--out", output)).Code.ShouldBe(0);
        (await File.ReadAllTextAsync(output)).ShouldBe(first);
    }

    [Fact]
    public async Task A_missing_database_or_an_unknown_sense_is_a_clear_error()
    {
        var roots = Path.Combine(_dir, "roots.json");
        await File.WriteAllTextAsync(roots, """{ "classes": [ { "class": "attack", "verbs": ["raid.v.9"] } ] }""");
        var missing = await Run("build-wordnet", "--wordnet", Path.Combine(_dir, "nowhere"), "--roots", roots, "--out", Path.Combine(_dir, "o.json"));
        missing.Code.ShouldBe(CliApp.SomeFailed);
        missing.Err.ShouldContain("index.verb");

        var wn = WriteDatabase();
        var badSense = await Run("build-wordnet", "--wordnet", wn, "--roots", roots, "--out", Path.Combine(_dir, "o.json"));
        badSense.Code.ShouldBe(CliApp.SomeFailed);
        badSense.Err.ShouldContain("raid.v.9");
    }
}
