using System.Text.Json.Nodes;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The detector reads the scene frames and reporting words it is given (<see cref="DetectorLexicons"/>), not a static
/// copy: the same sentence read with a list emptied in the given files is read otherwise. Sentences written for these
/// tests (in no corpus); the rules alone.
/// </summary>
public class DetectorLexiconsTests
{
    private static readonly Lazy<ISentenceParser> Parser = new(() => new TreebankSentenceParser(LanguageModels.LoadEmbedded()));

    private static IncidentDetector Rules(DetectorLexicons lexicons) =>
        new(EntityRecognizer.Default, Lexicon.Default, Parser.Value, SyntaxLexicon.Default, typeModel: null, lexicons);

    private static List<IncidentType> Types(DetectorLexicons lexicons, string text) =>
        Rules(lexicons).Detect(AnalysisInput.FromText(text)).Select(i => i.Type).ToList();

    // The embedded file with one list emptied.
    private static string Without(string file, string frame, string list)
    {
        using var stream = typeof(DetectorLexicons).Assembly.GetManifestResourceStream($"BorderWatch.Lexicon.{file}")!;
        var json = JsonNode.Parse(stream)!;
        (frame.Length == 0 ? json : json[frame]!)[list] = new JsonArray();
        return json.ToJsonString();
    }

    [Fact]
    public void A_correction_is_read_by_the_given_reporting_words()
    {
        const string text = "Correction: Tajik border guards detained four Afghan herders near Ishkashim on Sunday, not on Saturday.";
        Types(DetectorLexicons.LoadEmbedded(), text).ShouldBeEmpty();
        var noLabels = DetectorLexicons.LoadEmbedded() with { Reporting = ReportingLexicon.Parse(Without("reporting.json", "", "correctionLabels")) };
        Types(noLabels, text).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_staged_adversary_is_read_by_the_given_scene_frames()
    {
        const string text = "Kyrgyz border troops fended off a raid by cadets disguised as gunmen outside Batken on Friday.";
        Types(DetectorLexicons.LoadEmbedded(), text).ShouldContain(IncidentType.Exercise);
        var noRoles = DetectorLexicons.LoadEmbedded() with { SceneFrames = SceneFrameLexicon.Parse(Without("scene-frames.json", "roles", "phrases")) };
        Types(noRoles, text).ShouldNotContain(IncidentType.Exercise);
    }

    [Fact]
    public void Each_load_is_a_copy_of_its_own() =>
        DetectorLexicons.LoadEmbedded().SceneFrames.ShouldNotBeSameAs(DetectorLexicons.LoadEmbedded().SceneFrames);

    [Fact]
    public void Each_load_gives_its_own_declaration_speech_act_and_retyping_words()
    {
        DetectorLexicons a = DetectorLexicons.LoadEmbedded(), b = DetectorLexicons.LoadEmbedded();
        a.Declarations.ShouldNotBeSameAs(b.Declarations);
        a.SpeechActs.ShouldNotBeSameAs(b.SpeechActs);
        a.Retyping.ShouldNotBeSameAs(b.Retyping);
    }
}
