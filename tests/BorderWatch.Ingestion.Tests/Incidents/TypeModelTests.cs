using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>The trained type model (ADR 0014): loading, its feature-set version, the switch and the second opinion.</summary>
public class TypeModelTests
{
    // Sentences written for these tests (in no corpus) that no rule types: the model alone makes them incidents.
    private const string Sitting = "The Kazakh and Kyrgyz foreign ministers sat together in Almaty on Friday.";

    [Fact]
    public void The_committed_model_loads_and_reads_the_features_of_this_code()
    {
        var model = IncidentTypeModel.LoadEmbedded();
        model.FeatureVersion.ShouldBe(TypeFeatures.Version, "types.bin is stale: retrain with `borderwatch train-types`");
        model.Classes.ShouldBe(IncidentTypeModel.AllClasses);
        model.FeatureCount.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void A_model_trained_on_other_features_is_refused_naming_the_retrain_command()
    {
        var dir = Directory.CreateTempSubdirectory("bw-types-");
        try
        {
            var path = Path.Combine(dir.FullName, IncidentTypeModel.FileName);
            var trained = TypeTraining.Train([new TypeExample("t", [1UL, 2UL], 1), new TypeExample("t", [3UL], 0)], epochs: 2);
            new IncidentTypeModel(trained.Weights, IncidentTypeModel.AllClasses, TypeFeatures.Version + 1).Save(path);
            var error = Should.Throw<InvalidDataException>(() => IncidentTypeModel.Load(path));
            error.Message.ShouldContain("train-types");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Training_is_deterministic()
    {
        TypeExample[] examples = [new("a", [1UL, 2UL], 1), new("a", [2UL, 3UL], 2), new("b", [4UL], 0), new("b", [1UL, 4UL], 3)];
        var dir = Directory.CreateTempSubdirectory("bw-types-");
        try
        {
            var first = Path.Combine(dir.FullName, "1.bin");
            var second = Path.Combine(dir.FullName, "2.bin");
            TypeTraining.Train(examples, epochs: 5).Save(first);
            TypeTraining.Train(examples, epochs: 5).Save(second);
            File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(second));
            var loaded = IncidentTypeModel.Load(first);
            loaded.Guess([1UL, 2UL]).Type.ShouldBe(IncidentType.ArmedClash);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void The_mean_of_several_orders_is_deterministic_and_scores_as_their_mean()
    {
        TypeExample[] examples = [new("a", [1UL, 2UL], 1), new("a", [2UL, 3UL], 2), new("b", [4UL], 0), new("b", [1UL, 4UL], 3)];
        var dir = Directory.CreateTempSubdirectory("bw-types-");
        try
        {
            var first = Path.Combine(dir.FullName, "1.bin");
            var second = Path.Combine(dir.FullName, "2.bin");
            TypeTraining.Train(examples, epochs: 5, runs: 3).Save(first);
            TypeTraining.Train(examples, epochs: 5, runs: 3).Save(second);
            File.ReadAllBytes(first).ShouldBe(File.ReadAllBytes(second));
            var mean = IncidentTypeModel.Load(first);
            mean.Guess([1UL, 2UL]).Type.ShouldBe(IncidentType.ArmedClash);
            var single = Enumerable.Range(8, 3).Select(seed => TypeTraining.Train(examples, epochs: 5, seed: seed).Guess([2UL, 3UL]).Margin).ToList();
            mean.Guess([2UL, 3UL]).Margin.ShouldBeLessThanOrEqualTo(single.Max() + 0.01f);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Theory]
    // Words written for this test: the argument classes a predicate's dependents carry into the features.
    [InlineData("carbine", "weapon")]
    [InlineData("dinghy", "vehicle")]
    [InlineData("corporal", "armed")]
    [InlineData("visa", "document")]
    [InlineData("creek", "water")]
    public void Argument_nouns_carry_their_wordnet_classes(string noun, string cls) =>
        TypeWords.Default.Noun(noun).ShouldContain(cls);

    [Fact]
    public void A_verb_carries_its_supersense() => TypeWords.Default.Verb("canoe").ShouldContain("motion");

    [Theory]
    [InlineData(Sitting, IncidentType.DiplomaticMeeting)]
    public void The_model_types_a_sentence_the_rules_find_nothing_in(string sentence, IncidentType expected)
    {
        Detector(TypeModelOptions.Off).Detect(AnalysisInput.FromText(sentence)).ShouldBeEmpty();
        Detector(TypeModelOptions.Default).Detect(AnalysisInput.FromText(sentence)).Select(i => i.Type).ShouldBe([expected]);
    }

    [Fact]
    public void A_sentence_without_a_party_is_left_to_the_rules()
    {
        // The same act with no state, group or person named: the model is not asked.
        const string text = "The two foreign ministers sat together in the capital on Friday.";
        Detector(TypeModelOptions.Default).Detect(AnalysisInput.FromText(text)).ShouldBeEmpty();
    }

    [Fact]
    public void A_negated_or_hypothetical_sentence_is_left_to_the_rules()
    {
        const string negated = "The Kazakh and Kyrgyz foreign ministers did not sit together in Almaty on Friday.";
        const string hypothetical = "The Kazakh and Kyrgyz foreign ministers would sit together in Almaty on Friday.";
        Decide(negated).Verdict.ShouldBe(FillVerdict.NegatedOrHypothetical);
        Decide(hypothetical).Verdict.ShouldBe(FillVerdict.NegatedOrHypothetical);
        Detector(TypeModelOptions.Default).Detect(AnalysisInput.FromText(negated)).ShouldBeEmpty();
    }

    [Fact]
    public void The_verdict_names_the_condition_that_left_a_sentence_alone()
    {
        Decide("The two foreign ministers sat together in the capital on Friday.").Verdict.ShouldBe(FillVerdict.NoParty);
        var filled = Decide(Sitting);
        filled.Verdict.ShouldBe(FillVerdict.Filled);
        filled.Guess.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        filled.Guess.Margin.ShouldBeGreaterThanOrEqualTo(TypeModelOptions.Default.FillMargin);
        Decide(Sitting, TypeModelOptions.Default with { FillMargin = filled.Guess.Margin + 1 }).Verdict.ShouldBe(FillVerdict.BelowMargin);
    }

    [Fact]
    public void A_statement_needs_its_own_wider_margin()
    {
        TypeModelOptions.Default.StatementMargin.ShouldBeGreaterThan(TypeModelOptions.Default.FillMargin);
        // Two models trained on this one sentence, one as a statement and one as a clash: the same margin fills the
        // clash and leaves the statement, which must clear StatementMargin.
        const string remark = "The Tajik foreign minister told reporters in Dushanbe on Friday that the frontier was calm.";
        var features = new TypeFeatures(Lexicon.Default.Classes, SyntaxLexicon.Default, TypeWords.Default);
        var mentions = EntityRecognizer.Default.Recognize(remark, new DocumentContext());
        var parse = Parser.Value.Parse(remark, 0, remark.Length);
        var keys = features.Extract(parse, mentions);
        IncidentTypeModel Says(IncidentType type) =>
            TypeTraining.Train([new TypeExample("t", keys, IncidentTypeModel.AllClasses.ToList().IndexOf(type))], epochs: 2);
        var options = TypeModelOptions.Default with { FillMargin = 1, StatementMargin = 1e6f, DeclinedMargin = 1 };
        TypeSecondOpinion Opinion(IncidentTypeModel model, TypeModelOptions o) => new(model, features, o, Lexicon.Default, SyntaxLexicon.Default);
        var statement = Opinion(Says(IncidentType.Statement), options).Decide(parse, mentions);
        statement.Guess.Type.ShouldBe(IncidentType.Statement);
        statement.Verdict.ShouldBe(FillVerdict.BelowMargin);
        Opinion(Says(IncidentType.ArmedClash), options).Decide(parse, mentions).Verdict.ShouldBe(FillVerdict.Filled);
        Opinion(Says(IncidentType.Statement), options with { StatementMargin = 1 }).Decide(parse, mentions).Verdict.ShouldBe(FillVerdict.Filled);
    }

    [Fact]
    public void A_predicate_the_rules_declined_needs_the_declined_margin()
    {
        // "approved" is a span verb: the span rules read it and found no approved text, so no agreement. A model that
        // says deployment (a type that needs no second side) at a margin below DeclinedMargin leaves the sentence alone;
        // the same model fills it once the declined margin is within its reach.
        const string budget = "The Kyrgyz parliament approved the customs service budget in Bishkek on Tuesday.";
        var features = new TypeFeatures(Lexicon.Default.Classes, SyntaxLexicon.Default, TypeWords.Default);
        var mentions = EntityRecognizer.Default.Recognize(budget, new DocumentContext());
        var parse = Parser.Value.Parse(budget, 0, budget.Length);
        var keys = features.Extract(parse, mentions);
        var model = TypeTraining.Train([new TypeExample("t", keys, IncidentTypeModel.AllClasses.ToList().IndexOf(IncidentType.Deployment))], epochs: 2);
        var guess = model.Guess(keys);
        guess.Type.ShouldBe(IncidentType.Deployment);
        var options = TypeModelOptions.Default with { FillMargin = 0, DeclinedMargin = guess.Margin + 1 };
        new TypeSecondOpinion(model, features, options, Lexicon.Default, SyntaxLexicon.Default).Decide(parse, mentions).Verdict.ShouldBe(FillVerdict.Declined);
        new TypeSecondOpinion(model, features, options with { DeclinedMargin = 0 }, Lexicon.Default, SyntaxLexicon.Default).Decide(parse, mentions).Verdict.ShouldBe(FillVerdict.Filled);
    }

    [Fact]
    public void A_margin_no_type_reaches_switches_the_filling_off()
    {
        Detector(TypeModelOptions.Default with { FillMargin = 1e6f }).Detect(AnalysisInput.FromText(Sitting)).ShouldBeEmpty();
    }

    [Fact]
    public void Dependency_injection_gives_the_detector_with_the_model_or_without_it()
    {
        using var on = new ServiceCollection().AddSentenceParser().AddIncidentDetection().BuildServiceProvider();
        on.GetRequiredService<TypeModelHolder>().SecondOpinion.ShouldNotBeNull();
        on.GetRequiredService<IncidentDetector>().ShouldBeSameAs(on.GetRequiredService<IncidentDetector>());
        on.GetRequiredService<IncidentDetector>().Detect(AnalysisInput.FromText(Sitting)).Count.ShouldBe(1);

        using var off = new ServiceCollection().AddSentenceParser().AddIncidentDetection(TypeModelOptions.Off).BuildServiceProvider();
        off.GetRequiredService<TypeModelHolder>().SecondOpinion.ShouldBeNull();
        off.GetRequiredService<IncidentDetector>().Detect(AnalysisInput.FromText(Sitting)).ShouldBeEmpty();
    }

    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));

    private static IncidentDetector Detector(TypeModelOptions options) => TypeModelServices.Detector(options, Parser.Value);

    private static FillDecision Decide(string sentence, TypeModelOptions? options = null)
    {
        var opinion = TypeSecondOpinion.Create(options ?? TypeModelOptions.Default, Lexicon.Default, SyntaxLexicon.Default)!;
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        return opinion.Decide(Parser.Value.Parse(sentence, 0, sentence.Length), mentions);
    }
}
