using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model39: the type model fills no act for a predicate whose agent or theme is negated ("No Kazakh driver will be sent
/// back ..."): the rules read such an event as said not to happen, and a quote set out with its source line that tells
/// one is its source's statement. Own sentences and page, in no corpus.
/// </summary>
public class Model39Tests
{
    private const string Column = """
        Irtysh Herald
        Heard at the crossings
        Saturday 11 September 2027

        What officials and hauliers told us this week about the eastern frontier.

        “No Uzbek herder will be turned away at the Vorukh gate until the spring.”

        — Deputy head of the Tajik customs service, on Tuesday

        “The soup at the roadside cafe is too salty.”

        — A lorry driver at a cafe, on Wednesday
        """;

    [Fact]
    public void A_sourced_quote_whose_subject_is_negated_is_its_source_s_statement()
    {
        var text = ArticleCleaner.Clean(DocumentReader.Default.Read("heard.txt", Encoding.UTF8.GetBytes(Column))[0].BodyText);
        var found = Detect.All(text, "2027-09-11");
        var quoted = Detect.Quoting(text, found, "will be turned away").ToList();
        quoted.Count.ShouldBe(1, Detect.Describe(text, found));
        quoted[0].Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, found));
        quoted[0].AttributionBasis.ShouldBe(AttributionBasis.SourceLine);
        quoted[0].Date.ShouldBe(PartialDate.OfDay(2027, 9, 7));
    }

    [Theory]
    // (Without the gate the model filled a planned deployment for the first sentence; the rules give nothing for any.)
    [InlineData("No Uzbek herder will be turned away at the Vorukh gate until the spring.")]
    [InlineData("None of the Kyrgyz shepherds will be sent back at the Vorukh gate until the spring.")]
    public void The_model_fills_no_act_whose_agent_or_theme_is_negated(string sentence) =>
        Detect.All(sentence, "2027-03-01").ShouldAllBe(i => i.Type == IncidentType.Statement, sentence);

    [Fact]
    public void The_opinion_s_verdict_on_a_negated_argument_is_negated()
    {
        const string sentence = "No Uzbek herder will be turned away at the Vorukh gate until the spring.";
        var parse = new TreebankSentenceParser(LanguageModels.LoadEmbedded()).Parse(sentence, 0, sentence.Length);
        var mentions = EntityRecognizer.Default.Recognize(sentence, new DocumentContext());
        var opinion = TypeSecondOpinion.Create(TypeModelOptions.Default, Lexicon.Default, SyntaxLexicon.Default)!;
        opinion.Decide(parse, mentions).Verdict.ShouldBe(FillVerdict.NegatedOrHypothetical);
    }
}
