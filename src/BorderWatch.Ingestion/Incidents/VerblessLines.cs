using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A list item or a labelled heading whose words name a topic without telling that anything happened: "- Ferry talks
/// with Turkmenistan, venue still open." or "Watch list for March: the Kyrgyz-Uzbek border.". The parse holds no
/// verb, so the line is an agenda entry or a digest's heading, not an incident. So is a section label of an explainer or a
/// fact box, a line of at most <see cref="LabelWords"/> words with no verb ("Reinforcements.", "Casualties.", "What
/// next.") run into the sentence after it in one paragraph: it names the topic of the lines after it, which tell what
/// happened (precision36; mend36: not a line standing alone).
/// </summary>
internal static class VerblessLines
{
    /// <param name="runIn">Another sentence follows in the same paragraph (<see cref="ListLines.RunIn"/>): only so placed is a
    /// line of a few words a label (mend36: "Gunfire near Sokh." as a feed item's title is the telling of the event).</param>
    internal static bool IsVerblessLine(Sentence sentence, ParsedSentence parse, bool runIn)
    {
        // The parse of a bullet or a label may tag the item's verb as a participle ("- Guards fired on ...",
        // "Summary: units staged ..."), so the line must hold no verb of any form.
        if (parse.Tokens.Any(t => t.Upos is Upos.VERB or Upos.AUX)) return false;
        return SentenceScope.IsBullet(sentence.Text) || HasLabel(sentence.Text) || runIn && parse.Tokens.Count(t => t.Upos != Upos.PUNCT) <= LabelWords;
    }

    // (A label names a section's topic in a few words; a longer verbless line names it with its place and time.)
    internal const int LabelWords = 3;

    /// <summary>A line led by a short label and a colon ("Alerts for May: ...").</summary>
    private static bool HasLabel(string text) => text.IndexOf(": ", StringComparison.Ordinal) is > 0 and <= 60;
}
