using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The seizure frame of <see cref="SceneFrames"/> (scene-frames.json "seizures", recall33): a smuggling attempt stopped at
/// a border or a crossing, told as a find ("customs officers at the Dostuk post found heroin hidden in a spare wheel",
/// "at the checkpoint on the Kazakh border guards stopped a van carrying undeclared cigarettes"). SCHEMA.md types a
/// smuggling attempt stopped at the border as cross-border-movement. The verb finds or stops (one of verbs) a theme (its
/// object or passive subject) whose words tell goods moved in secret or against the rules (one of goods: "hidden",
/// "undeclared", "hashish"), in a sentence that names a border or one of checkpoints ("the customs post"). Not a find
/// inland (no border, no crossing: "police found heroin hidden in a flat in the capital"), not a find of what is no goods
/// (one of exceptThemes: "found the bodies of two men hidden in the reeds near the border"), not a negated find ("found no
/// evidence").
/// </summary>
internal sealed partial class SceneFrames
{
    /// <summary>The seizure the sentence tells, if any, for a clause the rules typed a patrol or a takeover by its verb
    /// ("stopped a car ...", "seized a lorry ... at the checkpoint"): <see cref="ParsedClauseRules.RetypeSeizures"/>.</summary>
    internal SceneEvent? Seizure(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (parse.Tokens.Count == 0) return null;
        var s = new Setting(parse, tokens, mentions, mentions.Select(m => m.Entry.Country).Where(c => c is not null).Distinct().Count(),
            Lexicon.BorderWords.Matches(tokens).Count > 0);
        return Seizures(s) is { } found && !syntax.NegatedOrHypothetical(parse, found.Head) ? found : null;
    }

    private SceneEvent? Seizures(Setting s)
    {
        var f = frames.Seizures;
        if (!s.Border && !s.T.Any(t => Listed(t, f["checkpoints"]))) return null;
        foreach (var v in s.T.Where(t => t.Upos == Upos.VERB && VerbIn(s.Parse, t, f["verbs"])))
        {
            var themes = s.Parse.Dependents(v.Index).Where(d => d.Relation is "obj" or "nsubj:pass").ToList();
            if (themes.Count == 0 || themes.Any(n => Listed(n, f["exceptThemes"]) || NegatedTheme(s.Parse, n))) continue;
            // The goods in the theme's words, or in a predicate on it the parser hung on the verb ("found heroin concealed
            // under ...", "stopped a car whose driver ..."): any dependent after the theme but a clause opened by a conjunction
            // of time or cause ("stopped traffic after drugs were found" stops no goods) or a coordinated clause.
            var told = themes.Concat(s.Parse.Dependents(v.Index).Where(d => d.Index > themes[0].Index && d.BaseRelation is not ("conj" or "parataxis" or "punct") &&
                !s.Parse.Dependents(d.Index).Any(m => m.BaseRelation == "mark")));
            if (told.Any(n => ParsedClauseRules.Subtree(s.Parse, n).Any(t => Listed(t, f["goods"])))) return new(f.Type, v, f.Name);
        }
        return null;
    }

    private static bool Listed(ParsedToken t, IReadOnlySet<string> words) => words.Contains(Lemma(t)) || words.Contains(t.Form.ToLowerInvariant());

    /// <summary>"found no drugs": a theme under "no" was not found.</summary>
    private static bool NegatedTheme(ParsedSentence parse, ParsedToken theme) =>
        parse.Dependents(theme.Index).Any(d => d.BaseRelation == "det" && d.Form.ToLowerInvariant() is "no");
}
