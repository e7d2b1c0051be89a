using BorderWatch.Ingestion.Language;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The story's force in a standing measure (recall47, issue 8; scene-frames.json "standing" storyDeterminers): an article
/// names its force once ("the Naryn border detachment said", "the district's border unit told us") and then points back to
/// it ("Since Monday the detachment has kept two men at the car park", "Since October the unit has also watched the river
/// bank from a mast"). Such a sentence names no state, place or border of its own, yet tells a measure of the story's force;
/// the builder lends it the states the story named (<see cref="StoryForces"/>), and with none it stays without parties.
/// </summary>
internal sealed partial class SceneFrames
{
    /// <summary>A subject of a verb that is a force pointed back to: a force noun with one of storyDeterminers on it.</summary>
    private bool StoryForceSubject(Setting s, SceneFrame f) =>
        s.T.Any(t => t.BaseRelation == "nsubj" && t.Head >= 0 && s.T[t.Head].Upos == Upos.VERB && PointedBack(s.Parse, t, f) && Force(s, t, f));

    /// <summary>
    /// A noun with one of storyDeterminers as its determiner or possessor ("the unit", "its detachment") and no modifier
    /// outside the frame's forceModifiers ("the football team" is another team, "the border unit" the story's).
    /// </summary>
    private static bool PointedBack(ParsedSentence parse, ParsedToken noun, SceneFrame f)
    {
        if (noun.Upos != Upos.NOUN) return false;
        var deps = parse.Dependents(noun.Index).ToList();
        return deps.Any(d => d.BaseRelation is "det" or "nmod" && d.Relation is "det" or "nmod:poss" && f["storyDeterminers"].Contains(d.Form.ToLowerInvariant())) &&
               !deps.Any(d => d.BaseRelation is "amod" or "compound" && !Listed(d, f["forceModifiers"]));
    }
}
