using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Background told as a state since an earlier event (<c>Lexicon/reporting.json</c> calmStates, stateSince; precision29):
/// "The valley road has been quiet since the two governments settled the line", "Relations have stayed calm since the
/// leaders met": the clause after "since" dates the state from an earlier event the text does not report; with no date of
/// its own (a day, a month, a year) it is no record. One the page dates ("since the treaty was signed in March 2025") is
/// an event in its own right and stays; so does an act under any other predicate ("The crossing has been shut since gunmen
/// fired on a patrol").
/// </summary>
internal sealed partial class NonIncidents
{
    private bool StateSince(ParsedSentence parse, string sentenceText, int sentenceStart, Clause span)
    {
        for (var word = ParsedClauseRules.TriggerIn(parse, span); word is { Head: >= 0 } && word.Head < parse.Tokens.Count; word = parse.Tokens[word.Head])
        {
            if (word.BaseRelation != "advcl" || !parse.Dependents(word.Index).Any(d => d.BaseRelation == "mark" && words.StateSince.Contains(ClauseSyntax.Lemma(d))))
                continue;
            if (!CalmState(parse, parse.Tokens[word.Head])) return false;
            var clause = ParsedClauseRules.Subtree(parse, word).ToList();
            // (A year in figures dates it: "in 2023"; "the two governments" does not.)
            if (clause.Any(t => t.Upos == Upos.NUM && t.Form.Length == 4 && t.Form.All(char.IsDigit))) return false;
            var (from, to) = (clause.Min(t => t.Start) - sentenceStart, clause.Max(t => t.End) - sentenceStart);
            return from >= 0 && to <= sentenceText.Length && finder.Find(sentenceText[from..to]).Count == 0;
        }
        return false;
    }

    // "has been calm", "remained quiet": one of calmStates as the predicate, or as the complement of the predicate.
    private bool CalmState(ParsedSentence parse, ParsedToken head) =>
        words.CalmStates.Contains(ClauseSyntax.Lemma(head)) ||
        parse.Dependents(head.Index).Any(d => d.BaseRelation == "xcomp" && words.CalmStates.Contains(ClauseSyntax.Lemma(d)));
}
