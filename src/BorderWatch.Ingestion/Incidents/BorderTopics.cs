using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Whether a sentence is about a topic away from borders (gas, the sea, an economic union: context.json
/// <c>nonBorderTopics</c>). A sentence that also names a border word and border security (<c>borderSecurityTopics</c>)
/// is about the border still: "talks on security along the border and on the gas pipeline".
/// </summary>
internal static class BorderTopics
{
    internal static bool AwayFromBorders(Lexicon lexicon, List<Token> sentence) =>
        lexicon.NonBorderTopics.Matches(sentence).Count > 0 &&
        !(lexicon.BorderWords.Matches(sentence).Count > 0 && lexicon.BorderSecurityTopics.Matches(sentence).Count > 0);
}
