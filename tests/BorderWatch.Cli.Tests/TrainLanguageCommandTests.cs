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

        var (code, output, error) = await Run("train-language", "--data", data, "--out", models, "--tagger-epochs", "1", "--parser-epochs", "1",
            "--train-on", "train");

        error.ShouldBeEmpty();
        code.ShouldBe(CliApp.Ok);
        foreach (var file in new[] { "tagger.bin", "lemmatizer.bin", "parser.bin" }) File.Exists(Path.Combine(models, file)).ShouldBeTrue(file);
        output.ShouldContain("read 120 training sentences");
        output.ShouldContain("en_pud-ud-test.conllu: ");
        output.ShouldContain("gold tags UAS");

        (code, output, _) = await Run("train-language", "--data", data, "--evaluate", models);
        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("parser beam 1");
        output.ShouldContain("en_pud-ud-test.conllu: ");

        // the saved greedy parser decoded with a beam of 3 on request
        (code, output, _) = await Run("train-language", "--data", data, "--evaluate", models, "--parser-beam", "3");
        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("parser beam 3");
        output.ShouldContain("en_pud-ud-test.conllu: ");

        // pruned on request and written to --out: fewer weights, a smaller file, the original left alone
        var before = File.ReadAllBytes(Path.Combine(models, "parser.bin"));
        var pruned = Path.Combine(_dir, "pruned");
        (code, output, _) = await Run("train-language", "--data", data, "--evaluate", models, "--parser-prune", "2", "--out", pruned);
        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("parser pruned under 2");
        output.ShouldContain("en_pud-ud-test.conllu: ");
        new FileInfo(Path.Combine(pruned, "parser.bin")).Length.ShouldBeLessThan(before.Length);
        File.ReadAllBytes(Path.Combine(models, "parser.bin")).ShouldBe(before);
    }

    [Fact]
    public async Task A_bad_pruning_threshold_is_a_usage_error()
    {
        var (code, _, error) = await Run("train-language", "--evaluate", _dir, "--parser-prune", "half");
        code.ShouldBe(CliApp.UsageError);
        error.ShouldContain("--parser-prune: 'half'");
    }

    [Fact]
    public async Task Train_plus_dev_learns_from_both_files_and_says_the_dev_score_is_not_held_out()
    {
        var data = Directory.CreateDirectory(Path.Combine(_dir, "ud2")).FullName;
        // PUD sentences 1-80 stand in for train, 81-110 for dev, 111-150 for PUD test
        var lines = File.ReadLines(Path.Combine(UdData, "en_pud-ud-test.conllu")).ToList();
        var ends = lines.Select((l, i) => (l, i)).Where(p => p.l.Length == 0).Select(p => p.i).ToList();
        await File.WriteAllLinesAsync(Path.Combine(data, "en_ewt-ud-train.conllu"), lines.Take(ends[79] + 1));
        await File.WriteAllLinesAsync(Path.Combine(data, "en_ewt-ud-dev.conllu"), lines.Skip(ends[79] + 1).Take(ends[109] - ends[79]));
        await File.WriteAllLinesAsync(Path.Combine(data, "en_pud-ud-test.conllu"), lines.Skip(ends[109] + 1).Take(ends[149] - ends[109]));
        var models = Path.Combine(_dir, "models2");

        var (code, output, error) = await Run("train-language", "--data", data, "--out", models, "--tagger-epochs", "1", "--parser-epochs", "1",
            "--train-on", "train+dev");

        error.ShouldBeEmpty();
        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("read 110 training sentences (EWT train + dev)");
        output.ShouldContain("en_ewt-ud-dev.conllu: 30 sentences");
        output.ShouldContain("(in the training data: not a held-out score)");
        output.ShouldContain("en_pud-ud-test.conllu: 40 sentences");
    }

    [Fact]
    public async Task Train_plus_dev_without_a_dev_file_fails_naming_it()
    {
        var data = Directory.CreateDirectory(Path.Combine(_dir, "ud3")).FullName;
        var lines = File.ReadLines(Path.Combine(UdData, "en_pud-ud-test.conllu")).ToList();
        var cut = lines.Select((l, i) => (l, i)).Where(p => p.l.Length == 0).Skip(19).First().i;
        await File.WriteAllLinesAsync(Path.Combine(data, "en_ewt-ud-train.conllu"), lines.Take(cut + 1));

        var (code, _, error) = await Run("train-language", "--data", data, "--out", Path.Combine(_dir, "models3"), "--train-on", "train+dev");

        code.ShouldBe(CliApp.SomeFailed);
        error.ShouldContain(Path.Combine(data, "en_ewt-ud-dev.conllu"));
        Directory.Exists(Path.Combine(_dir, "models3")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_training_set_is_a_usage_error()
    {
        var (code, _, error) = await Run("train-language", "--train-on", "test");
        code.ShouldBe(CliApp.UsageError);
        error.ShouldContain("--train-on: 'test' is not 'train' or 'train+dev'");
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
