using BorderWatch.Cli;

namespace BorderWatch.Cli.Tests;

/// <summary><c>train-language</c> run in-process on a small treebank cut from the repository's copy of UD PUD.</summary>
public sealed class TrainLanguageCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-train-").FullName;

    private static string UdData
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "BorderWatch.sln"))) return Path.Combine(d.FullName, "data", "ud");
            throw new DirectoryNotFoundException("repository root not found");
        }
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Trains_writes_the_three_models_and_scores_them()
    {
        var data = Directory.CreateDirectory(Path.Combine(_dir, "ud")).FullName;
        // the first 120 sentences of PUD test stand in for a training file: enough to check the command, not a model
        var lines = File.ReadLines(Path.Combine(UdData, "en_pud-ud-test.conllu")).ToList();
        var cut = lines.Select((l, i) => (l, i)).Where(p => p.l.Length == 0).Skip(119).First().i;
        await File.WriteAllLinesAsync(Path.Combine(data, "en_ewt-ud-train.conllu"), lines.Take(cut + 1));
        await File.WriteAllLinesAsync(Path.Combine(data, "en_pud-ud-test.conllu"), lines.Skip(cut + 1).Take(400));
        var models = Path.Combine(_dir, "models");

        var (code, output, error) = await Run("train-language", "--data", data, "--out", models, "--tagger-epochs", "1", "--parser-epochs", "1");

        error.ShouldBeEmpty();
        code.ShouldBe(CliApp.Ok);
        foreach (var file in new[] { "tagger.bin", "lemmatizer.bin", "parser.bin" }) File.Exists(Path.Combine(models, file)).ShouldBeTrue(file);
        output.ShouldContain("read 120 training sentences");
        output.ShouldContain("en_pud-ud-test.conllu: ");
        output.ShouldContain("gold tags UAS");

        (code, output, _) = await Run("train-language", "--data", data, "--evaluate", models);
        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("en_pud-ud-test.conllu: ");
    }

    [Fact]
    public async Task A_missing_training_file_is_a_usage_error_naming_it()
    {
        var (code, _, error) = await Run("train-language", "--data", Path.Combine(_dir, "nowhere"));
        code.ShouldBe(CliApp.UsageError);
        error.ShouldContain(Path.Combine(_dir, "nowhere", "en_ewt-ud-train.conllu"));
    }

    [Fact]
    public async Task A_bad_number_of_epochs_is_a_usage_error()
    {
        var (code, _, error) = await Run("train-language", "--parser-epochs", "zero");
        code.ShouldBe(CliApp.UsageError);
        error.ShouldContain("--parser-epochs: 'zero'");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
