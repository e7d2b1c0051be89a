using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model38: rule gaps main's old type model used to cover (equipment arriving at a party's post from a named state, a
/// date-led timeline line, a summons with a briefing), and the bounds of model37's stop/turn-back rule. Own sentences, in
/// no corpus.
/// </summary>
public class Model38Tests
{
    [Theory]
    [InlineData("Four armoured vehicles arrived at the Kyrgyz frontier post from Belarus in the spring.")]
    public void Materiel_arriving_at_a_partys_post_from_a_named_state_is_delivered(string sentence) =>
        Detect.RuleTypes(sentence).ShouldBe([IncidentType.ArmsTransfer], sentence);

    [Theory]
    [InlineData("A truck of melons from Uzbekistan arrived at the bazaar in Khujand on Friday.")]
    [InlineData("Kyrgyz border guards arrived at their post from Bishkek on Sunday.")]
    [InlineData("Four armoured vehicles arrived at the frontier post near Batken on Monday.")]
    public void Goods_guards_or_materiel_of_no_source_arriving_are_no_delivery(string sentence) =>
        Detect.RuleTypes(sentence).ShouldNotContain(IncidentType.ArmsTransfer, sentence);

    [Theory]
    [InlineData("3 March - Uzbek guards detain four Tajik herders near Farkhor.", "detain")]
    [InlineData("April 22: Kyrgyz troops shell a Tajik checkpoint near Isfara.", "shell")]
    [InlineData("Friday 9 May - Kazakh guards close the Dostyk crossing to lorries.", "close")]
    public void A_date_led_line_is_rooted_on_its_verb(string line, string verb)
    {
        var parse = Parser.Value.Parse(line, 0, line.Length);
        parse.Root.ShouldNotBeNull();
        parse.Root.Lemma.ShouldBe(verb, string.Join(" ", parse.Tokens.Select(t => $"{t.Form}/{t.Upos}/{t.Head}/{t.Relation}")));
    }

    [Fact]
    public void A_date_led_line_of_its_own_is_an_incident()
    {
        const string line = "3 March - Uzbek guards detain four Tajik herders near Farkhor.";
        Detect.RuleTypes(line).ShouldNotBeEmpty(line);
    }

    [Fact]
    public void A_sentence_opening_on_a_number_keeps_its_parse()
    {
        const string text = "Twelve Tajik guards crossed the river near Vorukh: the Kyrgyz side protested.";
        var parse = Parser.Value.Parse(text, 0, text.Length);
        parse.Root.ShouldNotBeNull();
        parse.Root.Lemma.ShouldNotBe("twelve");
    }

    [Theory]
    [InlineData("The Uzbek foreign ministry summoned the Afghan consul in Tashkent on Friday and gave her a presentation on the new transit fees.")]
    [InlineData("The Tajik foreign ministry summoned the Chinese ambassador on Wednesday and gave him an overview of the new road tolls.")]
    public void A_summons_with_a_briefing_handed_is_no_statement(string sentence) =>
        Detect.All(sentence, "2029-03-12").ShouldNotContain(i => i.Type == IncidentType.Statement, sentence);

    [Theory]
    [InlineData("Tajik soldiers stopped two Afghan armoured vehicles with rocket fire during the clash near Shir Khan.")]
    public void A_weapon_halted_in_a_clash_is_no_patrol(string sentence) =>
        Detect.RuleTypes(sentence).ShouldNotContain(IncidentType.PatrolSurveillance, sentence);

    [Theory]
    [InlineData("Uzbek soldiers halted their own supply convoy below the pass because of an avalanche.")]
    public void A_force_stopping_its_own_convoy_is_no_patrol(string sentence) =>
        Detect.RuleTypes(sentence).ShouldNotContain(IncidentType.PatrolSurveillance, sentence);

    private static readonly Lazy<TreebankSentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
}
