using System.Text;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Reading;
using Shouldly;
using Xunit;

namespace BorderWatch.Ingestion.Tests.Reading;

/// <summary>
/// A subtitle file (SubRip or WebVTT) is read as running text: cue numbers and timing lines are layout, and a sentence
/// that runs across lines or cues is one sentence again. Cue files written for these tests; no corpus sentence.
/// </summary>
public class SubtitleCuesTests
{
    private static string Body(string name, string text) =>
        DocumentReader.Default.Read(name, Encoding.UTF8.GetBytes(text)).Single().BodyText;

    private const string SubRip = """
        1
        00:00:01,000 --> 00:00:04,500
        Mountain Radio, late bulletin.

        2
        00:00:04,700 --> 00:00:09,200
        This afternoon near the village of Sarytash,
        two patrols of the Border Service

        3
        00:00:09,400 --> 00:00:13,800
        detained four herders
        who had driven sheep over the line.

        4
        00:00:14,000 --> 00:00:17,300
        <i>The animals were returned on Monday.</i>
        """;

    [Fact]
    public void Cue_numbers_and_timings_are_dropped_and_a_sentence_across_cues_is_one_line()
    {
        var body = Body("bulletin.srt.txt", SubRip);
        body.ShouldNotContain("-->");
        body.ShouldNotContain("00:00");
        body.ShouldContain("This afternoon near the village of Sarytash, two patrols of the Border Service detained four herders who had driven sheep over the line.");
        var lines = ArticleCleaner.Clean(body).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain("The animals were returned on Monday.");
        lines.ShouldNotContain("2");
    }

    [Fact]
    public void A_cue_that_ends_a_sentence_closes_its_paragraph()
    {
        var body = Body("bulletin.srt", SubRip);
        body.ShouldStartWith("Mountain Radio, late bulletin.\n\nThis afternoon");
    }

    [Fact]
    public void WebVTT_header_notes_identifiers_and_voice_tags_are_layout()
    {
        const string vtt = """
            WEBVTT - evening programme

            NOTE translated from Uzbek by the station

            intro
            00:02.000 --> 00:05.500 align:start
            <v Presenter>Engineers began work on a new bridge

            00:05.700 --> 00:09.000 line:90%
            over the canal at Khojeli on Tuesday.</v>

            00:09.200 --> 00:12.000
            - Will it open before spring?
            - Nobody can say yet.
            """;
        var body = Body("programme.vtt", vtt);
        body.ShouldNotContain("WEBVTT");
        body.ShouldNotContain("translated from Uzbek");
        body.ShouldNotContain("intro");
        body.ShouldNotContain("<v");
        body.ShouldContain("Engineers began work on a new bridge over the canal at Khojeli on Tuesday.");
        body.ShouldContain("Will it open before spring?\n\n- Nobody can say yet.");
    }

    [Fact]
    public void Text_with_an_arrow_but_without_cues_is_read_unchanged()
    {
        const string text = "Timetable change\n\nThe 07:15 train Osh --> Jalal-Abad is cancelled.\nThe 09:40 service runs as usual.";
        Body("notice.txt", text).ShouldBe(text);
    }
}
