using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// border28: a place the recognizer matched only by a near spelling (<see cref="MatchKind.Fuzzy"/>: a skeleton or one
/// letter off) is a guess, and a guess on a border says nothing of the page's border unless the page bears it out. An
/// unknown name that resembles a place on another border ("the Kuhitang Herald", a newspaper, read as Kugitang on the
/// Afghan-Turkmen border; a Kazakh checkpoint read as a Turkmen town near Iran) is dropped when the far side of every
/// border of the place (the state across from the place's own country, either state for a river of no one country) is named nowhere on the page by a mention of its
/// own. A near spelling of a place on no border is dropped when the page names its own state nowhere else (border30: a
/// village of a Kyrgyz column read as a town of the hub made the page name the hub). Places matched exactly, and near
/// spellings whose far side (or, off the borders, own state) the page names, stay.
/// </summary>
internal static class FuzzyPlaces
{
    internal static IReadOnlyList<EntityMention> Corroborated(IReadOnlyList<EntityMention> mentions, GazetteerIndex gazetteer)
    {
        if (!mentions.Any(Guess)) return mentions;
        var named = StatesInOrder(mentions.Where(m => m.Match != MatchKind.Fuzzy)).ToHashSet(StringComparer.Ordinal);
        return mentions.Where(m => !Guess(m) || (m.Entry.BorderCodes.Count > 0 ? FarSides(m.Entry, gazetteer).Any(named.Contains) : OwnStateNamed(m.Entry, named))).ToList();
    }

    // A near-spelling match of a place.
    private static bool Guess(EntityMention m) => m.Match == MatchKind.Fuzzy && m.Entry.Kind == EntryKind.Place;

    // border30: a guess at a place off the borders ("Talkan", a Kyrgyz village, read as Taloqan in Afghanistan) stays only
    // when the page names the place's own state by a mention of its own.
    private static bool OwnStateNamed(GazetteerEntry place, HashSet<string> named) => place.Country is not { } own || named.Contains(own);

    // The state across from the place's own country on each of its borders; both states for a place of no one country
    // (a river on a border).
    private static IEnumerable<string> FarSides(GazetteerEntry place, GazetteerIndex gazetteer) =>
        place.BorderCodes.Select(gazetteer.Border).OfType<BorderEntry>()
            .SelectMany(b => place.Country is { } own ? (b.Involves(own) ? [b.Other(own)] : [b.StateA, b.StateB]) : new[] { b.StateA, b.StateB });
}
