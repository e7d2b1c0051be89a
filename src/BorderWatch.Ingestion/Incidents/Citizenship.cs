using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// border31 (review30, items 2 and 3): a state named as a person's citizenship, "Uzbek citizens", "two Kyrgyz nationals",
/// "a citizen of Kyrgyzstan" (context.json citizenshipNouns right after the state, or before it with "of"), says whose
/// passport someone holds, not which side of a border acts or which office speaks. A page head "Press conference on the
/// detention of Uzbek citizens" gives its speaker no state (<see cref="SpeakerParties"/>), and "One courier was a
/// citizen of Kyrgyzstan" after a seizure by Tajik guards does not make the page name Kyrgyzstan as a side
/// (<see cref="ArticleBorders"/>' pair of the page's only two states).
/// </summary>
internal static class Citizenship
{
    /// <summary>Whether the state mention is named as a citizenship in <paramref name="tokens"/> (the sentence's).</summary>
    internal static bool Of(Lexicon lexicon, IReadOnlyList<Token> tokens, EntityMention m)
    {
        if (m.Entry.Kind != EntryKind.State) return false;
        var after = Suppliers.FirstTokenAt(tokens, m.End);
        // (A noun written with a capital is part of a name, not a citizenship: "the Uzbek National Guard", mend31.)
        if (after >= 0 && lexicon.CitizenshipNouns.Matches(tokens.Skip(after).Take(3).ToList()).Any(x => x.First == 0) &&
            !char.IsUpper(tokens[after].Original[0])) return true;
        var at = Suppliers.FirstTokenAt(tokens, m.Start);
        if (at < 2 || tokens[at - 1].Folded != "of") return false;
        var start = Math.Max(0, at - 3);
        var before = tokens.Skip(start).Take(at - 1 - start).ToList();
        return lexicon.CitizenshipNouns.Matches(before).Any(x => x.Last == before.Count - 1);
    }

    /// <summary>The states every mention of which in the sentence names a citizenship (none named otherwise).</summary>
    internal static IReadOnlyList<string> Only(Lexicon lexicon, IReadOnlyList<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var states = mentions.Where(m => m.Entry.Kind == EntryKind.State).ToList();
        return states.GroupBy(m => m.Entry.Key).Where(g => g.All(m => Of(lexicon, tokens, m))).Select(g => g.Key).ToList();
    }
}
