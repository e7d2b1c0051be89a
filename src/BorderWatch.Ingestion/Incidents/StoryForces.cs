using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A measure told as a state of things by the forces of the story (recall29): "a second rifle platoon has been based at
/// the outpost since September", "drones have flown over the river every night since Monday", "two mobile groups will be
/// stationed at the posts in November". Such a clause names a force (context.json <c>standingForces</c>) but seldom the
/// state it belongs to, which the document named sentences or paragraphs before (a gallery's opening caption, a
/// bulletin's heading, an interview's introduction). A deployment or a patrol whose clause names a force and no state,
/// place or organisation of its own takes the states of the nearest sentence before it that names a state, however far
/// back; with none before it, it stays without parties (no record, as before).
/// </summary>
internal static class StoryForces
{
    /// <summary>The clause is a deployment or patrol of a force named in it (before or as its event word's argument).</summary>
    internal static bool Acts(Lexicon lexicon, Clause span, IncidentType type) =>
        type is IncidentType.Deployment or IncidentType.PatrolSurveillance && !span.Denial &&
        lexicon.StandingForces.Matches(span.Tokens).Count > 0;

    /// <summary>The mentions of the nearest sentence before <paramref name="si"/> that names a state; empty if none does.</summary>
    internal static List<EntityMention> EarlierStates(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions)
    {
        for (var k = si - 1; k >= 0; k--)
        {
            var prev = input.Sentences[k];
            var mentions = MentionsIn(allMentions, prev.Start, prev.End);
            if (mentions.Any(m => m.Entry.Kind == EntryKind.State)) return mentions;
        }
        return [];
    }
}
