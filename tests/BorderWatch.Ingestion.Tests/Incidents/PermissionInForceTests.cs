using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// type27 (issue 8): a modal of permission on a verb with a mark of a rule in force ("may now", "since Thursday ... may",
/// "may ... under a protocol") tells a permission that holds, no hypothetical; "may yet", "may have", "could now" and a
/// "from" that names a place stay hypothetical (syntax.json permissionModals, permissionSources, permissionStarts).
/// Sentences written for these tests, in no corpus.
/// </summary>
public class PermissionInForceTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));
    private static readonly Hedging Words = new(SyntaxLexicon.Default);
    private static readonly Lazy<IncidentDetector> Rules = new(() => TypeModelServices.Detector(TypeModelOptions.Off, Parser.Value));

    private static bool Hypothetical(string sentence)
    {
        var parse = Parser.Value.Parse(sentence, 0, sentence.Length);
        var verb = parse.Tokens.First(t => t.Upos == Upos.VERB && parse.Dependents(t.Index).Any(d => d.BaseRelation == "aux"));
        return Words.NegatedOrHypothetical(parse, verb);
    }

    [Theory]
    [InlineData("Farmers from Isfara may now graze their cattle on the Kyrgyz bank of the canal.")]
    [InlineData("Uzbek freight wagons may stay at the Dostlik depot until 2030 under a protocol the two cabinets approved.")]
    [InlineData("From Monday, empty lorries may use the old road bridge at Kyzyl-Bel only at night.")]
    [InlineData("Fishermen can now moor their boats at the Tajik jetty below Panji Poyon.")]
    [InlineData("Kazakh herders may graze their sheep on the Kyrgyz slopes under an accord the two ministries signed.")]
    [InlineData("Tajik buses may carry passengers through the Kyrgyz enclave from 3 February.")]
    public void A_permission_in_force_is_no_hypothetical(string sentence) => Hypothetical(sentence).ShouldBeFalse();

    [Theory]
    [InlineData("Afghan militants may yet try to storm the Tajik posts above Ishkashim.")]
    [InlineData("The Kazakh shepherds may have driven their flocks over the ridge at night.")]
    [InlineData("Kyrgyz units could now reinforce the posts near the Tajik enclave.")]
    [InlineData("The gunmen may strike from the southern valleys before the snow.")]
    // mend27: "under" and "from" + a number tell a permission only with a rule or a start date.
    [InlineData("Kyrgyz hamlets near the canal may come under fire if the talks break down.")]
    [InlineData("The valley may fall under Taliban control within a few weeks.")]
    [InlineData("Uzbek units may withdraw from 14 contested posts before winter.")]
    [InlineData("Afghan migrants may be deported from 1 March, the ministry warned.")]
    // type28: an absolute construction gives the state of things that makes the act possible: an opportunity.
    [InlineData("With the canal drained, herders may now drive their goats into the Uzbek fields.")]
    public void A_guess_or_a_possibility_stays_hypothetical(string sentence) => Hypothetical(sentence).ShouldBeTrue();

    [Fact]
    public void Crossing_allowed_now_is_an_event_and_crossing_that_may_yet_happen_is_none()
    {
        Rules.Value.Detect(AnalysisInput.FromText("Tajik melon traders may now cross into Kyrgyzstan at the Kulundu gate without visas."))
            .Select(i => i.Type).ShouldContain(IncidentType.CrossBorderMovement);
        Rules.Value.Detect(AnalysisInput.FromText("Tajik melon traders may yet cross into Kyrgyzstan at the Kulundu gate without visas."))
            .ShouldBeEmpty();
    }

    /// <summary>type28: one rule for both readings. The token rules' hypothetical words ("may", "can") leave out exactly the
    /// modals the parse rule reads as a permission in force, so the detector and the parse rules agree.</summary>
    [Theory]
    [InlineData("Tajik apricot growers may now take their harvest into Kyrgyzstan through the Kairagach gate.", true)]
    [InlineData("Since Wednesday, Kazakh fuel tankers can use the Khorgos lane reserved for buses.", true)]
    [InlineData("With the Amu Darya low, armed bands may now cross into Uzbekistan on foot.", false)]
    [InlineData("Smugglers may yet cross the ridge into Kyrgyzstan before the snow.", false)]
    public void The_parse_rule_tells_the_token_rules_which_modals_grant_a_permission(string sentence, bool permission)
    {
        var parse = Parser.Value.Parse(sentence, 0, sentence.Length);
        var modal = parse.Tokens.First(t => t.Form is "may" or "can");
        Words.PermissionModals(parse).Contains(modal.Start).ShouldBe(permission);
    }

    [Fact]
    public void An_opportunity_a_state_of_things_opens_is_no_event()
    {
        Rules.Value.Detect(AnalysisInput.FromText("With the river frozen, Afghan fighters may now cross into Tajikistan at the Darvoz bend."))
            .Where(i => i.Type == IncidentType.CrossBorderMovement).ShouldBeEmpty();
        Rules.Value.Detect(AnalysisInput.FromText("Under the new protocol, Afghan traders may now cross into Tajikistan at the Darvoz bend."))
            .Select(i => i.Type).ShouldContain(IncidentType.CrossBorderMovement);
    }
}
