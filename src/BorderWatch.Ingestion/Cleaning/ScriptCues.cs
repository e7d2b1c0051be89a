namespace BorderWatch.Ingestion.Cleaning;

/// <summary>
/// The production lines of a broadcast script or transcript (radio, TV, podcast), which carry no prose: a cue or
/// stage direction in brackets or parentheses led by a label in capitals ("[NEWS STING - 0'05\"]", "[CUE: SFX - WIND -
/// UNDER]", "(SOUND: traffic)", "[MUSIC]", "(APPLAUSE)"), and a line with no word in lower case ("ENDS", "-- END OF
/// SCRIPT --", "07:00 BULLETIN - TUESDAY", "00:04:12"). The presenter's lines between them are the story's prose. A
/// bracketed aside whose label is written as a word ("[Photo: guards at the post]", "(Update: the men were freed.)") is
/// not a cue, and neither is a note that is a sentence of its own ("[UPDATE: Guards freed the two men.]", ending in a
/// full stop, question or exclamation mark: recall28). The label ends at a colon or a dash set off by spaces, not at a
/// hyphen inside a word ("(CSTO-led troops moved in.)", "[CO-HOST: ...]"). Read from punctuation and letter case alone: no
/// word of any language is spelled here.
/// </summary>
internal static class ScriptCues
{
    /// <summary>The sentence is a cue or stage direction: a whole line in brackets or parentheses led by a label in capitals.</summary>
    internal static bool IsCue(string sentence)
    {
        var t = sentence.Trim();
        if (t.Length < 3) return false;
        var closing = t[0] switch { '[' => ']', '(' => ')', _ => '\0' };
        if (closing == '\0' || t[^1] != closing || t.IndexOf(closing) != t.Length - 1) return false;
        var inner = t[1..^1].TrimEnd();
        // A note told as a sentence of its own is prose: "[UPDATE 14:05: Guards freed the two men.]".
        // (Not a picture's caption closed by the year it was taken: "[FILE PICTURES: Guards fire flares near Osh, 2022.]", mend28.)
        if (inner.Length > 0 && inner[^1] is '.' or '!' or '?' && !CaptionYear(inner)) return false;
        // The label: the words before the first colon or dash ("CUE", "NEWS STING", "SOUND"), or all of it ("MUSIC").
        var end = LabelEnd(inner);
        var label = (end < 0 ? inner : inner[..end]).Trim();
        return label.Any(char.IsLetter) && !label.Any(char.IsLower);
    }

    /// <summary>Where a cue's label ends: at its first colon, or at a dash set off by a space ("STING - 0'04\""), not at
    /// a hyphen that joins two words ("CO-HOST", "CSTO-led").</summary>
    private static int LabelEnd(string inner)
    {
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == ':') return i;
            if (inner[i] is '-' or '–' or '—' && ((i > 0 && char.IsWhiteSpace(inner[i - 1])) || (i + 1 < inner.Length && char.IsWhiteSpace(inner[i + 1])))) return i;
        }
        return -1;
    }

    /// <summary>The note ends in a year of four digits set off by a comma, as a picture's credit does (", 2019."), not after a day's number.</summary>
    private static bool CaptionYear(string inner)
    {
        var body = inner.TrimEnd('.', '!', '?').TrimEnd();
        var before = body.Length > 6 ? body[..^4].TrimEnd() : "";
        // (", 2022" after a day's number is a date: "on March 5, 2022.")
        return body.Length > 6 && body[^4..].All(char.IsDigit) && before.EndsWith(',') && !char.IsDigit(before.TrimEnd(',').TrimEnd()[^1]);
    }

    /// <summary>A line with letters or digits but no word in lower case: a script's slug, sign-off or timing line.</summary>
    internal static bool NoProse(string sentence) => !sentence.Any(char.IsLower);

    /// <summary>A sentence that counts as the text's prose: neither a cue nor a line without a word in lower case.</summary>
    internal static bool IsProse(string sentence) => !IsCue(sentence) && !NoProse(sentence);
}
