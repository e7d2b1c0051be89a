using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Statements typed by their speech act, not by the act they name (type24): a request told in the present whose "-s"
/// verb the tagger reads as a noun (<c>PresentSpeechActs</c>), a statement whose reported clause is negated kept from
/// the type model's override when the parser took another word for the root (<c>TypeOverride</c>), and an act
/// coordinated with the requested one (<c>ClauseSplitter.JoinSharedSubject</c>). Sentences written for these tests, in
/// no corpus.
/// </summary>
public class SpeechActTypingTests
{
    [Theory]
    [InlineData("The Kyrgyz detachment urges farmers near the Uzbek border to keep their cattle away from the fence.")]
    [InlineData("The Tajik commandant's office warns herders near the Chinese line to stay off the pass until the snow melts.")]
    public void A_request_or_warning_told_in_the_present_is_the_day_s_statement(string text)
    {
        var found = Detect.One(text, "2026-12-02");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
        found.Date.ToString().ShouldBe("2026-12-02");
    }

    [Fact]
    public void A_plural_noun_before_another_noun_is_not_read_as_a_speech_act()
    {
        // "customs" has no verb reading of a speech act: the sentence is the closure it tells.
        const string text = "Kazakh customs officers closed the Khorgos gate to lorries on Monday.";
        Detect.One(text, "2026-12-02").Type.ShouldBe(IncidentType.PatrolSurveillance, Detect.Describe(text, Detect.All(text, "2026-12-02")));
    }

    [Fact]
    public void A_declaration_that_its_side_has_no_quarrel_stays_a_statement()
    {
        const string text = "On Thursday a spokesman for the Kyrgyz border command told reporters that his service had no quarrel with Tajikistan and would keep its vehicles off the canal road.";
        var found = Detect.One(text, "2026-12-02");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void An_act_coordinated_with_the_requested_one_is_part_of_the_request()
    {
        const string text = "The Kazakh ministry called on Bishkek to find and punish whoever fired on the post near Karkyra.";
        var found = Detect.One(text, "2026-12-02");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void An_act_with_a_subject_of_its_own_after_a_request_is_its_own_record()
    {
        const string text = "The Tajik ministry urged Kabul to investigate the shooting, and Afghan gunmen fired on a Tajik post near Panj on Monday.";
        var found = Detect.All(text, "2026-12-02");
        found.Select(i => i.Type).ShouldBe([IncidentType.Statement, IncidentType.ArmedClash], Detect.Describe(text, found));
    }
}
