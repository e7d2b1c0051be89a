using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Events told without an event word, read by the scene frames (Lexicon/scene-frames.json, Incidents/SceneFrames*.cs):
/// the WordNet classes of a sentence's words (adversary, meal, plan, troops ...) and their place in the parse, each frame
/// with its setting. Sentences written for these tests, in no corpus; a negative per frame.
/// </summary>
public class SceneFrameTests
{
    private const string Published = "2025-06-02";

    private static IncidentType? TypeOf(string text) => Detect.All(text, Published).OrderBy(i => i.ExcerptStart).FirstOrDefault()?.Type;

    [Theory]
    // roles: a side cast as an adversary by troops.
    [InlineData("Uzbek border guards spent Thursday near Termez chasing volunteers dressed as bandits through the reeds.", IncidentType.Exercise)]
    // fiction: an invented adversary, with troops.
    [InlineData("Tajik and Kyrgyz border units spent the week near Isfara clearing paths laid by an invented gang of bandits.", IncidentType.Exercise)]
    // searches: a border unit looking for an adversary's traces.
    [InlineData("Uzbek border teams spent the night on the dunes near the Turkmen frontier, looking for the tracks of camel thieves.", IncidentType.PatrolSurveillance)]
    // meals: two states at one table.
    [InlineData("The Kazakh and Uzbek foreign ministers shared a working dinner in Turkistan on Friday.", IncidentType.DiplomaticMeeting)]
    [InlineData("The Chinese ambassador had breakfast with his Kyrgyz counterpart in Naryn on Monday.", IncidentType.DiplomaticMeeting)]
    // plans: a plan two states finalise, a signing idiom.
    [InlineData("Kazakhstan and Uzbekistan finalised a roadmap for two new border markets on Thursday.", IncidentType.Agreement)]
    [InlineData("The Kyrgyz and Tajik interior ministers shook hands on a plan for joint river posts in Isfara on Friday.", IncidentType.Agreement)]
    // holds: armed men take a foothold in a place; a place passes to them.
    [InlineData("Taliban fighters established a foothold in two hamlets of Darwaz district on Sunday.", IncidentType.TerritorialControl)]
    [InlineData("The Shirkhan district centre passed to Taliban fighters on Monday.", IncidentType.TerritorialControl)]
    // moves: troops moved to a goal.
    [InlineData("Astana will move an infantry unit from Taldykorgan to the Chinese frontier next month.", IncidentType.Deployment)]
    // farSide: into a state with a path.
    [InlineData("Two Kyrgyz teenagers got into Kazakhstan through a hole in the fence near Korday on Tuesday.", IncidentType.CrossBorderMovement)]
    // pledges: a party's vow, with what it vows.
    [InlineData("The Kyrgyz foreign minister vowed on Sunday that Bishkek would never give up an inch of its border with Tajikistan.", IncidentType.Statement)]
    public void A_scene_without_an_event_word_is_typed_by_its_frame(string text, IncidentType expected) =>
        TypeOf(text).ShouldBe(expected, Detect.Describe(text, Detect.All(text, Published)));

    [Theory]
    // roles: impostors before the act, no troops casting them.
    [InlineData("Two men posing as traders robbed a currency exchange in Osh on Monday.", IncidentType.Exercise)]
    // fiction: a film's invented gang, no troops.
    [InlineData("A new film about a fictional gang of smugglers opened in Almaty cinemas on Friday.", IncidentType.Exercise)]
    // searches: tourists are no border unit.
    [InlineData("Tourists spent Sunday near the Kazakh border, looking for herds of argali.", IncidentType.PatrolSurveillance)]
    // meals: one state and no counterpart.
    [InlineData("The Kazakh president had lunch with schoolchildren in Taraz on Monday.", IncidentType.DiplomaticMeeting)]
    // plans: one state's own plan, though a neighbour is named.
    [InlineData("Kazakhstan adopted a plan for a new fence along its border with Kyrgyzstan.", IncidentType.Agreement)]
    // holds: an army's duty for relief is no place taken.
    [InlineData("The army assumed responsibility for flood relief in Batken region on Monday.", IncidentType.TerritorialControl)]
    // moves: a unit that is no troops.
    [InlineData("The bank is moving its credit-card unit from Almaty to the new business district of Astana.", IncidentType.Deployment)]
    // farSide: an animal wandering to the far bank.
    [InlineData("Last spring a neighbour's mare found its way to the Kazakh side of the river near Karakol.", IncidentType.CrossBorderMovement)]
    // farSide: goods finding their way to shops cross no one.
    [InlineData("Tajik apricots found their way into Russian supermarkets this summer.", IncidentType.CrossBorderMovement)]
    // pledges: a speaker who is no party.
    [InlineData("The coach insisted that his team had played well in Bishkek.", IncidentType.Statement)]
    // pledges: a policy asserted with no border or neighbour in view.
    [InlineData("Uzbek officials insist that the new tax code will remain unchanged until 2030.", IncidentType.Statement)]
    public void Without_its_setting_a_scene_types_nothing(string text, IncidentType notExpected) =>
        TypeOf(text).ShouldNotBe(notExpected, Detect.Describe(text, Detect.All(text, Published)));
}
