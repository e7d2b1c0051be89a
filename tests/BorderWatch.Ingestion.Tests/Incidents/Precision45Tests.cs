using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// precision45 (issue 8, extraction that generalises), on sentences written for these tests: what has gone on since a year
/// alone, told in the present perfect, is background, no dated incident (<c>LongSpans</c>); a start with a day or a month,
/// an act dated in the clause, and an event told in the past stay.
/// </summary>
public class Precision45Tests
{
    private const string Day = "2026-12-04";
    private const string News = "Tajik border guards detained two Afghan men who had swum across the Panj near Ishkashim on Tuesday. ";

    private static IReadOnlyList<ExtractedIncident> Found(string text) => Detect.All(text, Day);

    [Theory]
    [InlineData("Hundreds of young men from the district have gone to Russia since 2019, villagers say.")]
    [InlineData("Roughly 80 percent of the Tajik-Afghan river line has been patrolled jointly since 2022.")]
    [InlineData("Ishkashim district has seen repeated shelling since 2021.")]
    [InlineData("The Taliban's border brigade has moved hundreds of fighters between the river posts since 2022.")]
    public void What_has_gone_on_since_a_year_alone_is_no_incident(string background)
    {
        var text = News + background;
        var found = Found(text);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }

    [Theory]
    // A start with a day: a standing measure (recall44).
    [InlineData("Since Monday night, patrols on the Panj near Ishkashim have been doubled, the Border Troops said.", IncidentType.PatrolSurveillance)]
    // A start with a day and a year.
    [InlineData("The Taliban's border brigade has moved two hundred fighters to the river posts opposite Ishkashim since 3 May 2025.", IncidentType.Deployment)]
    // A year told as the time of a past act, not a span.
    [InlineData("In 2022 the Taliban's border brigade moved two hundred fighters to the river posts opposite Ishkashim.", IncidentType.Deployment)]
    public void A_dated_start_or_a_past_act_stays(string second, IncidentType type)
    {
        var text = News + second;
        var found = Found(text);
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found[1].Type.ShouldBe(type, Detect.Describe(text, found));
    }

    // The same detector without the rule's start words: each background line below is a record of its own, so the rule is
    // what keeps them out. (model46: the migrants' line, "have gone to Russia since 2019, villagers say", is no record
    // without the rule either since the type model was retrained on 73 sets, which fills it no longer; the river line
    // patrolled since a year, read by the rules, took its place.)
    private static readonly Lazy<BorderWatch.Ingestion.Incidents.IncidentDetector> WithoutRule = new(() =>
    {
        var lexicons = BorderWatch.Ingestion.Incidents.DetectorLexicons.LoadEmbedded() with { LongSpans = new BorderWatch.Ingestion.Incidents.LongSpanLexicon(new HashSet<string>()) };
        return new(BorderWatch.Ingestion.Recognition.EntityRecognizer.Default, BorderWatch.Ingestion.Incidents.Lexicon.Default,
            new BorderWatch.Ingestion.Language.TreebankSentenceParser(BorderWatch.Ingestion.Language.LanguageModels.LoadEmbedded()),
            BorderWatch.Ingestion.Incidents.SyntaxLexicon.Default,
            BorderWatch.Ingestion.Incidents.TypeModel.TypeSecondOpinion.Create(BorderWatch.Ingestion.Incidents.TypeModel.TypeModelOptions.Default,
                BorderWatch.Ingestion.Incidents.Lexicon.Default, BorderWatch.Ingestion.Incidents.SyntaxLexicon.Default, sceneFrames: lexicons.SceneFrames), lexicons);
    });

    [Theory]
    [InlineData("Roughly 80 percent of the Tajik-Afghan river line has been patrolled jointly since 2022.")]
    [InlineData("Ishkashim district has seen repeated shelling since 2021.")]
    public void Without_the_rule_the_background_is_a_record(string background)
    {
        var text = News + background;
        var found = WithoutRule.Value.Detect(BorderWatch.Ingestion.Incidents.AnalysisInput.FromText(text, PartialDate.TryParse(Day, out var d) ? d : PartialDate.Unknown));
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }

    [Fact]
    public void A_span_since_the_writing_year_is_not_read_as_years_of_background()
    {
        var text = News + "The Taliban's border brigade has moved two hundred fighters to the river posts opposite Ishkashim since 2026.";
        var found = Found(text);
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }
}
