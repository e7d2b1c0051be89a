using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para20 (issue 8): rules that kept paraphrased incidents from being typed or found at all. A present verb the tagger
/// reads as a base form still makes a sentence finite (no photo caption); "now" tells a regime newly in force (no habit, no
/// recommendation); what a party does in a note or a letter, and scorn for an account called false, are statements;
/// a statement of an act still to come is not overridden into that act. Sentences written for these tests, in no corpus.
/// </summary>
public class ParaphraseTypeRuleTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly ClauseSyntax Syntax = new(Lexicon.Default, SyntaxLexicon.Default);
    private static readonly Lazy<IncidentDetector> Rules = new(() => TypeModelServices.Detector(TypeModelOptions.Off, Parser.Value));

    private static ParsedSentence Parse(string sentence) => Parser.Value.Parse(sentence, 0, sentence.Length);

    private static List<IncidentType> RuleTypes(string sentence) => Rules.Value.Detect(AnalysisInput.FromText(sentence)).Select(i => i.Type).ToList();

    [Theory]
    [InlineData("Kazakh rangers on snowmobiles go up and down the Chinese frontier near Zharkent after dark.")]
    [InlineData("Chinese-made cameras worth $2 million now sit on the masts of Tajik posts along the Panj.")]
    public void A_present_verb_with_its_subject_is_finite(string sentence) => ClauseSyntax.HasFiniteVerb(Parse(sentence)).ShouldBeTrue();

    [Theory]
    [InlineData("Soldiers of the mountain brigade marching along the road to Osh.")]
    [InlineData("Kyrgyz reservists waiting at the gate of the Batken garrison.")]
    public void A_participle_caption_is_not_finite(string sentence) => ClauseSyntax.HasFiniteVerb(Parse(sentence)).ShouldBeFalse();

    [Fact]
    public void An_obligation_now_in_force_is_no_recommendation()
    {
        var rules = new ParsedClauseRules(Syntax);
        rules.Recommends(Parse("Herders driving sheep to the Karkara pastures must now register every animal with Kazakh officers.")).ShouldBeFalse();
        rules.Recommends(Parse("Herders driving sheep to the Karkara pastures must register every animal with Kazakh officers.")).ShouldBeTrue();
    }

    [Fact]
    public void A_regime_now_in_force_is_no_habit()
    {
        RuleTypes("Tajik border guards now patrol the Panj near Khorog every night.").ShouldContain(IncidentType.PatrolSurveillance);
        RuleTypes("Tajik border guards patrol the Panj near Khorog every night.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Astana pinned last week's shoot-out at the Karkara post on Kyrgyz rangers in a strongly worded letter to Bishkek.")]
    [InlineData("Dushanbe laid Sunday's killing of a shepherd near Isfara at the door of Kyrgyz guards in a note to the Kyrgyz embassy.")]
    public void What_a_party_does_in_a_note_is_a_statement(string text)
    {
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void A_report_in_a_statement_keeps_its_event()
    {
        var text = "Kazakh troops reinforced the posts near Karkara on Monday, the defence ministry said in a statement.";
        Detect.All(text, "2026-05-04").Select(i => i.Type).ShouldContain(IncidentType.Deployment);
    }

    [Fact]
    public void Scorn_for_an_account_called_false_is_a_denial()
    {
        var text = "Uzbek officials sneered at rumours in the Tajik press of Uzbek tanks massing near Khujand, branding them fiction.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
        found.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Fact]
    public void A_statement_of_an_act_to_come_governs_a_to_infinitive()
    {
        var threat = Parse("The Kyrgyz border chief threatened to shoot down any drone flying over Batken from Tajikistan.");
        TypeSecondOpinion.ActToCome(threat, threat.Root!).ShouldBeTrue();
        var report = Parse("The Kyrgyz border chief said his men had shot down a drone flying over Batken from Tajikistan.");
        TypeSecondOpinion.ActToCome(report, report.Root!).ShouldBeFalse();
    }
}
