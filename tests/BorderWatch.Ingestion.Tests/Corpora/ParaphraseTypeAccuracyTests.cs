using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Corpora;

/// <summary>
/// Type accuracy on the paraphrase set: sentences that express each incident type without any word of the trigger
/// lexicon (Data/paraphrases/README.md). The bar is a regression guard just below the first-run figure recorded there.
/// </summary>
public partial class ParaphraseTypeAccuracyTests(ITestOutputHelper output)
{
    [Fact]
    public void Set_has_at_least_five_sentences_per_type()
    {
        var set = ParaphraseRun.Load();
        set.Select(p => p.Id).ShouldBeUnique();
        var perType = set.GroupBy(p => p.Type).ToDictionary(g => g.Key, g => g.Count());
        perType.Count.ShouldBe(10);
        perType.Values.ShouldAllBe(n => n >= 5);
    }

    [Fact]
    public void Paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run();
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 36ed956): 7 of 60 typed right (0.12), 47 with no incident at all. See its README.
        // Predicate senses (senses8, 3 December 2026): 31 of 60 (0.52). Unseen phrasing (senses9): 34 of 60 (0.57). A
        // regression guard just below it. Argument frames (predicates10): 36 of 60 (0.60). predicates11 frames: 37 of 60 (0.62).
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.57);
    }

    [Fact]
    public void Second_set_has_five_sentences_per_type()
    {
        var set = ParaphraseRun.Load("paraphrases2");
        set.Select(p => p.Id).ShouldBeUnique();
        set.GroupBy(p => p.Type).Select(g => g.Count()).ShouldAllBe(n => n == 5);
        set.Select(p => p.Type).Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public void Second_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases2");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 102c841, the set sealed until then): 13 of 50 typed right (0.26), 31 with no incident.
        // See Data/paraphrases2/README.md. Predicate senses (senses8, 3 December 2026): 24 of 50 (0.48). Unseen phrasing
        // (senses9): 27 of 50 (0.54). Argument frames (predicates10): 28 of 50 (0.56). A regression guard just below it.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.53);
    }

    [Fact]
    public void Third_set_has_seven_sentences_per_type()
    {
        var set = ParaphraseRun.Load("paraphrases3");
        set.Select(p => p.Id).ShouldBeUnique();
        set.GroupBy(p => p.Type).Select(g => g.Count()).ShouldAllBe(n => n == 7);
        set.Select(p => p.Type).Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public void Third_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases3");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 63587c1, the set sealed until then): 31 of 70 typed right (0.44), 26 with no incident.
        // See Data/paraphrases3/README.md. Predicate senses (senses8, 3 December 2026): 40 of 70 (0.57). Unseen phrasing
        // (senses9): 48 of 70 (0.69). A regression guard just below it.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.66);
    }

    [Fact]
    public void Fourth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases4");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at cd6581d, the set sealed until then): 31 of 70 typed right (0.44), 26 with no incident.
        // See Data/paraphrases4/README.md. Unseen phrasing (senses9, 3 December 2026): 40 of 70 (0.57). Argument frames
        // (predicates10): 42 of 70 (0.60). predicates11 frames: 43 of 70 (0.61). A regression guard just below it.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.57);
    }

    [Fact]
    public void Fifth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases5");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at d2e5623, the set sealed until then): 18 of 70 typed right (0.26), 39 with no incident.
        // See Data/paraphrases5/README.md. Argument frames (predicates10): 19 of 70 (0.27). Span predicates (predicates14,
        // spans.json): 24 of 70 (0.34). A regression guard just below it.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.31);
    }

    [Fact]
    public void Sixth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases6");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 21f16ab, the set sealed until then): 20 of 70 typed right (0.29), 31 with no incident.
        // See Data/paraphrases6/README.md. Scenario, under-fire, named-place and act frames (predicates11, the set a dev set
        // by then): 27 of 70 (0.39). Span predicates (predicates14, spans.json): 31 of 70 (0.44). A regression guard just below it.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.41);
    }

    [Fact]
    public void Seventh_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases7");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at cbf2ed0, the set sealed until then): 18 of 70 typed right (0.26), 40 with no incident.
        // See Data/paraphrases7/README.md. Now a dev set. Span predicates (predicates14, spans.json): 23 of 70 (0.33). A
        // regression guard just below it.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.31);
    }

    [Fact]
    public void Eighth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases8");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 1d2ef37, the set sealed until then): 36 of 70 typed right (0.51), 21 with no incident. See Data/paraphrases8/README.md. Now a dev
        // set; a regression guard just below the first run.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.48);
    }

    [Fact]
    public void Ninth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases9");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 05d7447, the set sealed until then): 31 of 70 typed right (0.44), 15 with no incident. See
        // Data/paraphrases9/README.md. Now a dev set; a regression guard just below the first run.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.41);
    }

    [Fact]
    public void Tenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases10");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 77ed225, the set sealed until then): 38 of 70 typed right (0.54), 18 with no incident. See
        // Data/paraphrases10/README.md. Now a dev set; a regression guard just below the first run.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.51);
    }

    [Fact]
    public void Eleventh_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases11");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (pipeline at 3a050a2, the set sealed until then): 46 of 70 typed right (0.66), 9 with no incident. See Data/paraphrases11/README.md.
        // Now a dev set; a regression guard just below the first run.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.63);
    }

    [Fact]
    public void Twelfth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases12");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at 3d81918, type model of 3a050a2, the set sealed until then): 41 of 70 typed right (0.59), 12 with
        // no incident. See Data/paraphrases12/README.md. Now a dev set; a regression guard just below the first run.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.55);
    }

    [Fact]
    public void Thirteenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases13");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at e58a6ff, type model of 3a050a2, the set sealed until then): 31 of 70 typed right (0.44), 21 with
        // no incident. See Data/paraphrases13/README.md. Now a dev set; a regression guard just below the first run.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.41);
    }

    [Fact]
    public void Fourteenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases14");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at 72753cf with the type model retrained there, the set sealed until then): 39 of 70 typed right
        // (0.56), 13 with no incident. Main went back to the type model of 3a050a2 (5245189), which types 31 (0.44, 20 with
        // no incident). See Data/paraphrases14/README.md. Now a dev set; a regression guard just below main's figure.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.41);
    }

    [Fact]
    public void Fifteenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases15");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at 39efb10, type model retrained by model22 without this set, the set sealed until then): 42 of
        // 70 typed right (0.60), 14 with no incident. See Data/paraphrases15/README.md. Now a dev set; a regression guard.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.57);
    }

    [Fact]
    public void Sixteenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases16");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at 0559b02, type model of model22, the set sealed until then): 44 of 70 typed right (0.63), 10
        // with no incident. See Data/paraphrases16/README.md. Now a dev set; a regression guard.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.60);
    }

    [Fact]
    public void Seventeenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases17");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at cd7665f, type model of model22, the set sealed until then): 44 of 70 typed right (0.63), 12
        // with no incident. See Data/paraphrases17/README.md. Now a dev set; a regression guard.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.60);
    }

    [Fact]
    public void Eighteenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases18");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at af3054f, type model of model22, the set sealed until then): 40 of 70 typed right (0.57), 12
        // with no incident. See Data/paraphrases18/README.md. Now a dev set; a regression guard.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.55);
    }

    [Fact]
    public void Nineteenth_set_paraphrases_are_typed_above_the_bar()
    {
        var results = ParaphraseRun.Run("paraphrases19");
        foreach (var line in ParaphraseRun.Report(results)) output.WriteLine(line);
        // First run (main at d687deb, every lane of the eighth session merged but mend26, type model of model22, the set
        // sealed until then): 45 of 70 typed right (0.64), 6 with no incident. See Data/paraphrases19/README.md. Now a
        // dev set; a regression guard.
        ParaphraseRun.Accuracy(results).ShouldBeGreaterThanOrEqualTo(0.62);
    }
}
