using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// type28 (issue 8, paraphrase statements): speech acts told without "said", read by WordNet class
/// (event-class-roots.json: "propose"/"put forward" with "offer", "vow" with "warn"; "hint",
/// "retort", "reaffirm", "estimate", "forecast" with "say"), a report of no event in force as the
/// speaker's statement (SpeechActs.ReportOfNoEvent), acts told through a source kept as their act, and a weapon's
/// target read on a passive subject (argument-frames.json instruments). Sentences written for these tests, in no corpus.
/// </summary>
public class SpeechActWideningTests
{
    private static readonly Lazy<IncidentDetector> Rules = new(() => TypeModelServices.Detector(TypeModelOptions.Off));

    private static List<IncidentType> Types(string sentence) =>
        Rules.Value.Detect(AnalysisInput.FromText(sentence)).OrderBy(i => i.ExcerptStart).Select(i => i.Type).ToList();

    [Theory]
    [InlineData("The Tajik frontier commander vowed on Friday that his boats would ram any smuggling skiff on the Panj.")]
    [InlineData("Iran's deputy interior minister put forward a scheme on Sunday under which Iranian crews would dredge the Harirud channel.")]
    [InlineData("Turkmenistan will never allow a foreign army base on its territory, the foreign ministry reaffirmed on Thursday.")]
    [InlineData("Kazakhstan's interior minister put forward on Monday a shared radio channel for Kazakh and Kyrgyz guards at Korday.")]
    public void A_speech_act_told_without_said_is_a_statement(string sentence) =>
        Types(sentence).FirstOrDefault().ShouldBe(IncidentType.Statement);

    [Theory]
    [InlineData("Tajik troops crossed into the Vorukh enclave on Monday night, the Kyrgyz foreign ministry reaffirmed in a note.", IncidentType.CrossBorderMovement)]
    public void An_act_told_through_a_source_stays_that_act(string sentence, IncidentType type) =>
        Types(sentence).ShouldContain(type);

    [Theory]
    [InlineData("A Tajik border lorry was sprayed with machine-gun rounds near Vorukh on Sunday night, the Tajik border troops said.")]
    public void A_weapon_used_on_a_passive_subject_is_a_clash(string sentence) =>
        Types(sentence).ShouldContain(IncidentType.ArmedClash);
}
