using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// border28: the states a span names only as a supplier, donor or partner, which are no side of a border. "Vehicles
/// donated by China", "with the help of Turkey" (context.json <c>donorCues</c>) in any event; "six snowmobiles from
/// Russia", "radars through Kazakhstan", "from its partner Turkey" (<c>transferSources</c>), "our Chinese partners",
/// "Turkish-built" (<c>transferMakers</c>, after the state) where weapons or equipment change hands (a partner in a joint
/// patrol is a party). A state named once as a supplier and once again without such a word ("Russia supplied ... and Russian
/// officers will train ...") is a party after all. Since Russia has a tracked border of its own (KAZ-RUS), a Kyrgyz
/// detachment's delivery "from Russia" would otherwise read as a Russian party and lose the page's Chinese-Kyrgyz border.
/// </summary>
internal static class Suppliers
{
    /// <param name="sides">The hub and its neighbours (<see cref="Sides"/>): named as a supplier, such a state stays a party
    /// (a Chinese gift to a Kyrgyz service as a whole is on no one border, as before border28).</param>
    internal static IReadOnlyList<string> Of(Lexicon lexicon, IReadOnlyList<Token> spanTokens, IEnumerable<EntityMention> mentions, IncidentType type,
        IReadOnlySet<string>? sides = null)
    {
        var cued = new HashSet<string>(StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (StateOf(m) is not { } code) continue;
            var at = FirstTokenAt(spanTokens, m.Start);
            if (at < 0) { plain.Add(code); continue; }
            var after = FirstTokenAt(spanTokens, m.End);
            var transfer = type == IncidentType.ArmsTransfer;
            if (Cued(lexicon.DonorCues, spanTokens, at) || transfer && Cued(lexicon.TransferSources, spanTokens, at) ||
                transfer && Follows(lexicon.TransferMakers, spanTokens, after))
                cued.Add(code);
            else plain.Add(code);
        }
        return cued.Where(c => !plain.Contains(c) && sides?.Contains(c) != true).ToList();
    }

    /// <summary>The hub and its neighbours.</summary>
    internal static IReadOnlySet<string> Sides(GazetteerIndex gazetteer, string hub) => gazetteer.Neighbours(hub).Append(hub).ToHashSet(StringComparer.Ordinal);

    private static string? StateOf(EntityMention m) => m.Entry.Kind switch
    {
        EntryKind.State => m.Entry.Key,
        EntryKind.Person or EntryKind.ArmedGroup or EntryKind.Place => m.Entry.Country,
        _ => null,
    };

    /// <summary>The index of the first token starting at or after <paramref name="start"/>; -1 if none.</summary>
    internal static int FirstTokenAt(IReadOnlyList<Token> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Start >= start) return i;
        return -1;
    }

    // A cue that ends right before the state's first word, or one lower-case word before it ("from the", "by its",
    // "from neighbouring").
    private static bool Cued(PhraseSet cues, IReadOnlyList<Token> tokens, int at)
    {
        if (EndsAt(cues, tokens, at - 1)) return true;
        return at >= 2 && tokens[at - 1].Original is [var c, ..] && char.IsLower(c) && EndsAt(cues, tokens, at - 2);
    }

    // A word right after the state's last word ("Chinese partners", "Turkish-built").
    private static bool Follows(PhraseSet cues, IReadOnlyList<Token> tokens, int after)
    {
        if (after < 0) return false;
        var window = tokens.Skip(after).Take(3).ToList();
        return cues.Matches(window).Any(m => m.First == 0);
    }

    private static bool EndsAt(PhraseSet cues, IReadOnlyList<Token> tokens, int end)
    {
        if (end < 0) return false;
        var first = Math.Max(0, end - 4);
        var window = tokens.Skip(first).Take(end - first + 1).ToList();
        return cues.Matches(window).Any(m => m.Last == window.Count - 1);
    }
}
