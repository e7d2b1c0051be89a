using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// attrib44: relatives of the people an event happened to tell what happened to their own ("relatives of the detained men
/// told the paper", "the dead man's brother said", "his family said"): a first-hand account, not the hearsay of lay
/// people that makes a report unconfirmed (status.json kinSources; fresh33/fresh34 conventions). Read on the head of the
/// source's phrase, the words before its first linking word: "relatives of the villagers" is kin, "villagers with
/// relatives abroad" and "residents who spoke to relatives" are not. The caller still lets a flag of the text ("could
/// not be verified", "rumours") make it unconfirmed.
/// </summary>
internal sealed class KinSources(Lexicon lexicon)
{
    /// <summary>Words that end the head of a source's phrase: what follows describes it.</summary>
    private static readonly HashSet<string> HeadEnds = new(StringComparer.Ordinal) { "of", "in", "near", "from", "at", "on", "with", "who", "whom", "which", "that", "and", "or", ",", "(" };

    /// <summary>The source phrase's head is a relative ("relatives", "a relative of one of the men", "the family of the guard").</summary>
    internal bool Tells(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return false;
        var tokens = NameNormalizer.Tokenize(source);
        var end = tokens.FindIndex(t => HeadEnds.Contains(t.Folded));
        var head = end < 0 ? tokens.Count : end;
        if (head == 0) return false;
        // The head noun itself ("relatives", "the dead man's brother"), or a family named by what follows ("family of").
        return lexicon.KinSources.Matches(tokens).Any(m => m.Last == head - 1 || m.Last == head && tokens[head].Folded == "of" && m.First < head);
    }
}
