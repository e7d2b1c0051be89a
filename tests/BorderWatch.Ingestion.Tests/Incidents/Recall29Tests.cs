using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records that gave nothing (recall29): measures told as a state of things by forces the document named before,
/// first-person accounts of forces brought up or added, closures in force until a later time. Sentences of our own,
/// in no corpus.
/// </summary>
public class Recall29Tests
{
    private const string Bridge = "Uzbek and Afghan guards exchanged lists of detained fishermen at the Termez bridge on Sunday.\n\n" +
                                  "The river was low after a dry summer.\n\n";

    // A deployment or patrol of a force (context.json standingForces) that names no state of its own: the states of the
    // nearest sentence before it that names one, two paragraphs back (StoryForces).
    [Theory]
    [InlineData("Since the start of the month two helicopters have been patrolling the river after dark.", IncidentType.PatrolSurveillance)]
    [InlineData("For ten days now two patrol boats have been sweeping the river below the bridge at night.", IncidentType.PatrolSurveillance)]
    [InlineData("Reinforcements have been deployed to the river posts since Thursday.", IncidentType.Deployment)]
    [InlineData("A third rifle company has been stationed beside the customs yard since the middle of August.", IncidentType.Deployment)]
    [InlineData("Since Friday the command has stationed two platoons beside the customs yard.", IncidentType.Deployment)]
    public void A_force_told_as_a_state_takes_the_states_named_before(string sentence, IncidentType type)
    {
        var text = Bridge + sentence;
        var found = Detect.All(text, "2026-09-20");
        var measure = Detect.Quoting(text, found, sentence[..30]).ToList();
        measure.ShouldContain(i => i.Type == type && i.BorderCode == "AFG-UZB", Detect.Describe(text, found));
    }

    [Fact]
    public void A_force_stationed_ahead_is_planned_and_dated_to_its_month()
    {
        const string sentence = "In October two further mobile groups will be stationed at the river posts.";
        var text = Bridge + sentence;
        var found = Detect.All(text, "2026-09-20");
        var measure = Detect.Quoting(text, found, "mobile groups").Single();
        measure.Type.ShouldBe(IncidentType.Deployment);
        measure.Status.ShouldBe(IncidentStatus.Planned);
        measure.Date.ToString().ShouldBe("2026-10");
    }

    [Fact]
    public void A_force_since_a_month_is_dated_to_that_month()
    {
        const string sentence = "A third rifle company has been stationed beside the customs yard since the middle of August.";
        var text = Bridge + sentence;
        var measure = Detect.Quoting(text, "rifle company", "2026-09-20");
        measure.Date.ToString().ShouldBe("2026-08");
        measure.Status.ShouldBe(IncidentStatus.Reported);
    }

    // Negatives: no state anywhere before; a body that is no force; a force measure alone on its page.
    [Theory]
    [InlineData("The festival's organisers have been based in the old school since the middle of August.")]
    [InlineData("Since the spring a team of vets has been stationed beside the customs yard.")]
    // (A force told after another act's clause is not what was deployed.)
    [InlineData("The fair was well run: four food tents were deployed beside the school, a helicopter gave rides to the children.")]
    public void A_body_that_is_no_force_borrows_no_states(string sentence)
    {
        var text = Bridge + sentence;
        var found = Detect.All(text, "2026-09-20");
        Detect.Quoting(text, found, sentence[..25]).ShouldBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_force_with_no_state_anywhere_before_gives_nothing()
    {
        const string text = "The river was low after a dry summer.\n\nReinforcements have been deployed to the river posts since Thursday.";
        Detect.All(text, "2026-09-20").ShouldBeEmpty();
    }

    // A first-person speaker's forces brought up or added to a unit (scene-frames.json moves: "add", "bring up"; "mobile
    // teams", "an operational group"): a deployment of the speaker's side (SpeakerParties), dated from its start.
    private const string Interview = "Interview with Colonel Davlat Ismoilov, commander of the Tajik border detachment in Khorog.\n\n" +
                                     "QUESTION: Has anything changed on the river this autumn?\n\n";

    [Theory]
    [InlineData("ISMOILOV: Since the middle of October we have added three mobile teams to the Khorog detachment.", "mobile teams", "2026-10")]
    [InlineData("ISMOILOV: After the flood we brought up an operational group from Kalaikhum, and it is still on the bank.", "operational group", "2026-11")]
    public void A_speaker_who_adds_or_brings_up_forces_tells_a_deployment(string answer, string words, string month)
    {
        var text = Interview + answer;
        var found = Detect.All(text, "2026-11-20");
        var deployment = Detect.Quoting(text, found, words).ToList();
        deployment.ShouldContain(i => i.Type == IncidentType.Deployment && i.Status == IncidentStatus.Reported && i.Date.ToString() == month &&
                                      i.Countries().Contains("TJK"), Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("ISMOILOV: We have added two new questions to the exam for conscripts.")]
    [InlineData("ISMOILOV: In the spring we brought up the matter of the bridge with the Afghan side.")]
    public void Adding_or_bringing_up_what_is_no_force_is_no_deployment(string answer)
    {
        var text = Interview + answer;
        var found = Detect.All(text, "2026-11-20");
        found.Select(i => i.Type).ShouldNotContain(IncidentType.Deployment, Detect.Describe(text, found));
    }

    // A closure in force until a later time, whatever words follow the end (recall28's rule, now also where the parser hangs
    // the end on the predicate's oblique: "closed [to foreigners [until further orders]]").
    [Theory]
    [InlineData("The ferry at Kelif on the Afghan border is closed to foreigners until further orders.")]
    [InlineData("The ferry at Kelif on the Afghan border is closed to foreigners until further notice.")]
    [InlineData("The mountain road to the Kulma pass is closed to lorries pending further instructions, the Tajik border service said.")]
    [InlineData("The mountain road to the Kulma pass is shut to lorries until otherwise instructed.")]
    [InlineData("The mountain road to the Kulma pass is closed to lorries until the bridge repairs are finished, the Tajik border service said.")]
    public void A_closure_until_any_later_time_is_in_force(string sentence)
    {
        var found = Detect.All(sentence, "2026-10-14");
        found.ShouldContain(i => i.Type == IncidentType.PatrolSurveillance && i.Status == IncidentStatus.Reported && i.Date.ToString() == "2026-10-14",
            Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The ferry at Kelif on the Afghan border will be closed to foreigners until further orders if the river rises.")]
    [InlineData("The ferry at Kelif on the Afghan border is closed to foreigners until further orders after a landslide.")]
    public void A_foreseen_or_natural_closure_until_further_orders_is_not_in_force(string sentence)
    {
        var found = Detect.All(sentence, "2026-10-14");
        found.Where(i => i.Type == IncidentType.PatrolSurveillance).Select(i => i.Status).ShouldNotContain(IncidentStatus.Reported, Detect.Describe(sentence, found));
    }
}
