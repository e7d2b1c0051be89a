using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A list item or a labelled heading whose words name a topic without telling that anything happened: "- Ferry talks
/// with Turkmenistan, venue still open." or "Watch list for March: the Kyrgyz-Uzbek border.". The parse holds no
/// verb, so the line is an agenda entry or a digest's heading, not an incident. So is a section label of an explainer or a
/// fact box, a line of at most <see cref="LabelWords"/> words with no verb ("Reinforcements.", "Casualties.", "What
/// next."): it names the topic of the lines after it, which tell what happened (precision36).
/// </summary>
internal static class VerblessLines
{
    internal static bool IsVerblessLine(Sentence sentence, ParsedSentence parse)
    {
        // The parse of a bullet or a label may tag the item's verb as a participle ("- Guards fired on ...",
        // "Summary: units staged ..."), so the line must hold no verb of any form.
        if (parse.Tokens.Any(t => t.Upos is Upos.VERB or Upos.AUX)) return false;
        return SentenceScope.IsBullet(sentence.Text) || HasLabel(sentence.Text) || parse.Tokens.Count(t => t.Upos != Upos.PUNCT) <= LabelWords;
    }

    // (No gold excerpt of the dev corpora is a verbless sentence of three words or fewer.)
    internal const int LabelWords = 3;

    /// <summary>A line led by a short label and a colon ("Alerts for May: ...").</summary>
    private static bool HasLabel(string text) => text.IndexOf(": ", StringComparison.Ordinal) is > 0 and <= 60;
}
