using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model40: model39's negated-argument gate (the model fills no act whose agent or theme is negated) does not hold when all
/// that is negated is a remark withheld about an act told under it ("had no comment on reports that ..."): the negation
/// withholds the words, not the act. A negated subject, or a negated object with no act under it, still holds the model
/// back. Own sentences, in no corpus.
/// </summary>
public class Model40Tests
{
    private static readonly Lazy<(TreebankSentenceParser Parser, TypeSecondOpinion Opinion)> Parts = new(() =>
        (new TreebankSentenceParser(LanguageModels.LoadEmbedded()), TypeSecondOpinion.Create(TypeModelOptions.Default, Lexicon.Default, SyntaxLexicon.Default)!));

    private static FillVerdict Verdict(string sentence)
    {
        var parse = Parts.Value.Parser.Parse(sentence, 0, sentence.Length);
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        return Parts.Value.Opinion.Decide(parse, mentions).Verdict;
    }

    [Theory]
    // (The act under the comment noun, or hung by the parser on the predicate beside it.)
    [InlineData("Kazakh customs officers had no comment on reports that Kyrgyz guards beat two traders near the Kordai market on Friday.")]
    [InlineData("Kazakh customs officers had no comment on claims spreading online that Kyrgyz guards beat two traders near the Kordai market on Friday.")]
    [InlineData("The Kyrgyz border service had no comment on rumours circulating in Osh that Tajik soldiers fired at a Kyrgyz herder near Vorukh on Friday.")]
    public void A_remark_withheld_about_a_told_act_does_not_negate_the_act(string sentence) =>
        Verdict(sentence).ShouldNotBe(FillVerdict.NegatedOrHypothetical, sentence);

    [Theory]
    [InlineData("No Uzbek herder will be turned away at the Vorukh gate until the spring.")]
    [InlineData("The Tajik border troops received no reports of crossings near Panj on Sunday.")]
    [InlineData("Kyrgyz guards turned back no lorries at the Dostuk post on Tuesday.")]
    public void A_negated_subject_or_a_negated_object_with_no_act_under_it_still_holds_the_model_back(string sentence) =>
        Verdict(sentence).ShouldBe(FillVerdict.NegatedOrHypothetical, sentence);

    [Fact]
    public void The_model_fills_an_incident_for_a_remark_withheld_about_a_told_act()
    {
        const string sentence = "The Kyrgyz border service had no comment on rumours circulating in Osh that Tajik soldiers fired at a Kyrgyz herder near Vorukh on Friday.";
        Detect.RuleTypes(sentence).ShouldBeEmpty();
        Detect.All(sentence, "2027-03-06").ShouldNotBeEmpty();
    }

    [Theory]
    // (A start and a border zone, but what is needed is no permit: the requirement frame declines it, and without the
    // gate the model filled a patrol-surveillance for both.)
    [InlineData("Since Friday, truckers at the Uzbek border post near Oybek have needed plenty of spare time.")]
    [InlineData("Since 2 May, coach passengers at the Kyrgyz frontier checkpoint near Torugart have needed warm coats.")]
    public void A_need_that_is_no_permit_is_no_control_regime(string sentence)
    {
        var found = Detect.All(sentence, "2027-05-08");
        found.ShouldNotContain(i => i.Type == BorderWatch.Core.Domain.IncidentType.PatrolSurveillance, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_permit_needed_from_a_start_is_still_a_control_regime()
    {
        const string sentence = "Since 2 May, shepherds grazing flocks in the frontier strip along the Kyrgyz border have needed a permit.";
        var found = Detect.All(sentence, "2027-05-08");
        found.ShouldContain(i => i.Type == BorderWatch.Core.Domain.IncidentType.PatrolSurveillance, Detect.Describe(sentence, found));
    }
}
