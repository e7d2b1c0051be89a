using BorderWatch.Ingestion.Language;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Ingestion.Tests.Language;

public class ModelLoadingTests(LanguageModelFixture fixture) : IClassFixture<LanguageModelFixture>
{
    [Fact]
    public void The_models_load_from_the_built_assembly()
    {
        var models = LanguageModels.LoadEmbedded();
        models.Tagger.TagCount.ShouldBeGreaterThan(40);
        models.Parser.Labels.ShouldContain("nsubj:pass");
        models.Lemmatizer.ExceptionCount.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Dependency_injection_gives_one_parser_for_the_process()
    {
        using var provider = new ServiceCollection().AddSentenceParser().BuildServiceProvider();
        var parser = provider.GetRequiredService<ISentenceParser>();
        parser.ShouldBeSameAs(provider.GetRequiredService<ISentenceParser>());
        const string text = "Patrols resumed.";
        var parsed = parser.Parse(text, 0, text.Length);
        parsed.Tokens.Select(t => t.Form).ShouldBe(["Patrols", "resumed", "."]);
        parsed.Root!.Form.ShouldBe("resumed");
    }

    [Fact]
    public void Parallel_parses_give_the_same_trees_as_one_by_one()
    {
        string[] texts =
        [
            "Guards on both sides exchanged fire overnight, a spokesman said.",
            "The checkpoint will reopen after talks between the two governments.",
            "Villagers reported that drones had crossed the river twice.",
            "No one was hurt in the incident.",
        ];
        var sequential = texts.Select(t => Describe(fixture.Parser.Parse(t, 0, t.Length))).ToArray();
        var parallel = new string[texts.Length * 50];
        Parallel.For(0, parallel.Length, i => parallel[i] = Describe(fixture.Parser.Parse(texts[i % texts.Length], 0, texts[i % texts.Length].Length)));
        for (var i = 0; i < parallel.Length; i++) parallel[i].ShouldBe(sequential[i % texts.Length]);
    }

    private static string Describe(ParsedSentence s) => string.Join(" ", s.Tokens.Select(t => $"{t.Form}/{t.Xpos}/{t.Head}/{t.Relation}"));
}
