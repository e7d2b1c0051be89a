using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Countries of a one-sided act on a border: "Uzbek troops staged an exercise on the river, facing the Afghan bank",
/// "Iran reinforced its posts opposite Islam Qala". A deployment, patrol or exercise whose actors before the predicate
/// are one side of its border involves that side; the other side, named only after the predicate (a bank, a town
/// across the line, a direction), is the far side and no party. Joint acts name both sides before the predicate.
/// </summary>
internal static class OneSidedParties
{
    private static bool OneSided(IncidentType type) =>
        type is IncidentType.Deployment or IncidentType.PatrolSurveillance or IncidentType.Exercise;

    /// <summary>The state named only as the far side of <paramref name="border"/>, or null.</summary>
    /// <param name="spanStart">Where the span starts: parties borrowed from earlier sentences are not its actors.</param>
    internal static string? FarSide(IncidentType type, BorderEntry? border, IReadOnlyList<EntityMention> parties, int spanStart, int triggerStart)
    {
        if (!OneSided(type) || border is null || triggerStart < 0) return null;
        var before = parties.Where(m => m.Start >= spanStart && m.End <= triggerStart && m.Entry.Kind is not (EntryKind.Place or EntryKind.Media))
            .Select(m => m.Entry.Kind == EntryKind.State ? m.Entry.Key : m.Entry.Country)
            .OfType<string>().Where(border.Involves).Distinct().ToList();
        return before is [var side] ? border.Other(side) : null;
    }

    /// <summary>The parties without the far side's state and places (its people and armed groups stay: they may act).</summary>
    internal static List<EntityMention> Without(IReadOnlyList<EntityMention> parties, string farSide) =>
        parties.Where(m => !(m.Entry.Kind is EntryKind.State or EntryKind.Place && m.Entry.Country == farSide)).ToList();

    /// <summary>
    /// The sides a joint act adds: "the two services will hold a joint exercise", "Kyrgyz guards patrolled the river together
    /// with Kazakh guards", "a joint deployment on the Chu". An act of any kind called joint on a border away from the hub,
    /// whose named states are all that border's, involves both its sides (the dev gold: 132 of 133 such records: exercises,
    /// patrols, deployments, detentions, meetings, agreements and statements alike). Not on the hub's borders: there a joint
    /// drill is a neighbour's with its allies, the hub no partner.
    /// </summary>
    internal static IEnumerable<string> JointSides(BorderEntry? border, bool joint, IReadOnlyList<string> partyStates, string hub)
    {
        if (!joint || border is null || border.Involves(hub) || !partyStates.All(border.Involves))
            return [];
        return new[] { border.StateA, border.StateB }.Where(s => !partyStates.Contains(s));
    }
}
