using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Predicates read by their lemma and arguments where no WordNet event class types the verb (Lexicon/spans.json,
/// ClauseSyntax.Spans.cs), on sentences written for these tests (in no corpus).
/// </summary>
public class SpanPredicateTests
{
    private const string Published = "2025-06-02";

    private static IncidentType? TypeOf(string text) =>
        Detect.All(text, Published).OrderBy(i => i.ExcerptStart).Select(i => (IncidentType?)i.Type).FirstOrDefault();

    [Theory]
    [InlineData("Afghan commandos wrested the town of Rustaq from the Taliban on Sunday, near the Tajik border.")]
    [InlineData("The garrison ceded the village of Kalai-Khumb to the rebels on Tuesday after two days without supplies.")]
    [InlineData("Government troops abandoned the river port of Shortepa to the insurgents overnight, opposite Uzbekistan.")]
    public void A_place_given_up_to_or_taken_from_a_party_changes_hands(string text) =>
        TypeOf(text).ShouldBe(IncidentType.TerritorialControl);

    [Theory]
    // Nothing changes hands: no place, or no party it goes to.
    [InlineData("The patrol abandoned its broken-down truck near Murghab on Monday.")]
    [InlineData("Villagers abandoned the hamlet of Sarvok after the floods in April.")]
    public void Giving_up_a_thing_or_leaving_a_place_is_no_change_of_control(string text) =>
        TypeOf(text).ShouldNotBe(IncidentType.TerritorialControl);

    [Theory]
    [InlineData("Nine Afghan herders reached the Tajik bank near Darvoz on Wednesday with their camels.", IncidentType.CrossBorderMovement)]
    [InlineData("A boat full of migrants arrived on the Uzbek shore of the Amu Darya before dawn on Friday.", IncidentType.CrossBorderMovement)]
    [InlineData("Two hundred Russian soldiers arrived at the Kant air base in Kyrgyzstan on Tuesday.", IncidentType.Deployment)]
    public void An_arrival_is_a_crossing_on_a_state_edge_and_a_deployment_of_troops(string text, IncidentType type) =>
        TypeOf(text).ShouldBe(type);

    [Fact]
    public void Civilians_arriving_in_a_town_are_no_deployment() =>
        TypeOf("Hundreds of pilgrims arrived in Osh on Saturday for the holiday.").ShouldNotBe(IncidentType.Deployment);

    [Theory]
    [InlineData("Kazakh rangers rode the Ili valley near the Chinese border on horseback on Tuesday.")]
    [InlineData("Uzbek river boats cruised the Amu Darya near Termiz all night on Saturday.")]
    [InlineData("Kyrgyz guards combed the whole stretch between Kyzyl-Kiya and the Tajik frontier on Monday.")]
    public void A_stretch_of_ground_gone_over_is_a_patrol(string text) =>
        TypeOf(text).ShouldBe(IncidentType.PatrolSurveillance);

    [Fact]
    public void A_writer_driving_a_road_is_no_patrol() =>
        TypeOf("We drove the Wakhan road along the Panj from Ishkashim to Langar in July.").ShouldNotBe(IncidentType.PatrolSurveillance);

    [Theory]
    [InlineData("The cabinets of Turkmenistan and Iran endorsed the text on shared use of the Tejen river on Thursday.")]
    [InlineData("Both parliaments approved the terms fixing the new line near Sokh this week.")]
    public void An_approved_text_is_an_agreement(string text) =>
        TypeOf(text).ShouldBe(IncidentType.Agreement);

    [Fact]
    public void Approving_something_else_is_no_agreement() =>
        TypeOf("The Kyrgyz parliament approved the budget for new border posts on Wednesday.").ShouldNotBe(IncidentType.Agreement);

    [Fact]
    public void Time_spent_talking_things_over_is_a_meeting() =>
        TypeOf("The Uzbek and Kyrgyz governors spent Friday afternoon in Andijan going over the water quotas.").ShouldBe(IncidentType.DiplomaticMeeting);
}
