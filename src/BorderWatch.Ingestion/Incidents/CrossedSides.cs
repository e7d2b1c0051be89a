using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The countries of an act across a border. SCHEMA's countries are the states acting in or directly affected: crossings
/// and captures of border sections and clashes on the line carry both sides of their border, and so do talks or an
/// agreement about it between its own two states (not a third's; the hub only by its own actors: a third state's leader
/// the recognizer missed often talks about the Afghan border). One exception, part of the same rule: a capture on the
/// hub's own side ("Taliban units retook the district centre of Khwahan, across the Panj from Tajikistan", "they seized
/// the crossing on the border with Turkmenistan") is the hub's alone: the neighbour is only where the place lies across
/// from. The neighbour takes part when it acts (a state of its own named before the predicate: "Uzbek troops drove the
/// Taliban out of ..."), when the place is on its side, or when what is taken is its own (named after the predicate by
/// its adjective, not as a border: "seized two Tajik border posts").
/// </summary>
internal static class CrossedSides
{
    /// <summary>The parties (without a neighbour named only across from a capture on the hub's side) and their states
    /// with the sides the act crosses added.</summary>
    /// <param name="descriptors">States named as a border ("on the Turkmen border"): where, not whose.</param>
    /// <param name="joint">The act is called joint on a border away from the hub (<see cref="OneSidedParties.JointSides"/>).</param>
    internal static (List<EntityMention> Parties, List<string> States) Apply(IncidentType type, BorderEntry? border, List<EntityMention> parties,
        GazetteerEntry? place, IReadOnlySet<EntityMention> descriptors, int spanStart, int triggerStart, bool joint, string hub)
    {
        var ownSide = OwnSideCapture(type, border, parties, place, descriptors, spanStart, triggerStart, hub);
        if (ownSide) parties = OneSidedParties.Without(parties, border!.Other(hub));
        var states = StatesInOrder(parties);
        if (ownSide && !states.Contains(hub)) states.Add(hub);
        states.AddRange(OneSidedParties.JointSides(border, joint, states, hub).ToList());
        if (border is { } crossed && !ownSide &&
            (type is IncidentType.CrossBorderMovement or IncidentType.TerritorialControl or IncidentType.ArmedClash ||
             type is IncidentType.DiplomaticMeeting or IncidentType.Agreement && states.All(crossed.Involves) &&
             parties.All(m => m.Entry.Kind is EntryKind.Place or EntryKind.State or EntryKind.Media || m.Entry.Country is { } c && crossed.Involves(c))))
            foreach (var side in new[] { crossed.StateA, crossed.StateB }.Where(x => !states.Contains(x)))
                if (side != hub || type is not (IncidentType.DiplomaticMeeting or IncidentType.Agreement)) states.Add(side);
        return (parties, states);
    }

    /// <summary>A capture on the hub's side of its border in which the neighbour neither acts, nor holds the place, nor
    /// loses what is taken.</summary>
    internal static bool OwnSideCapture(IncidentType type, BorderEntry? border, IReadOnlyList<EntityMention> parties, GazetteerEntry? place,
        IReadOnlySet<EntityMention> descriptors, int spanStart, int triggerStart, string hub)
    {
        if (type != IncidentType.TerritorialControl || border is null || !border.Involves(hub) || triggerStart < 0) return false;
        var other = border.Other(hub);
        if (place?.Country == other) return false;
        var ofOther = parties.Where(m => m.Start >= spanStart && m.Entry.Kind is not (EntryKind.Place or EntryKind.Media) &&
                                         (m.Entry.Kind == EntryKind.State ? m.Entry.Key : m.Entry.Country) == other).ToList();
        return !ofOther.Any(m => m.End <= triggerStart || m.Start >= triggerStart && Owner(m, descriptors));
    }

    // "two Tajik border posts", "a hill that Turkmen guards had used": the neighbour's adjective on what is taken or on
    // who held it; not "on the Turkmen border" (a border named), not "across the river from Tajikistan" (a name in a
    // phrase of place). (A possessive is not read: "across the Panj from Tajikistan's Darvoz district" is a place
    // across from, fresh10.)
    private static bool Owner(EntityMention m, IReadOnlySet<EntityMention> descriptors) =>
        !descriptors.Contains(m) && m.Match == MatchKind.Demonym;
}
