using System.Text;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Reads a subtitle file (SubRip ".srt" or WebVTT ".vtt", also when saved as plain text) as running text. A text is
/// taken as subtitles when it has at least three timing lines ("00:01:02,500 --> 00:01:05,000", WebVTT's
/// "01:02.500 --> 01:05.000 align:start"). Cue numbers, cue identifiers and timing lines are layout and are dropped,
/// as are WebVTT's header ("WEBVTT ...") and its NOTE, STYLE and REGION blocks, and the markup inside cues ("&lt;i&gt;",
/// "&lt;v Speaker&gt;", inline timestamps, SubRip's "{\an8}"). A line runs on into the next line, of its cue or of the next
/// cue, with a space when it ends without a sentence's end (a sentence read across lines and cues is one sentence
/// again); a line that ends a sentence ends its paragraph (a bulletin's "Evening news." over "Friday, 4 May." stays
/// two lines, so a date line is still a date line). A line that opens with a dialogue dash ("- ") is a new
/// speaker's turn and opens a new paragraph. A block without a timing line (a heading added by hand) is kept as a
/// paragraph of its own. Text that is not subtitles is returned unchanged.
/// </summary>
internal static partial class SubtitleCues
{
    private const int MinTimings = 3;

    public static string Unwrap(string text)
    {
        var lines = text.Split('\n');
        if (lines.Count(l => Timing().IsMatch(l)) < MinTimings) return text;
        var paragraphs = new List<StringBuilder>();
        var open = false;
        foreach (var block in Blocks(lines))
        {
            var timing = block.FindIndex(l => Timing().IsMatch(l));
            if (timing < 0)
            {
                if (IsVttMetadata(block[0])) continue;
                paragraphs.Add(new StringBuilder(string.Join(' ', block.Select(l => l.Trim()))));
                open = false;
                continue;
            }
            foreach (var raw in block.Skip(timing + 1))
            {
                var line = Markup().Replace(raw, "").Trim();
                if (line.Length == 0) continue;
                if (open && !DialogueTurn().IsMatch(line)) paragraphs[^1].Append(' ').Append(line);
                else paragraphs.Add(new StringBuilder(line));
                // A line that ends a sentence ends its paragraph: the next line or cue opens a new one.
                open = !SentenceEnd().IsMatch(line);
            }
        }
        return string.Join("\n\n", paragraphs.Select(p => Spaces().Replace(p.ToString(), " ")));
    }

    /// <summary>The text's blocks: runs of non-blank lines.</summary>
    private static IEnumerable<List<string>> Blocks(string[] lines)
    {
        var block = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length > 0) { block.Add(line); continue; }
            if (block.Count > 0) yield return block;
            block = [];
        }
        if (block.Count > 0) yield return block;
    }

    private static bool IsVttMetadata(string firstLine) => VttMetadata().IsMatch(firstLine.Trim());

    // "00:01:02,500 --> 00:01:05,000" (SubRip), "01:02.500 --> 01:05.000 line:90%" (WebVTT, hours optional, settings after).
    [GeneratedRegex(@"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s.*)?$")]
    private static partial Regex Timing();

    [GeneratedRegex(@"^(?:\uFEFF?WEBVTT|NOTE|STYLE|REGION)(?:\s|$)")]
    private static partial Regex VttMetadata();

    // Cue markup: <i>, </b>, <v Speaker>, <c.yellow>, <lang en>, inline timestamps <00:01.500>, SubRip's {\an8}.
    [GeneratedRegex(@"</?(?:[ibuv]|c|lang|ruby|rt)(?:[.\s][^<>]*)?>|<(?:\d{1,2}:)?\d{1,2}:\d{2}\.\d{1,3}>|\{\\[^{}]*\}")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^[-–—]\s")]
    private static partial Regex DialogueTurn();

    [GeneratedRegex(@"[.!?…][""'”’»)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
