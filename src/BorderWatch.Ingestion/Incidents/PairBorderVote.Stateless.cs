using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// attrib43 (issue 8, point 5: document context). The page's border for incidents that name no state of a tracked border:
/// "The Border Service warned herders not to take animals near the line", "additional night patrols have been organised on
/// the river sector", told on a page whose incidents settle on one border, are about that border when the incident's own
/// words say border ("border", "frontier": context.json <c>borderWords</c>) or name a place on that border. A delivery
/// from a state on no tracked border ("cameras provided by the Government of Japan") is about the receiver's border: the
/// supplier is no side. Not without such words (a page's general remarks stay without a border).
/// </summary>
internal sealed partial class PairBorderVote
{
    /// <summary>The states among those given that lie on some tracked border.</summary>
    private List<string> OnTrackedBorders(List<string> states) => states.Where(s => gazetteer.Neighbours(s).Any()).ToList();

    /// <summary>An incident naming no state of a tracked border fits the page's border <paramref name="main"/> when its
    /// excerpt says border or names a place on that border.</summary>
    private bool StatelessFits(List<Token> tokens, ExtractedIncident incident, BorderEntry main)
    {
        if (incident.PlaceKey is { } key && gazetteer.FindPlace(key) is { } place && place.BorderCodes.Contains(main.Code)) return true;
        var excerpt = Slice(tokens, incident.ExcerptStart, incident.ExcerptEnd);
        return lexicon.BorderWords.Matches(excerpt).Count > 0;
    }
}
