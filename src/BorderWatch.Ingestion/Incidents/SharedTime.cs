using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Hours, a day or a night passed in one another's company (<c>Lexicon/scene-frames.json</c> meals: one of companyVerbs
/// with one of spans as its object and one of companyAdverbs on it: "Teachers from both schools passed the evening
/// together at a wedding") with no other verb in the sentence that the syntax reads as an event. Whether officials'
/// company is a meeting is the rules' company frame's call (meet26, <see cref="SceneFrames"/>); where the rules found
/// nothing, the trained model may read such company as the frame's type (a meeting), not as an exercise, a patrol or
/// another act at the border (precision28). Company with an act in it ("spent the afternoon together practising an
/// ambush") and time spent with no company ("a patrol spent two nights on the ridge") keep the model's reading.
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
