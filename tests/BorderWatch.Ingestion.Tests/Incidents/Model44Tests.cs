using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model44: gates on the retrained type model (features v4) where the rules' reading decides, each on sentences of our
/// own in no corpus or paraphrase set: a restriction read on a ban verb is not overridden into the movement it bars; an
/// accident a source reports gets no act from the model's override; a remark withheld ("had no comment on ...") is no
/// statement, so the model's best other reading is asked; a statement cue that is the theme of the reported clause's own
/// act, with another act conjoined, lets the model give that act.
/// </summary>
public class Model44Tests
{
    private const string Published = "2027-04-20";

    [Theory]
    [InlineData("Since Monday fishermen are barred by the Uzbek Border Troops from the reservoir shore along the Tajik line.")]
    [InlineData("Since 2 April herders have been barred by the Tajik Border Troops from the upper valley along the Kyrgyz line.")]
    public void A_restriction_on_a_ban_verb_stays_a_restriction(string sentence)
    {
        var found = Detect.All("Tension is rising on the border. " + sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe("Tension is rising on the border. " + sentence, found));
        found.ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void An_accident_a_source_reports_is_no_incident()
    {
        const string text = "Three Uzbek boatmen drowned after their skiff capsized on the Amu Darya near Termez, district officials in Surkhandarya said.";
        var found = Detect.All(text, Published);
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_remark_withheld_about_a_told_act_is_no_statement()
    {
        const string text = "The Tajik border troops had no comment on claims in Khorog that Afghan gunmen shot at a Tajik shepherd near Ishkashim on Sunday.";
        Detect.RuleTypes(text).ShouldBeEmpty();
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_warning_ignored_beside_a_crossing_leaves_an_act()
    {
        const string text = "Uzbek officials said the traders ignored a warning from the post and crossed the Amu Darya near Termez on Friday.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type != IncidentType.Statement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_warning_given_with_no_other_act_stays_a_statement()
    {
        const string text = "Kyrgyz officials said the border service issued a warning to Tajik herders near Kara-Bak on Friday.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_summons_with_an_act_shown_is_no_statement()
    {
        const string text = "The Kazakh foreign ministry summoned the Kyrgyz envoy on Monday and gave him a demonstration of the new customs scanners.";
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Statement, Detect.Describe(text, found));
    }
}
