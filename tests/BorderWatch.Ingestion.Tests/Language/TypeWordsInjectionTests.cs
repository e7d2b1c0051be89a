using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Parsing;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// model39: the language layer reads the WordNet word classes it is given (no static of the Incidents layer): the
/// loader passes them to the tagger and the parser, DI registers one instance for the parser and the type model, and a
/// tagger or parser read from its file without them says so when it needs them.
/// </summary>
public class TypeWordsInjectionTests
{
    private const string Words = """{"nouns":{"outpost":"artifact border"},"verbs":{"ford":"motion"}}""";

    [Fact]
    public void The_loader_hands_the_words_it_is_given_to_the_tagger_and_the_parser()
    {
        var words = new TypeWords(Words);
        var models = LanguageModels.LoadEmbedded(words);
        models.Tagger.Words.ShouldBeSameAs(words);
        models.Parser.Words.ShouldBeSameAs(words);
        models.Parser.WithBeamWidth(models.Parser.BeamWidth + 1).Words.ShouldBeSameAs(words);
    }

    [Fact]
    public void Dependency_injection_gives_the_parser_and_the_type_model_one_registered_instance()
    {
        var words = new TypeWords(Words);
        using var services = new ServiceCollection().AddSingleton(words).AddSentenceParser().AddIncidentDetection().BuildServiceProvider();
        var parser = (TreebankSentenceParser)services.GetRequiredService<ISentenceParser>();
        parser.Models.Tagger.Words.ShouldBeSameAs(words);
        parser.Models.Parser.Words.ShouldBeSameAs(words);
        services.GetRequiredService<TypeModelHolder>().SecondOpinion!.Features.Words.ShouldBeSameAs(words);
    }

    [Fact]
    public void A_parser_that_reads_word_classes_read_without_words_says_so()
    {
        var parser = new DependencyParser(["root", "punct"], new BorderWatch.Ingestion.Language.Perceptron.PerceptronTrainer(6).Average(0), readsWordClasses: true);
        Should.Throw<InvalidOperationException>(() => parser.WordClassesFor(["ford"], ["VERB"]));
        parser.WithWords(new TypeWords(Words)).WordClassesFor(["ford"], ["VERB"]).ShouldNotBeNull();
    }
}
