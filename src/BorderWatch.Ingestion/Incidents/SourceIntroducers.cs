using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// border31: where a source introducer (statements.json sourceIntroducers: "according to", "as reported by", "citing")
/// stands in a run of tokens, and where the source it introduces begins. One unit for <see cref="SourceAttribution"/>
/// (who asserts a claim) and <see cref="SpeechActs"/> (a party's intent told through a source): their two loops had
/// different bounds (the one stopped before an introducer ending the tokens, the other reached it and then skipped it
/// for having no source), so the same introducers are read the same way in both.
/// </summary>
internal static class SourceIntroducers
{
    /// <summary>The index of the first token after each introducer found, in the file's order of introducers and then in
    /// text order; an introducer with no token after it (nothing introduced) is none.</summary>
    internal static IEnumerable<int> SourceStarts(IReadOnlyList<IReadOnlyList<string>> introducers, IReadOnlyList<Token> tokens)
    {
        foreach (var intro in introducers)
            for (var i = 0; i + intro.Count < tokens.Count; i++)
                if (intro.Select((w, k) => tokens[i + k].Folded == w).All(x => x))
                    yield return i + intro.Count;
    }
}
