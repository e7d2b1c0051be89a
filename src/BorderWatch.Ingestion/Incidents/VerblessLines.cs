using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A list item or a labelled heading whose words name a topic without telling that anything happened: "- Ferry talks
/// with Turkmenistan, venue still open." or "Watch list for March: the Kyrgyz-Uzbek border.". The parse holds no
/// finite verb and its root is no verb, so the line is an agenda entry or a digest's heading, not an incident.
/// A reduced headline item keeps its participle root ("- Two herders detained near the canal") and stays.
/// </summary>
internal static class VerblessLines
{
    private static readonly char[] Bullets = ['-', '*', '•', '–', '—', '·'];

    internal static bool IsVerblessLine(Sentence sentence, ParsedSentence parse)
    {
        // A bullet item: no finite verb, and its root no verb (a reduced "detained" stays).
        if (IsBullet(sentence.Text))
            return !ClauseSyntax.HasFiniteVerb(parse) && parse.Root is not { Upos: Upos.VERB or Upos.AUX };
        // A labelled line ("Summary: units staged ..." may tag its verb as a participle): no verb of any form.
        return HasLabel(sentence.Text) && !parse.Tokens.Any(t => t.Upos is Upos.VERB or Upos.AUX);
    }

    private static bool IsBullet(string text) => text.TrimStart() is { Length: > 1 } t && Bullets.Contains(t[0]) && char.IsWhiteSpace(t[1]);

    /// <summary>A line led by a short label and a colon ("Alerts for May: ...").</summary>
    private static bool HasLabel(string text) => text.IndexOf(": ", StringComparison.Ordinal) is > 0 and <= 60;
}
