using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para42 (issue 8, paraphrase statements): "wrote" and "writes" are speech words (statements.json <c>speech</c>), so
/// a party's offer, refusal or denial told in writing ("..., the consul wrote on social media") is read as said would
/// be, and an event told in writing stays that event. "pressed" is no request word: "pressed on to the pass" is a move,
/// so "pressed X to ..." requests stay unread (an entry for them was dropped at landing for that reason).
/// Sentences written for these tests, in no corpus.
/// </summary>
public class Para42Tests
{
    private static readonly Lazy<IncidentDetector> Rules = new(() => TypeModelServices.Detector(TypeModelOptions.Off));

    private static List<IncidentType> Types(string sentence) =>
        Rules.Value.Detect(AnalysisInput.FromText(sentence)).OrderBy(i => i.ExcerptStart).Select(i => i.Type).ToList();

    [Theory]
    [InlineData("China would pay for a new bridge over the Naryn if Bishkek asks for one, the Chinese consul wrote on social media.")]
    [InlineData("Astana would pay for a new customs terminal at Zhibek Zholy if Tashkent wants one, the Kazakh ambassador wrote in an Uzbek daily.")]
    [InlineData("No foreign soldiers will be based on Turkmen soil, the Turkmen foreign minister writes in a newspaper column.")]
    public void A_statement_told_in_writing_is_a_statement(string sentence) =>
        Types(sentence).FirstOrDefault().ShouldBe(IncidentType.Statement);

    [Theory]
    [InlineData("Tajik troops crossed into the Vorukh enclave on Monday night, the Kyrgyz border service wrote on Telegram.", IncidentType.CrossBorderMovement)]
    [InlineData("Uzbek and Afghan guards exchanged fire across the river near Termez on Sunday, the Uzbek border command wrote on its website.", IncidentType.ArmedClash)]
    public void An_event_told_in_writing_stays_that_event(string sentence, IncidentType type) =>
        Types(sentence).FirstOrDefault().ShouldBe(type);

    [Theory]
    [InlineData("Students at the university in Osh wrote their final exams on Monday.")]
    public void Writing_with_nothing_of_a_border_is_no_incident(string sentence) =>
        Types(sentence).ShouldBeEmpty();

    [Theory]
    [InlineData("Hundreds of Afghan families pressed against the fence near Serhetabat and crossed into Turkmenistan on Sunday.", IncidentType.CrossBorderMovement)]
    [InlineData("Taliban fighters pressed on to the Darwaz pass on Monday after clashes with Tajik border guards near the river, officials in Dushanbe said.", IncidentType.ArmedClash)]
    public void Pressed_without_a_request_keeps_its_event(string sentence, IncidentType type) =>
        Types(sentence).FirstOrDefault().ShouldBe(type);
}
