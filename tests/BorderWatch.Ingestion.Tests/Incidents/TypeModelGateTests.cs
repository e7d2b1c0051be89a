using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The type model's gate (ADR 0014, amendment 2): it overrides a type the rules gave on weak evidence when it is sure
/// of another, and overrules a declined predicate only in a border-security frame. Sentences written for these tests.
/// </summary>
public class TypeModelGateTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly TypeFeatures Features = new(Lexicon.Default.Classes, SyntaxLexicon.Default, TypeWords.Default);

    private static (ParsedSentence Parse, IReadOnlyList<EntityMention> Mentions, ulong[] Keys) Read(string sentence)
    {
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        var parse = Parser.Value.Parse(sentence, 0, sentence.Length);
        return (parse, mentions, Features.Extract(parse, mentions));
    }

    /// <summary>A model that has seen only this sentence, as <paramref name="type"/>: sure of it by a wide margin.</summary>
    private static string ModelSaying(string sentence, IncidentType type, DirectoryInfo dir)
    {
        var path = Path.Combine(dir.FullName, type + ".bin");
        TypeTraining.Train([new TypeExample("t", Read(sentence).Keys, IncidentTypeModel.AllClasses.ToList().IndexOf(type))], epochs: 2).Save(path);
        return path;
    }

    [Fact]
    public void A_statement_read_from_a_speech_verb_takes_the_type_the_model_is_sure_of()
    {
        // "warned": a speech verb that is a statement of its own, so ReportedEvents (a bare report typed by the model's
        // reading) leaves it to the gate.
        const string report = "The Tajik border service warned on Friday that Afghan gunmen had raked its posts near Panj.";
        var rules = TypeModelServices.Detector(TypeModelOptions.Off, Parser.Value).Detect(AnalysisInput.FromText(report));
        rules.Select(i => i.Type).ShouldBe([IncidentType.Statement]);
        var dir = Directory.CreateTempSubdirectory("bw-gate-");
        try
        {
            var options = TypeModelOptions.Default with { ModelPath = ModelSaying(report, IncidentType.ArmedClash, dir), OverrideMargin = 4 };
            TypeModelServices.Detector(options, Parser.Value).Detect(AnalysisInput.FromText(report)).Select(i => i.Type).ShouldBe([IncidentType.ArmedClash]);
            // The same model, with speech not counted as weak evidence or no override margin reached: the rules' type stays.
            TypeModelServices.Detector(options with { Overridable = WeakEvidence.None }, Parser.Value).Detect(AnalysisInput.FromText(report))
                .Select(i => i.Type).ShouldBe([IncidentType.Statement]);
            TypeModelServices.Detector(options with { OverrideMargin = float.PositiveInfinity }, Parser.Value).Detect(AnalysisInput.FromText(report))
                .Select(i => i.Type).ShouldBe([IncidentType.Statement]);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_type_the_rules_read_on_the_predicate_is_not_overridden_at_the_weak_evidence_margin()
    {
        const string clash = "Uzbek and Kyrgyz border guards exchanged fire near the Dostuk post on Tuesday.";
        var rules = TypeModelServices.Detector(TypeModelOptions.Off, Parser.Value).Detect(AnalysisInput.FromText(clash)).Select(i => i.Type).ToList();
        rules.ShouldBe([IncidentType.ArmedClash]);
        var dir = Directory.CreateTempSubdirectory("bw-gate-");
        try
        {
            var options = TypeModelOptions.Default with { ModelPath = ModelSaying(clash, IncidentType.Deployment, dir), OverrideMargin = 4, PredicateOverrideMargin = float.PositiveInfinity };
            TypeModelServices.Detector(options, Parser.Value).Detect(AnalysisInput.FromText(clash)).Select(i => i.Type).ShouldBe(rules);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_type_the_rules_read_on_the_predicate_gives_way_only_to_a_model_far_surer_of_another()
    {
        // para19: the rules' reading of a predicate (here a trigger on the root) is overridden only when the model leads
        // by PredicateOverrideMargin, not by the weak-evidence OverrideMargin.
        const string clash = "Kazakh and Kyrgyz border guards exchanged fire near the Karkara post on Wednesday.";
        var rules = TypeModelServices.Detector(TypeModelOptions.Off, Parser.Value).Detect(AnalysisInput.FromText(clash)).Select(i => i.Type).ToList();
        rules.ShouldBe([IncidentType.ArmedClash]);
        var dir = Directory.CreateTempSubdirectory("bw-gate-");
        try
        {
            var path = ModelSaying(clash, IncidentType.Deployment, dir);
            var guess = IncidentTypeModel.Load(path).Guess(Read(clash).Keys);
            guess.Type.ShouldBe(IncidentType.Deployment);
            guess.Margin.ShouldBeGreaterThan(5f);
            var options = TypeModelOptions.Default with { ModelPath = path, OverrideMargin = 4 };
            List<IncidentType> With(float margin) => TypeModelServices.Detector(options with { PredicateOverrideMargin = margin }, Parser.Value)
                .Detect(AnalysisInput.FromText(clash)).Select(i => i.Type).ToList();
            With(guess.Margin + 1).ShouldBe(rules);
            With(float.PositiveInfinity).ShouldBe(rules);
            With(guess.Margin - 0.5f).ShouldBe([IncidentType.Deployment]);
        }
        finally { dir.Delete(recursive: true); }
    }

    [Theory]
    [InlineData("Kyrgyz border guards approved the new rota at the Dostuk post on Monday.", true)]
    [InlineData("Afghan gunmen moved their mortars to the ridge above Khorog on Sunday.", true)]
    [InlineData("The Kyrgyz parliament approved the tourism budget in Bishkek on Tuesday.", false)]
    [InlineData("Kazakh diplomats walked into the lobby of the ministry in Astana on Monday.", false)]
    public void A_border_security_frame_is_an_armed_actor_a_weapon_or_a_border(string sentence, bool framed)
    {
        var (parse, mentions, _) = Read(sentence);
        TypeSecondOpinion.Create(TypeModelOptions.Default, Lexicon.Default, SyntaxLexicon.Default)!.Framed(parse, mentions).ShouldBe(framed);
    }

    [Fact]
    public void A_declined_predicate_is_overruled_only_in_a_border_security_frame()
    {
        const string framed = "Kyrgyz border guards approved the new rota at the Dostuk post on Monday.";
        const string plain = "The Kyrgyz parliament approved the tourism budget in Bishkek on Tuesday.";
        // (Outside a frame only a model surer than DeclinedMargin overrules a decline, para20: none here.)
        var options = TypeModelOptions.Default with { FillMargin = 0, FramedDeclinedMargin = 0, DeclinedMargin = float.PositiveInfinity };
        foreach (var (sentence, verdict) in new[] { (framed, FillVerdict.Filled), (plain, FillVerdict.Declined) })
        {
            var (parse, mentions, keys) = Read(sentence);
            var model = TypeTraining.Train([new TypeExample("t", keys, IncidentTypeModel.AllClasses.ToList().IndexOf(IncidentType.Deployment))], epochs: 2);
            new TypeSecondOpinion(model, Features, options, Lexicon.Default, SyntaxLexicon.Default).Decide(parse, mentions).Verdict.ShouldBe(verdict);
        }
    }

    [Theory]
    // A moving verb without an object moves its subject: the moves scene frame read it (troops or not), so a model that
    // says deployment needs the declined margin (the parser makes "Next spring" the root here: any such verb counts).
    [InlineData("Next spring three Uzbek apricot growers will relocate from Andijan to a new bazaar in Osh.", FillVerdict.Declined)]
    public void A_moving_verb_read_on_its_subject_is_a_declined_predicate(string sentence, FillVerdict verdict)
    {
        var (parse, mentions, keys) = Read(sentence);
        var model = TypeTraining.Train([new TypeExample("t", keys, IncidentTypeModel.AllClasses.ToList().IndexOf(IncidentType.Deployment))], epochs: 2);
        var options = TypeModelOptions.Default with { FillMargin = 0, FramedDeclinedMargin = float.PositiveInfinity, DeclinedMargin = float.PositiveInfinity };
        new TypeSecondOpinion(model, Features, options, Lexicon.Default, SyntaxLexicon.Default).Decide(parse, mentions).Verdict.ShouldBe(verdict);
    }

    [Fact]
    public void The_span_verbs_counted_as_declined_are_the_ones_given_to_the_opinion()
    {
        // "approved" is a span verb of the embedded lists; with lists that lack it the same sentence is not declined,
        // and dependency injection hands a registered list to the opinion (and through it to the detector's span rules).
        const string plain = "The Kyrgyz parliament approved the tourism budget in Bishkek on Tuesday.";
        var (parse, mentions, keys) = Read(plain);
        // The model says deployment (a type that needs no second side, unlike an agreement of one parliament alone).
        var model = TypeTraining.Train([new TypeExample("t", keys, IncidentTypeModel.AllClasses.ToList().IndexOf(IncidentType.Deployment))], epochs: 2);
        var options = TypeModelOptions.Default with { FillMargin = 0, DeclinedMargin = float.PositiveInfinity };
        var none = SpanLexicon.Parse("""{"yieldVerbs":[],"arrivalVerbs":[],"arrivalPrepositions":[],"routeVerbs":[],"routes":[],"approveVerbs":[],"documents":[],"spanVerbs":[],"outcomeVerbs":[],"yieldPrepositions":[],"sourcePrepositions":[],"outcomePrepositions":[],"posts":[]}""");
        new TypeSecondOpinion(model, Features, options, Lexicon.Default, SyntaxLexicon.Default).Decide(parse, mentions).Verdict.ShouldBe(FillVerdict.Declined);
        new TypeSecondOpinion(model, Features, options, Lexicon.Default, SyntaxLexicon.Default, none).Decide(parse, mentions).Verdict.ShouldBe(FillVerdict.Filled);
        using var services = new ServiceCollection().AddSingleton(none).AddSentenceParser().AddIncidentDetection().BuildServiceProvider();
        services.GetRequiredService<TypeModelHolder>().SecondOpinion!.Spans.ShouldBeSameAs(none);
    }

    [Theory]
    // One state and people of no party: no second side, so no meeting.
    [InlineData("The Uzbek foreign minister dined with a group of students in Samarkand on Friday.", IncidentType.DiplomaticMeeting, FillVerdict.OneSide)]
    [InlineData("The Uzbek foreign minister dined with his Tajik counterpart in Samarkand on Friday.", IncidentType.DiplomaticMeeting, FillVerdict.Filled)]
    // Two organisations of no state are two sides; one of them alone is not.
    [InlineData("Officials of the OSCE shook hands on a plan in Vienna on Friday.", IncidentType.Agreement, FillVerdict.OneSide)]
    [InlineData("Officials of the OSCE and the CSTO shook hands on a plan in Vienna on Friday.", IncidentType.Agreement, FillVerdict.Filled)]
    // A type of one actor needs no second side.
    [InlineData("The Uzbek foreign minister dined with a group of students in Samarkand on Friday.", IncidentType.Deployment, FillVerdict.Filled)]
    public void A_meeting_or_agreement_the_model_fills_needs_two_sides(string sentence, IncidentType type, FillVerdict verdict)
    {
        var (parse, mentions, keys) = Read(sentence);
        var model = TypeTraining.Train([new TypeExample("t", keys, IncidentTypeModel.AllClasses.ToList().IndexOf(type))], epochs: 2);
        var options = TypeModelOptions.Default with { FillMargin = 0, DeclinedMargin = 0, FramedDeclinedMargin = 0 };
        new TypeSecondOpinion(model, Features, options, Lexicon.Default, SyntaxLexicon.Default).Decide(parse, mentions).Verdict.ShouldBe(verdict);
    }

    [Theory]
    // A party's account of why it fired (blame), and a report with its speaker's own denial: statements the rules are sure of.
    [InlineData("Tajik border troops said the Kyrgyz guards had fired first near Vorukh on Sunday.")]
    [InlineData("The Kazakh border service said its patrol had fired warning shots when a lorry tried to rush the Zhibek Zholy crossing, and it denied that anyone had been hurt.")]
    public void A_type_the_rules_are_sure_of_is_not_overridden(string sentence) => NotOverridden(sentence, TypeModelOptions.Default.PredicateOverrideMargin);

    [Theory]
    // An event noun as the subject of a verb that tells what befell it: the noun is the sentence's event, on the
    // predicate, so the weak-evidence margin does not override it (a model far surer may: PredicateOverrideMargin).
    [InlineData("A ceasefire between Uzbek and Kyrgyz border units came into force near Sokh on Monday.")]
    public void A_type_read_on_the_predicate_is_not_overridden_at_the_weak_evidence_margin(string sentence) => NotOverridden(sentence, float.PositiveInfinity);

    [Theory]
    // model22: a statement that reports no event is the incident, whatever event it names: an appeal in a letter (a
    // statement act of the lexicon), a report that its event did not happen, an assurance of what would happen (the
    // parser hangs the "that" clause on the addressee).
    [InlineData("Uzbek elders signed an open letter calling on Dushanbe to end the firing near Khojaobod.", IncidentType.Agreement)]
    [InlineData("Ashgabat says its patrol boats never entered Afghan waters near Kerki.", IncidentType.CrossBorderMovement)]
    [InlineData("The Kazakh prime minister assured Kyrgyz delegates that the railway crossing would reopen in March.", IncidentType.DiplomaticMeeting)]
    public void A_statement_that_reports_no_event_keeps_its_type(string sentence, IncidentType claimed) =>
        NotOverridden(sentence, float.PositiveInfinity, claimed, IncidentType.Statement);

    [Theory]
    // model22: a frame's preposition on the predicate's oblique ("came under mortar fire") and a weak trigger that is the
    // predicate's theme ("launched three rockets") are read on the predicate: the weak-evidence margin does not override them.
    [InlineData("A Tajik border outpost near Panj came under mortar fire from the Afghan bank on Sunday.", IncidentType.PatrolSurveillance)]
    [InlineData("Militants launched three rockets from Afghan territory into Uzbekistan on Tuesday.", IncidentType.CrossBorderMovement)]
    public void A_frame_or_a_theme_on_the_predicate_is_not_overridden_at_the_weak_evidence_margin(string sentence, IncidentType claimed) =>
        NotOverridden(sentence, float.PositiveInfinity, claimed, IncidentType.ArmedClash);

    private static void NotOverridden(string sentence, float predicateMargin, IncidentType? claimed = null, IncidentType? ruled = null)
    {
        var rules = TypeModelServices.Detector(TypeModelOptions.Off, Parser.Value).Detect(AnalysisInput.FromText(sentence)).Select(i => i.Type).ToList();
        rules.Count.ShouldBe(1);
        if (ruled is not null) rules[0].ShouldBe(ruled.Value);
        var other = claimed ?? (rules[0] == IncidentType.ArmedClash ? IncidentType.DiplomaticMeeting : IncidentType.ArmedClash);
        var dir = Directory.CreateTempSubdirectory("bw-gate-");
        try
        {
            var options = TypeModelOptions.Default with { ModelPath = ModelSaying(sentence, other, dir), OverrideMargin = 4, PredicateOverrideMargin = predicateMargin };
            TypeModelServices.Detector(options, Parser.Value).Detect(AnalysisInput.FromText(sentence)).Select(i => i.Type).ShouldBe(rules);
        }
        finally { dir.Delete(recursive: true); }
    }
}
