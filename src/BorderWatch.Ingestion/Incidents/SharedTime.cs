using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// "Customs officers of the two countries spent the day together at the trade centre", "Families from both villages
/// spent the evening together": time spent in company (<c>Lexicon/scene-frames.json</c> meals: one of companyVerbs with
/// one of spans as its object and one of companyAdverbs on it) with nothing else done in it that the syntax reads as an
/// event. Whether such time is an officials' meeting is the rules' company frame's call (meet26, <see cref="SceneFrames"/>);
/// where the rules found nothing, the trained model may read it as the frame's type (a meeting) but not as an exercise,
/// a patrol or any other act at the border (precision28): a reporter's scene or people's company is no military act.
/// ("A picket spent half an hour under a storm of lead", "shepherds spent the night on the Turkmen slopes" spend time in
/// no company and keep the model's reading.)
/// </summary>
internal sealed class SharedTime(ClauseSyntax syntax, SceneFrameLexicon frames)
{
    /// <summary>The model's <paramref name="filled"/> clause types company time as an act other than the meals frame's type.</summary>
    internal bool MistypesCompany(ParsedSentence parse, Clause filled) => filled.Type != frames.Meals.Type && Only(parse);

    /// <summary>The sentence's one predicate is time spent in company, and no other verb of it tells an act.</summary>
    internal bool Only(ParsedSentence parse)
    {
        var f = frames.Meals;
        var company = parse.Tokens.Where(t => t.Upos == Upos.VERB && f["companyVerbs"].Contains(ClauseSyntax.Lemma(t)) &&
                                              parse.Dependents(t.Index).Any(d => d.BaseRelation == "obj" && f["spans"].Contains(ClauseSyntax.Lemma(d))) &&
                                              parse.Dependents(t.Index).Any(d => f["companyAdverbs"].Contains(d.Form.ToLowerInvariant())))
            .ToList();
        if (company.Count == 0) return false;
        // ("spent the morning together scouting the ridge", "... together, and then fired ...": an act of its own.)
        return !parse.Tokens.Any(t => t.Upos == Upos.VERB && !company.Contains(t) && syntax.Read(parse, t).Role != PredicateRole.None);
    }
}
