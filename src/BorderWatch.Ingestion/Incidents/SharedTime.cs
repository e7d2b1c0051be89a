using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// "Customs officers of the two countries spent the day together at the trade centre", "Reporters from both capitals
/// spent the afternoon together in Osh": time spent in company (<c>Lexicon/scene-frames.json</c> meals: one of
/// companyVerbs with one of spans as its object) with nothing done in it that the syntax reads as an event. Whether such
/// time is an officials' meeting is the rules' company frame's call (meet26, <see cref="SceneFrames"/>); where it found
/// none, the trained model does not type the sentence either (precision28): a reporter's scene, journalists', families'
/// or a delegation's day out is no exercise, patrol or meeting at the border.
/// </summary>
internal sealed class SharedTime(ClauseSyntax syntax, SceneFrameLexicon frames)
{
    /// <summary>The sentence's one predicate is time spent in company, and no other verb of it tells an act.</summary>
    internal bool Only(ParsedSentence parse)
    {
        var company = parse.Tokens.Where(t => t.Upos == Upos.VERB && frames.Meals["companyVerbs"].Contains(ClauseSyntax.Lemma(t)) &&
                                              parse.Dependents(t.Index).Any(d => d.BaseRelation == "obj" && frames.Meals["spans"].Contains(ClauseSyntax.Lemma(d))))
            .ToList();
        if (company.Count == 0) return false;
        // ("spent the morning scouting the ridge", "spent the day together and then fired ...": an act of its own.)
        return !parse.Tokens.Any(t => t.Upos == Upos.VERB && !company.Contains(t) && syntax.Read(parse, t).Role != PredicateRole.None);
    }
}
