using BorderWatch.Core.Domain;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The state a page is written from, when the page never names the hub: an Iranian regiment's press release names
/// Razavi Khorasan and Kalat and the Turkmen side, never Afghanistan. On such a page "the Turkmen border unit opposite"
/// is on the home state's border with Turkmenistan, not on the hub's: the hub is only the tracker's default.
/// The home state is the one state whose own places (a province, district, town or crossing of the gazetteer, not a
/// capital) the page names; a page naming places of two states, or any of the hub's, or the hub itself, has none.
/// </summary>
internal static class HomeState
{
    internal static string? Of(IReadOnlyList<BorderEvidence> evidence, GazetteerIndex gazetteer, string hub)
    {
        if (evidence.Any(e => e.StatesInOrder.Contains(hub))) return null;
        var own = evidence.Select(e => e.Place)
            .Where(p => p is { Country: not null, PlaceKind: not PlaceKind.Capital })
            .Select(p => p!.Country!).Distinct().ToList();
        return own is [var one] && one != hub && gazetteer.Neighbours(one).Any() ? one : null;
    }

    /// <summary>The home state's border with the one other state a span names beside a border word, if they share one.</summary>
    internal static string? BorderWith(GazetteerIndex gazetteer, string? home, IReadOnlyList<string> states)
    {
        if (home is null || states.Distinct().ToList() is not [var other] || other == home) return null;
        return gazetteer.BorderBetween(home, other)?.Code;
    }
}
