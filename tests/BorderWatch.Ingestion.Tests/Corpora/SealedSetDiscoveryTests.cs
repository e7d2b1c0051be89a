using BorderWatch.Ingestion.Incidents.TypeModel;

namespace BorderWatch.Ingestion.Tests.Corpora;

/// <summary>
/// Sealed sets (README first line containing "(sealed)", kept for the lead's first run) must be invisible to every
/// discovery that feeds the pipeline: the type-model training (<see cref="TypeTraining.Sets"/>, also used by
/// <c>train-types</c>) and the lexicon coverage scan (<see cref="TypeTraining.IsSealed"/>). Only READMEs are read here;
/// no document or sentence of a sealed set is opened.
/// </summary>
public class SealedSetDiscoveryTests
{
    [Fact]
    public void Sealed_corpora_and_paraphrase_sets_are_left_out_of_discovery()
    {
        var dir = Path.Combine(Path.GetTempPath(), "bw-sealed-" + Guid.NewGuid().ToString("N"));
        try
        {
            void Corpus(string name, string? readme)
            {
                Directory.CreateDirectory(Path.Combine(dir, name));
                File.WriteAllText(Path.Combine(dir, name + "-gold.jsonl"), "");
                if (readme is not null) File.WriteAllText(Path.Combine(dir, name, "README.md"), readme);
            }
            void Paraphrases(string name, string? readme)
            {
                Directory.CreateDirectory(Path.Combine(dir, name));
                File.WriteAllText(Path.Combine(dir, name, name + ".jsonl"), "");
                if (readme is not null) File.WriteAllText(Path.Combine(dir, name, "README.md"), readme);
            }
            Corpus("batchA", "# batchA (first run done; now a dev corpus)\n\nWas (sealed) until its first run.\n");
            Corpus("batchB", "# batchB (Sealed)\n");
            Corpus("batchC", null);
            Paraphrases("setA", "# setA (sealed)\n");
            Paraphrases("setB", "# setB\n");
            Directory.CreateDirectory(Path.Combine(dir, "notes"));

            TypeTraining.IsSealed(dir, "batchA").ShouldBeFalse("only the first line counts");
            TypeTraining.IsSealed(dir, "batchB").ShouldBeTrue();
            TypeTraining.IsSealed(dir, "batchC").ShouldBeFalse("no README, not sealed");
            TypeTraining.IsSealed(dir, "setA").ShouldBeTrue();
            TypeTraining.Sets(dir).ShouldBe(new[] { "batchA", "batchC", "setB" });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void No_sealed_folder_of_the_test_data_is_offered_for_training()
    {
        // Every folder of Data/ whose README opens with "(sealed)" is absent from the training sets, whatever its name;
        // every unsealed corpus or paraphrase set is present. Reads the README first lines only.
        var data = Path.Combine(AppContext.BaseDirectory, "Data");
        var sets = TypeTraining.Sets(data);
        foreach (var folder in Directory.GetDirectories(data).Select(Path.GetFileName).OfType<string>())
        {
            var hasData = File.Exists(Path.Combine(data, folder + "-gold.jsonl")) || File.Exists(Path.Combine(data, folder, folder + ".jsonl"));
            if (TypeTraining.IsSealed(data, folder)) sets.ShouldNotContain(folder);
            else if (hasData) sets.ShouldContain(folder);
        }
    }
}
