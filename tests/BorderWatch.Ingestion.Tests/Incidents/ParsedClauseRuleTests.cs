using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The rules that read clauses from the dependency parse (ClauseSyntax, ParsedClauseRules), on sentences written for
/// these tests and found in no corpus.
/// </summary>
public class ParsedClauseRuleTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly ClauseSyntax Syntax = new(Lexicon.Default, SyntaxLexicon.Default);

    private static (ParsedSentence Parse, ParsedToken Root) Parse(string sentence)
    {
        var parse = Parser.Value.Parse(sentence, 0, sentence.Length);
        return (parse, parse.Root!);
    }

    [Fact]
    public void A_reporting_verb_reports_the_event_of_its_clause()
    {
        var (parse, root) = Parse("Uzbek border officials said that smugglers had crossed the Amu Darya near Termez on Monday.");
        Syntax.Read(parse, root).Role.ShouldBe(PredicateRole.Report);
        Syntax.EventOf(parse, root)?.Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void An_accusing_or_denying_predicate_is_a_statement_not_the_event_it_names()
    {
        var (parse, root) = Parse("Dushanbe blamed Afghan smugglers for the shooting near Panj.");
        Syntax.Read(parse, root).Role.ShouldBe(PredicateRole.Accusation);
        Detect.One("Dushanbe blamed Afghan smugglers for the shooting near Panj.").Type.ShouldBe(IncidentType.Statement);
        var (denial, denialRoot) = Parse("Ashgabat denied that its guards had fired across the river.");
        Syntax.Read(denial, denialRoot).Role.ShouldBe(PredicateRole.Denial);
    }

    [Fact]
    public void A_light_verb_takes_the_class_of_its_object()
    {
        var (parse, root) = Parse("Kyrgyz troops launched an assault on the ridge.");
        Syntax.Read(parse, root).Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Fact]
    public void A_negated_or_hedged_predicate_is_no_event()
    {
        var (parse, root) = Parse("The militants did not cross the river.");
        new Hedging(SyntaxLexicon.Default).NegatedOrHypothetical(parse, root).ShouldBeTrue();
        var (hedged, hedgedRoot) = Parse("Militants could attack the posts.");
        new Hedging(SyntaxLexicon.Default).NegatedOrHypothetical(hedged, hedgedRoot).ShouldBeTrue();
        var (plain, plainRoot) = Parse("Militants attacked the posts.");
        new Hedging(SyntaxLexicon.Default).NegatedOrHypothetical(plain, plainRoot).ShouldBeFalse();
    }

    [Fact]
    public void A_span_without_a_verb_has_no_predicate()
    {
        const string text = "Guards fired on the boat and the two men in it.";
        var (parse, _) = Parse(text);
        var tail = text.IndexOf("and the two", StringComparison.Ordinal);
        ClauseSyntax.HasPredicate(parse, tail, text.Length).ShouldBeFalse();
        ClauseSyntax.HasPredicate(parse, 0, tail).ShouldBeTrue();
    }

    [Fact]
    public void A_relative_clause_that_accuses_is_a_statement_beside_the_event()
    {
        const string text = "A Kyrgyz guard was killed near Batken, said a local commander, who accused Tajik troops of shelling a post near Vorukh.";
        var found = Detect.All(text);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.ExcerptStart == 0 && text[i.ExcerptEnd - 1] == 'r', Detect.Describe(text, found));
        var statements = found.Where(i => i.Type == IncidentType.Statement).Select(i => text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart)).ToList();
        statements.ShouldContain(s => s.StartsWith("who accused", StringComparison.Ordinal), Detect.Describe(text, found));
    }

    [Fact]
    public void A_bare_attribution_is_the_source_of_its_clause_not_a_statement()
    {
        const string text = "Tajik troops reinforced the posts near Panj, the defence ministry in Dushanbe reported.";
        var one = Detect.One(text);
        one.Type.ShouldBe(IncidentType.Deployment);
    }

    // The parser may read "X's Y-based interior ministry denied reports" as "interior [ministry denied] reports" (a
    // relative clause, "reports" a verb) or give the denial as the root: either way the denial is a statement of its
    // own, spoken by the whole subject, and the claim it rejects is a second record.
    [Theory]
    [InlineData("Turkmenistan's Ashgabat-based interior ministry denied reports that Afghan militants had attacked a border post near Serhetabat.",
        "Turkmenistan's Ashgabat-based interior ministry", "armed-clash")]
    [InlineData("Kyrgyzstan's state-run border service denied reports that its guards had opened fire on Tajik villagers near Vorukh.",
        "Kyrgyzstan's state-run border service", "armed-clash")]
    [InlineData("Uzbekistan's foreign ministry denied claims that its troops had crossed into Tajikistan near Farkhor.",
        "Uzbekistan's foreign ministry", "cross-border-movement")]
    public void A_denial_is_never_a_bare_attribution_whatever_its_parse(string text, string attribution, string claimType)
    {
        var found = Detect.All(text, "2024-03-06");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.Statement);
        found[0].Attribution.ShouldBe(attribution);
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldStartWith(attribution);
        found[1].Type.ToCode().ShouldBe(claimType);
        found.ShouldAllBe(i => i.Status == IncidentStatus.Denied);
    }

    [Theory]
    [InlineData("Kyrgyz and Tajik border guards exchanged fire near Isfara on Sunday. Three soldiers were wounded.")]
    [InlineData("Kyrgyz and Tajik border guards exchanged fire near Isfara on Sunday. The shooting stopped at dawn.")]
    public void What_happened_in_the_clash_just_reported_is_no_new_incident(string text)
    {
        var one = Detect.One(text);
        one.Type.ShouldBe(IncidentType.ArmedClash);
        text[one.ExcerptStart..one.ExcerptEnd].ShouldStartWith("Kyrgyz and Tajik border guards exchanged fire");
    }

    [Fact]
    public void A_clash_of_its_own_after_a_clash_is_a_new_incident()
    {
        const string text = "Kyrgyz and Tajik border guards exchanged fire near Vorukh on Sunday. Clashes near Isfara in May killed ten people.";
        Detect.All(text).Count(i => i.Type == IncidentType.ArmedClash).ShouldBe(2);
    }

    [Fact]
    public void A_since_clause_is_background_not_an_incident()
    {
        const string text = "Relations have improved since they signed a treaty in 2017.";
        var (parse, _) = Parse(text);
        var rules = new ParsedClauseRules(Syntax);
        rules.Background(parse).ShouldContain(b => b.Start == text.IndexOf("since", StringComparison.Ordinal) && b.End == text.Length - 1);
        Detect.All(text).ShouldNotContain(i => i.Type == IncidentType.Agreement);
    }

    [Fact]
    public void What_the_parties_discussed_is_the_meeting_just_reported()
    {
        const string text = "The Kyrgyz and Uzbek foreign ministers met in Osh on Monday. The ministers discussed water sharing and joint patrols on the frontier.";
        var found = Detect.All(text);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.DiplomaticMeeting);
    }

    [Fact]
    public void A_report_with_nothing_reported_in_its_sentence_is_no_statement()
    {
        const string text = "Tajik guards detained two Afghan men who had crossed the Panj near Shuroobod.\nthe state news agency Khovar reported.";
        Detect.All(text).ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, Detect.All(text)));
    }
}
